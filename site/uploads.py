"""Checks for the files people upload, shared by every upload point.

Files are judged by what they contain, never by their name or the browser's word: images are
decoded and re-encoded so that nothing but pixels survives (no EXIF or GPS, XMP, IPTC, ICC
profile or comment, and no script smuggled into a polyglot); documents are accepted only when
their content is one of a few known formats and their name agrees. Private files are stored under
``private/`` in the media folder and are never given a public address.
"""

import io
import os
import re
import unicodedata
import warnings
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.template.defaultfilters import filesizeformat
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

PRIVATE_PREFIX = "private"

# Pillow format name -> (content type, extension written, extensions a name may have).
IMAGE_FORMATS = {
    "JPEG": ("image/jpeg", "jpg", {"jpg", "jpeg"}),
    "PNG": ("image/png", "png", {"png"}),
    "GIF": ("image/gif", "gif", {"gif"}),
    "WEBP": ("image/webp", "webp", {"webp"}),
}
# Pillow format name -> (modes it encodes as they are, mode to convert anything else to).
ENCODABLE_MODES = {
    "JPEG": ({"L", "RGB"}, "RGB"),
    "PNG": ({"1", "L", "LA", "P", "RGB", "RGBA"}, "RGBA"),
    "GIF": ({"L", "P"}, "P"),
    "WEBP": ({"RGB", "RGBA"}, "RGBA"),
}
IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")
MAX_IMAGE_PIXELS = 40_000_000  # about 8,000 x 5,000: a larger picture is a decompression bomb

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
TEXT = "text/plain"
CSV = "text/csv"

# Content type -> extensions a file of that type may be named with.
DOCUMENT_EXTENSIONS = {
    PDF: {"pdf"},
    DOCX: {"docx"},
    XLSX: {"xlsx"},
    PPTX: {"pptx"},
    ODT: {"odt"},
    ODS: {"ods"},
    ODP: {"odp"},
    TEXT: {"txt"},
    CSV: {"csv"},
}
OOXML_MAIN_PARTS = {
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
}
ODF_TYPES = {ODT.encode(), ODS.encode(), ODP.encode()}

SNIFF_BYTES = 8192  # browsers and old plug-ins decide what a file "really" is from its start
ACTIVE_CONTENT = re.compile(
    rb"<\s*(?:script|html|svg|iframe|frame|body|object|embed|applet|meta|link|base|"
    rb"!doctype\s+html|\?php)\b|javascript\s*:|vbscript\s*:",
    re.IGNORECASE,
)
PDF_ACTIVE_NAMES = re.compile(
    rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|SubmitForm|ImportData)(?![A-Za-z0-9])"
)
PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MACRO_PARTS = {"vbaproject.bin", "vbadata.xml"}
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
MAX_DISPLAY_NAME = 120


class PrivateStorage(FileSystemStorage):
    """``MEDIA_ROOT/private``: files here are only ever sent by views that check access."""

    @cached_property
    def base_location(self):
        return os.path.join(settings.MEDIA_ROOT, PRIVATE_PREFIX)

    def url(self, name):
        raise ValueError("Private files have no public address; serve them through a view.")


_PRIVATE_STORAGE = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage for private files (a callable, so model fields can name it in migrations)."""
    return _PRIVATE_STORAGE


class CleanedImage(ContentFile):
    """A re-encoded image: its bytes, and what the page needs to show it."""

    def __init__(self, content: bytes, name: str, content_type: str, width: int, height: int):
        super().__init__(content, name=name)
        self.content_type = content_type
        self.width = width
        self.height = height


def accepted_extensions() -> list[str]:
    """Every extension an accepted image or document may be named with (for ``accept``)."""
    images = {extension for _type, _written, names in IMAGE_FORMATS.values() for extension in names}
    documents = {extension for names in DOCUMENT_EXTENSIONS.values() for extension in names}
    return sorted(images | documents)


# Shared checks ------------------------------------------------------------------------------


def check_size(uploaded, max_bytes: int | None) -> None:
    """Refuse an empty file or one over ``max_bytes``."""
    size = uploaded.size or 0
    if size == 0:
        raise ValidationError(
            _("The file “%(name)s” is empty."), code="empty", params=_params(uploaded)
        )
    if max_bytes is not None and size > max_bytes:
        raise ValidationError(
            _("The file “%(name)s” is %(size)s; files can be at most %(limit)s."),
            code="too_large",
            params={
                **_params(uploaded),
                "size": filesizeformat(size),
                "limit": filesizeformat(max_bytes),
            },
        )


def extension_of(name: str) -> str:
    return os.path.splitext(name or "")[1].lstrip(".").lower()


def safe_display_name(name: str, fallback: str = "attachment") -> str:
    """The name a person gave their file, fit to be shown and offered for download: no folders,
    control or direction-changing characters (which can disguise an extension), bounded length."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        " " if unicodedata.category(char).startswith("Z") else char
        for char in name
        if not unicodedata.category(char).startswith("C")
    )
    name = " ".join(name.split()).rstrip(" .")
    if name.startswith("."):
        name = fallback + name
    stem, extension = os.path.splitext(name)
    if not stem.strip(" ."):
        stem = fallback
        name = stem + extension
    if len(name) > MAX_DISPLAY_NAME:
        name = stem[: MAX_DISPLAY_NAME - len(extension)].rstrip(" .") + extension
    return name


