"""Text of uploaded files for the index: PDFs through pypdf, plain text as it is.

A broken or encrypted file must never stop a page from being indexed: extraction returns what it
could read, possibly nothing, and logs why.
"""

import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

logger = logging.getLogger(__name__)

MAX_PAGES = 200
MAX_CHARACTERS = 200_000


def _pdf_text(handle) -> str:
    reader = PdfReader(handle)
    if reader.is_encrypted:
        return ""
    texts = []
    length = 0
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        texts.append(text)
        length += len(text)
        if length >= MAX_CHARACTERS:
            break
    return "\n".join(texts)


def document_text(document) -> str:
    """The readable text of a Wagtail document (PDF or plain text), at most MAX_CHARACTERS."""
    name = (document.file.name or "").lower()
    try:
        with document.open_file() as handle:
            if name.endswith(".pdf"):
                text = _pdf_text(handle)
            elif name.endswith(".txt"):
                text = handle.read(MAX_CHARACTERS).decode("utf-8", errors="replace")
            else:
                return ""
    except (OSError, ValueError, PyPdfError) as error:
        logger.warning("Could not read the text of document %s: %s", document.pk, error)
        return ""
    return " ".join(text.split())[:MAX_CHARACTERS]
