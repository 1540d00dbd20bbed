"""Uploaded files: what they are (sniffed from their bytes, never from their names) and where
they lie (a folder outside anything served, each file named by its SHA-256, so that one
content is kept once and can be checked against its recorded hash).

A module that takes uploads says which kinds it accepts (`DOCUMENTS`, `IMAGES`) and keeps the
returned `StoredFile`'s hash, type and size in its own table.
"""

import hashlib
import io
import os
import re
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from fastapi import Response, UploadFile

from ttdn.core.errors import Invalid, PayloadTooLarge, UnsupportedMediaType

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
MP4 = "video/mp4"
QUICKTIME = "video/quicktime"
WEBM = "video/webm"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"


@dataclass(frozen=True)
class Accepted:
    """The media types an upload may have, and how to name them to the person sending one."""

    types: frozenset[str]
    words: str

    def __or__(self, other: "Accepted") -> "Accepted":
        return Accepted(self.types | other.types, f"{self.words}, {other.words}")


DOCUMENTS = Accepted(
    frozenset({PDF, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS}),
    "văn bản (PDF, Word, Excel, PowerPoint, OpenDocument)",
)
IMAGES = Accepted(frozenset({PNG, JPEG, GIF, WEBP}), "ảnh (PNG, JPEG, GIF, WebP)")
VIDEOS = Accepted(frozenset({MP4, QUICKTIME, WEBM}), "video ngắn (MP4, MOV, WebM)")

# The part of an Office Open XML package that tells a document from a workbook or a deck.
OOXML_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
ODF_TYPES = frozenset({ODT, ODS})
# An OLE2 compound file is the container of old Word and Excel files alike: its name's
# extension tells which, among these only.
OLE2_BY_EXTENSION = {".doc": DOC, ".xls": XLS}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CHUNK_BYTES = 1 << 20


def sniff(data: bytes, filename: str = "") -> str | None:
    """The media type of `data` judged by its content, or None when it is none we know."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data[4:8] == b"ftyp":
        return QUICKTIME if data[8:10] == b"qt" else MP4
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        return WEBM
    if data.startswith(b"PK\x03\x04"):
        return _sniff_package(data)
    if data.startswith(OLE2_MAGIC):
        return OLE2_BY_EXTENSION.get(Path(filename).suffix.lower())
    return None


def _sniff_package(data: bytes) -> str | None:
    """An Office Open XML or OpenDocument file, told by the parts inside the zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            for part, media_type in OOXML_PARTS.items():
                if part in names:
                    return media_type
            if "mimetype" in names:
                declared = package.read("mimetype").decode("ascii", "replace").strip()
                return declared if declared in ODF_TYPES else None
    except (zipfile.BadZipFile, ValueError, KeyError, OSError):
        return None
    return None


def clean_filename(name: str | None) -> str:
    """The name a file was sent with, as it may be shown and offered back: no folders, no
    control characters, NFC, at most 200 characters (its extension kept)."""
    base = unicodedata.normalize("NFC", (name or "").replace("\\", "/").rsplit("/", 1)[-1])
    base = re.sub(r"[\x00-\x1f\x7f\"]", "", base).strip(" .")
    if len(base) > 200:
        stem, dot, extension = base.rpartition(".")
        base = (stem[: 200 - len(extension) - 1] + dot + extension) if dot else base[:200]
    return base or "tai-lieu"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    content_type: str
    size_bytes: int
    filename: str


class FileStore:
    """Files under `root`, named by their SHA-256 (`root/ab/abcdef…`)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError("not a SHA-256")
        return self.root / sha256[:2] / sha256

    def keep(self, data: bytes) -> str:
        """Write `data` once (atomically, flushed to disk) and return its SHA-256."""
        sha256 = hashlib.sha256(data).hexdigest()
        path = self.path_of(sha256)
        if path.exists():
            return sha256
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return sha256

    def read(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()

    def sweep(self, referenced: set[str], older_than: timedelta) -> int:
        """Delete the files no row names (`referenced`: their hashes) that were written longer
        ago than `older_than` (a file written by a request whose transaction then failed), and
        leftovers of interrupted writes; how many were deleted."""
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - older_than.total_seconds()
        deleted = 0
        for path in self.root.glob("*/*"):
            kept = path.name in referenced and not path.name.startswith(".upload-")
            if not kept and path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink(missing_ok=True)
                deleted += 1
        return deleted

    async def take(
        self,
        upload: UploadFile,
        accepted: Accepted,
        max_bytes: int,
        inspect: Callable[[bytes, str], None] | None = None,
    ) -> StoredFile:
        """Keep an upload whose content is one of the `accepted` types and at most `max_bytes`
        long: 413 when longer, 415 when of another type, 422 when empty or when `inspect`
        (given the content and its type) finds it broken. Nothing is written for a refused
        file."""
        parts, size = [], 0
        while chunk := await upload.read(CHUNK_BYTES):
            size += len(chunk)
            if size > max_bytes:
                raise PayloadTooLarge(f"Tệp vượt quá {max_bytes // 1_048_576} MB.")
            parts.append(chunk)
        data = b"".join(parts)
        if not data:
            raise Invalid("Tệp rỗng.", loc=["body", "file"])
        filename = clean_filename(upload.filename)
        content_type = sniff(data, filename)
        if content_type not in accepted.types:
            raise UnsupportedMediaType(
                f"Chỉ nhận {accepted.words}; loại tệp được xác định theo nội dung, không theo tên."
            )
        if inspect is not None:
            inspect(data, content_type)
        sha256 = self.keep(data)
        return StoredFile(sha256, content_type, size, filename)


def attachment(data: bytes, filename: str, content_type: str) -> Response:
    """`data` offered for download as `filename` (never shown inline: a browser must not run
    what someone uploaded), its type as sniffed, not to be guessed again."""
    ascii_name = filename.encode("ascii", "ignore").decode() or "tai-lieu"
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "_", ascii_name)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(
        content=data,
        media_type=content_type,
        headers={"Content-Disposition": disposition, "X-Content-Type-Options": "nosniff"},
    )