def _params(uploaded) -> dict:
    return {"name": safe_display_name(getattr(uploaded, "name", ""), _("file"))}


def _read_all(uploaded) -> bytes:
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


def _refuse_active_content(data: bytes, uploaded) -> None:
    if ACTIVE_CONTENT.search(data[:SNIFF_BYTES]):
        raise ValidationError(
            _(
                "The file “%(name)s” contains web page or script code, which could run in a "
                "reader's browser; it is not accepted."
            ),
            code="active_content",
            params=_params(uploaded),
        )


def _refuse_wrong_extension(uploaded, allowed: set[str], kind: str) -> None:
    extension = extension_of(getattr(uploaded, "name", ""))
    if not extension:
        raise ValidationError(
            _(
                "The file “%(name)s” has no extension but contains %(kind)s. Rename it to end "
                "in .%(expected)s."
            ),
            code="wrong_extension",
            params={**_params(uploaded), "kind": kind, "expected": sorted(allowed)[0]},
        )
    if extension not in allowed:
        raise ValidationError(
            _(
                "The file “%(name)s” is named as a .%(extension)s file but contains %(kind)s. "
                "Rename it to end in .%(expected)s, or choose the right file."
            ),
            code="wrong_extension",
            params={
                **_params(uploaded),
                "extension": extension,
                "kind": kind,
                "expected": sorted(allowed)[0],
            },
        )


# Images -------------------------------------------------------------------------------------


def is_image(uploaded) -> bool:
    """Whether the file starts like one of the images we accept (JPEG, PNG, GIF, WebP)."""
    uploaded.seek(0)
    head = uploaded.read(16)
    uploaded.seek(0)
    return head.startswith(IMAGE_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def clean_image(uploaded, max_bytes: int | None = None) -> CleanedImage:
    """The image decoded and re-encoded in its own format with nothing but its pixels: EXIF
    orientation applied first, then every piece of metadata left behind. Animated images keep
    their first frame. Raises ``ValidationError`` for anything else, corrupt or oversized."""
    check_size(uploaded, max_bytes)
    data = _read_all(uploaded)
    _refuse_active_content(data, uploaded)
    image = _decode(data, uploaded)
    content_type, extension, allowed = IMAGE_FORMATS[image.format]
    _refuse_wrong_extension(
        uploaded, allowed, _("an image (%(format)s)") % {"format": image.format}
    )
    output = io.BytesIO()
    try:
        pixels = _pixels_only(image)
        _encode(pixels, image.format, output)
    except Exception:  # a file Pillow decoded but cannot turn into a clean copy
        raise _unreadable(uploaded) from None
    return CleanedImage(
        output.getvalue(),
        name=f"image.{extension}",
        content_type=content_type,
        width=pixels.width,
        height=pixels.height,
    )


def _unreadable(uploaded) -> ValidationError:
    return ValidationError(
        _(
            "The file “%(name)s” could not be read as a JPEG, PNG, GIF or WebP image; it may be "
            "damaged."
        ),
        code="invalid_image",
        params=_params(uploaded),
    )


def _too_many_pixels(uploaded) -> ValidationError:
    return ValidationError(
        _("The image “%(name)s” is too large in pixels; please make it smaller."),
        code="too_many_pixels",
        params=_params(uploaded),
    )


def _decode(data: bytes, uploaded) -> Image.Image:
    formats = tuple(IMAGE_FORMATS)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=formats) as probe:
                if probe.width * probe.height > MAX_IMAGE_PIXELS:
                    raise _too_many_pixels(uploaded)
                probe.verify()
            image = Image.open(io.BytesIO(data), formats=formats)
            image.seek(0)
            image.load()
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(uploaded) from None
        except Exception:  # Pillow raises many kinds of error for a damaged file
            raise _unreadable(uploaded) from None
    if image.format not in IMAGE_FORMATS:
        raise _unreadable(uploaded)
    return image


def _pixels_only(image: Image.Image) -> Image.Image:
    image_format = image.format
    upright = ImageOps.exif_transpose(image) or image
    transparency = upright.info.get("transparency")
    modes, fallback = ENCODABLE_MODES[image_format]
    if upright.mode not in modes:
        upright = upright.convert(fallback)
        transparency = None
    pixels = upright.copy()
    pixels.info = {}
    if transparency is not None:
        pixels.info["transparency"] = transparency
    return pixels


