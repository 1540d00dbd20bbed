"""Images people upload: checked whole before they are kept, and previewed in a copy made here
(turned upright, at most `PREVIEW_EDGE` pixels a side, JPEG) that carries none of the original's
metadata: a phone photo's EXIF holds where it was taken, which must not reach every viewer."""

import io
import warnings

from PIL import Image, ImageOps

from ttdn.core.errors import Invalid
from ttdn.core.files import IMAGES

PREVIEW_EDGE = 1600
# More pixels than any screenshot or phone photo: a larger image is a decompression bomb.
Image.MAX_IMAGE_PIXELS = 60_000_000


def _opened(data: bytes) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data))
        image.load()
    return image


def check_image(data: bytes, content_type: str) -> None:
    """422 for an image that cannot be read to its end (truncated, corrupt, or a bomb);
    other types pass."""
    if content_type not in IMAGES.types:
        return
    try:
        _opened(data)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Warning) as error:
        raise Invalid("Ảnh bị hỏng hoặc không đầy đủ.", loc=["body", "file"]) from error


def preview(data: bytes) -> bytes:
    """A JPEG of the image, upright and at most `PREVIEW_EDGE` a side, without metadata."""
    image = ImageOps.exif_transpose(_opened(data))
    image.thumbnail((PREVIEW_EDGE, PREVIEW_EDGE))
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)  # no `exif=`: nothing of the original's
    return buffer.getvalue()
