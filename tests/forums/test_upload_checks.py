"""The shared upload checks (``exchange.uploads``) that forum attachments go through."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from PIL import Image

from exchange import uploads
from tests.factories.forums import (
    minimal_pdf,
    office_document,
    opendocument_text,
    photo_with_gps,
    small_png,
    uploaded,
)

METADATA_KEYS = {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"}


def png_declaring(width: int, height: int) -> bytes:
    """A PNG whose header promises ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def read_back(cleaned) -> Image.Image:
    return Image.open(io.BytesIO(cleaned.read()))


@pytest.mark.parametrize(
    ("image_format", "name"),
    [("JPEG", "photo.jpg"), ("PNG", "photo.png"), ("WEBP", "photo.webp"), ("GIF", "photo.gif")],
)
def test_an_image_is_re_encoded_without_any_metadata(image_format, name):
    original = photo_with_gps(image_format)
    assert b"CANARY" in original

    cleaned = uploads.clean_image(uploaded(name, original))

    data = cleaned.read()
    assert b"CANARY" not in data
    assert b"Exif" not in data
    image = Image.open(io.BytesIO(data))
    assert image.format == image_format
    assert dict(image.getexif()) == {}
    assert not METADATA_KEYS & set(image.info)
    assert cleaned.content_type == f"image/{image_format.lower()}"


def test_exif_orientation_is_applied_before_it_is_dropped():
    turned = photo_with_gps("JPEG", size=(60, 30), orientation=6)  # "rotate 90° to display"

    cleaned = uploads.clean_image(uploaded("turned.jpg", turned))

    assert read_back(cleaned).size == (30, 60)
    assert (cleaned.width, cleaned.height) == (30, 60)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("bomb.png", png_declaring(100_000, 100_000), "too_many_pixels"),
        ("broken.jpg", photo_with_gps("JPEG")[:200], "invalid_image"),
        ("noise.png", b"\x89PNG\r\n\x1a\n" + b"\x13" * 300, "invalid_image"),
        ("photo.pdf", small_png(), "wrong_extension"),
        ("empty.png", b"", "empty"),
    ],
)
def test_bad_images_are_refused(name, content, code):
    with pytest.raises(ValidationError) as refused:
        uploads.clean_image(uploaded(name, content))

    assert refused.value.code == code


def test_an_image_that_is_also_a_web_page_is_refused():
    polyglot = b"GIF89a/*<svg onload=alert(1)>*/=1;<script>alert(1)</script>" + small_png()

    with pytest.raises(ValidationError) as refused:
        uploads.clean_image(uploaded("cat.gif", polyglot))

    assert refused.value.code == "active_content"


def test_an_image_over_the_size_limit_is_refused():
    with pytest.raises(ValidationError) as refused:
        uploads.clean_image(uploaded("big.png", small_png()), max_bytes=10)

    assert refused.value.code == "too_large"


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("report.pdf", minimal_pdf(), uploads.PDF),
        ("notes.docx", office_document(), uploads.DOCX),
        (
            "figures.xlsx",
            office_document("spreadsheetml.sheet.main+xml"),
            uploads.XLSX,
        ),
        (
            "slides.pptx",
            office_document("presentationml.presentation.main+xml"),
            uploads.PPTX,
        ),
        ("notes.odt", opendocument_text(), uploads.ODT),
        ("notes.txt", "Заметки о встрече. ملاحظات\n".encode(), uploads.TEXT),
        ("list.csv", b"city,people\nAktau,12\n", uploads.CSV),
    ],
)
def test_documents_are_recognised_by_their_content(name, content, content_type):
    assert uploads.check_document(uploaded(name, content)) == content_type


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("page.html", b"<!DOCTYPE html><html><body>Hi</body></html>", "active_content"),
        ("page.txt", b"<html><script>alert(1)</script></html>", "active_content"),
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "active_content",
        ),
        ("report.pdf", b"%PDF-1.4\n<html><script>alert(1)</script>", "active_content"),
        (
            "report.pdf",
            minimal_pdf(b"3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj"),
            "pdf_active_content",
        ),
        ("report.pdf", minimal_pdf(b"3 0 obj << /S /J#61vaScript >> endobj"), "pdf_active_content"),
        ("setup.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 64, "unsupported"),
        ("run.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "unsupported"),
        ("run.txt", b"#!/bin/sh\necho hello\n", "unsupported"),
        ("archive.docx", b"PK\x03\x04" + b"\x00" * 60, "unsupported"),
        (
            "macro.docx",
            office_document("wordprocessingml.document.main+xml", [("word/vbaProject.bin", "x")]),
            "macros",
        ),
        ("macro.docx", office_document("ms-word.document.macroEnabled.main+xml"), "macros"),
        ("utf16.txt", "notes".encode("utf-16"), "unsupported"),
        ("latin.txt", "Café notes, déjà vu".encode("cp1252"), "not_utf8"),
        ("report.docx", minimal_pdf(), "wrong_extension"),
        ("notes.pdf", b"Plain words.\n", "wrong_extension"),
        ("report", minimal_pdf(), "wrong_extension"),
        ("empty.pdf", b"", "empty"),
    ],
)
def test_documents_other_than_the_accepted_kinds_are_refused(name, content, code):
    with pytest.raises(ValidationError) as refused:
        uploads.check_document(uploaded(name, content))

    assert refused.value.code == code


def test_a_document_over_the_size_limit_is_refused_with_both_sizes():
    with pytest.raises(ValidationError) as refused:
        uploads.check_document(uploaded("report.pdf", minimal_pdf()), max_bytes=20)

    assert refused.value.code == "too_large"
    assert "20" in refused.value.messages[0]


def test_display_names_lose_folders_and_direction_tricks():
    assert uploads.safe_display_name("C:\\Users\\a\\report.pdf") == "report.pdf"
    assert uploads.safe_display_name("../../etc/passwd") == "passwd"
    assert uploads.safe_display_name("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert uploads.safe_display_name("  .pdf") == "attachment.pdf"
    assert uploads.safe_display_name("ملاحظات الاجتماع.txt") == "ملاحظات الاجتماع.txt"
    long_name = uploads.safe_display_name("a" * 300 + ".docx")
    assert len(long_name) <= uploads.MAX_DISPLAY_NAME and long_name.endswith(".docx")


def test_private_files_have_no_public_address():
    with pytest.raises(ValueError, match="no public address"):
        uploads.private_storage().url("forum/ab/abc.png")
