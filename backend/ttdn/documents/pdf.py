"""PDF copies of documents, when LibreOffice is on the machine (`soffice`, from the Debian
package `libreoffice-writer-nogui`): the DOCX converted headless in a folder of its own."""

import asyncio
import shutil
import subprocess
import tempfile
from pathlib import Path

from ttdn.core.errors import NotAvailable

CONVERSION_SECONDS = 120


def converter() -> str | None:
    """The LibreOffice command found on the PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(command: str, docx: bytes) -> bytes:
    with tempfile.TemporaryDirectory(prefix="ttdn-pdf-") as folder:
        source = Path(folder) / "document.docx"
        source.write_bytes(docx)
        subprocess.run(  # noqa: S603 (a fixed command on a file of our own)
            [
                command,
                f"-env:UserInstallation=file://{folder}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=CONVERSION_SECONDS,
        )
        return (Path(folder) / "document.pdf").read_bytes()


async def to_pdf(docx: bytes) -> bytes:
    """The PDF of a DOCX; 501 when LibreOffice is not installed."""
    command = converter()
    if command is None:
        raise NotAvailable(
            "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản DOCX "
            "(cài gói libreoffice-writer-nogui để có PDF)."
        )
    return await asyncio.to_thread(_convert, command, docx)