def _encode(pixels: Image.Image, image_format: str, output) -> None:
    options = {"JPEG": {"quality": 90}, "WEBP": {"quality": 90}}.get(image_format, {})
    if "transparency" in pixels.info:
        options["transparency"] = pixels.info["transparency"]
    pixels.save(output, format=image_format, **options)


# Documents ----------------------------------------------------------------------------------


def check_document(uploaded, max_bytes: int | None = None) -> str:
    """The content type of an acceptable document — PDF, Word, Excel, PowerPoint, OpenDocument
    text, spreadsheet or presentation, or UTF-8 plain text — found from its content, whose name
    must agree; raises ``ValidationError`` for anything else (web pages, SVG, scripts, programs,
    macros, files with active content)."""
    check_size(uploaded, max_bytes)
    data = _read_all(uploaded)
    _refuse_active_content(data, uploaded)
    content_type = _document_type(data, uploaded)
    if content_type is None:
        raise ValidationError(
            _(
                "The file “%(name)s” is not a kind of file we accept. Attach a PDF, a Word, "
                "Excel or PowerPoint file, an OpenDocument file, plain text or a JPEG, PNG, GIF "
                "or WebP image."
            ),
            code="unsupported",
            params=_params(uploaded),
        )
    kind = document_kind(content_type)
    _refuse_wrong_extension(uploaded, DOCUMENT_EXTENSIONS[content_type], kind)
    return content_type


def document_kind(content_type: str) -> str:
    """How a person would name a document type."""
    kinds = {
        PDF: _("a PDF document"),
        DOCX: _("a Word document"),
        XLSX: _("an Excel spreadsheet"),
        PPTX: _("a PowerPoint presentation"),
        ODT: _("an OpenDocument text"),
        ODS: _("an OpenDocument spreadsheet"),
        ODP: _("an OpenDocument presentation"),
        TEXT: _("plain text"),
        CSV: _("plain text"),
    }
    return kinds.get(content_type, content_type)


def _document_type(data: bytes, uploaded) -> str | None:
    if data.startswith(b"%PDF-"):
        return _pdf(data, uploaded)
    if data.startswith(b"PK\x03\x04"):
        return _office(data, uploaded)
    if data.startswith(b"\xef\xbb\xbf") or not _looks_binary(data):
        return _text(data, uploaded)
    return None


def _pdf(data: bytes, uploaded) -> str:
    names = PDF_NAME_ESCAPE.sub(lambda match: bytes([int(match[1], 16)]), data)
    if PDF_ACTIVE_NAMES.search(names):
        raise ValidationError(
            _(
                "The PDF “%(name)s” contains scripts, embedded files or actions that start "
                "other programs; save it again without them (for example with “Print to PDF”)."
            ),
            code="pdf_active_content",
            params=_params(uploaded),
        )
    return PDF


def _office(data: bytes, uploaded) -> str | None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_ZIP_UNPACKED_BYTES:
        raise ValidationError(
            _("The file “%(name)s” unpacks to far more than its size; it is not accepted."),
            code="zip_bomb",
            params=_params(uploaded),
        )
    names = {entry.filename for entry in entries}
    if any(name.lower().rsplit("/", 1)[-1] in MACRO_PARTS for name in names):
        raise _macros(uploaded)
    try:
        if entries and entries[0].filename == "mimetype":
            mimetype = _read_entry(archive, entries[0]).strip()
            return mimetype.decode() if mimetype in ODF_TYPES else None
        if "[Content_Types].xml" in names:
            manifest = _read_entry(archive, archive.getinfo("[Content_Types].xml"))
            if b"macroenabled" in manifest.lower():
                raise _macros(uploaded)
            found = {ctype for marker, ctype in OOXML_MAIN_PARTS.items() if marker in manifest}
            return found.pop() if len(found) == 1 else None
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError, NotImplementedError):
        return None
    return None


def _macros(uploaded) -> ValidationError:
    return ValidationError(
        _("The file “%(name)s” contains macros, which could run on a reader's computer."),
        code="macros",
        params=_params(uploaded),
    )


def _read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    if entry.file_size > MAX_MANIFEST_BYTES:
        raise ValueError("manifest too large")
    with archive.open(entry) as handle:
        return handle.read(MAX_MANIFEST_BYTES + 1)[:MAX_MANIFEST_BYTES]


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:SNIFF_BYTES]


def _text(data: bytes, uploaded) -> str | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if (
            extension_of(getattr(uploaded, "name", ""))
            in DOCUMENT_EXTENSIONS[TEXT] | DOCUMENT_EXTENSIONS[CSV]
        ):
            raise ValidationError(
                _(
                    "The text file “%(name)s” is not in the UTF-8 encoding; save it as UTF-8 "
                    "and attach it again."
                ),
                code="not_utf8",
                params=_params(uploaded),
            ) from None
        return None
    if text.startswith("#!"):  # a script, whatever it is named
        return None
    if CONTROL_CHARACTERS.search(text):
        return None
    return CSV if extension_of(getattr(uploaded, "name", "")) == "csv" else TEXT
