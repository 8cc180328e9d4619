"""Uploads: what people upload is judged by its content, never by its name, at every upload
point — Wagtail images (the admin's single upload, multiple upload and chooser, images made in
code, the multiple uploader's held-back files, staff profile pictures), Wagtail documents (single
and multiple upload) and forum attachments. SVG with script, web pages, image/HTML polyglots,
oversized files and pixel bombs, and files whose name lies about their content are refused with
a message; an image is stored re-encoded, so the file read back from storage carries no EXIF,
GPS, XMP, IPTC, ICC profile or comment and no smuggled script. Documents are always downloaded,
with a Content-Security-Policy that lets nothing in them run.

Practice submissions take no files: the five steps are text and choices only."""

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import FileField
from PIL import ExifTags, Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from exchange.wagtail_uploads import storable_name
from network.models import PostAttachment
from practices.submission import STEPS
from tests.conftest import sign_in_with_totp
from tests.factories import AccountFactory, member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
    minimal_pdf,
    office_document,
    photo_with_gps,
    small_png,
)

pytestmark = pytest.mark.django_db

METADATA_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "photoshop"}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


# What is uploaded ---------------------------------------------------------------------------


def svg_with_script() -> bytes:
    return (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
        b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
    )


def web_page() -> bytes:
    return b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def gif() -> bytes:
    output = io.BytesIO()
    Image.new("P", (16, 16), 2).save(output, "GIF")
    return output.getvalue()


def gif_polyglot() -> bytes:
    """A GIF a browser also reads as a page: the image, then a script."""
    return gif() + b"<script>alert(document.cookie)</script>"


def noise_png(edge: int) -> bytes:
    output = io.BytesIO()
    Image.frombytes("RGB", (edge, edge), bytes(range(256)) * (edge * edge * 3 // 256)).save(
        output, "PNG", compress_level=0
    )
    return output.getvalue()


def deep_polyglot() -> bytes:
    """A real PNG with a script after the first 8 KB, where content sniffers stop looking."""
    return noise_png(96) + b"<script>alert(document.cookie)</script>"


def pixel_bomb() -> bytes:
    """A small file that decodes to 48 million pixels."""
    output = io.BytesIO()
    Image.new("1", (8000, 6000)).save(output, "PNG")
    return output.getvalue()


def program() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 64


def pdf_with_script() -> bytes:
    return minimal_pdf(b"3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj")


def macro_document() -> bytes:
    return office_document(extra=[("word/vbaProject.bin", b"Attribute VB_Name")])


# Where it is uploaded -----------------------------------------------------------------------


@dataclass
class Outcome:
    """What the person uploading saw, and what was stored (None when refused)."""

    page: str
    stored: bytes | None


def read_back(field_file) -> bytes:
    with field_file.storage.open(field_file.name, "rb") as handle:
        return handle.read()


@pytest.fixture
def editor(client_factory):
    user = AccountFactory()
    user.groups.add(Group.objects.get(name="Editors"))
    client = client_factory()
    sign_in_with_totp(client, user)
    return client


@pytest.fixture
def poster(client_factory):
    client = client_factory()
    client.force_login(experienced_member())
    return client


def _new_image(before: set[int]) -> bytes | None:
    image = get_image_model().objects.exclude(pk__in=before).first()
    return read_back(image.file) if image else None


def _images() -> set[int]:
    return set(get_image_model().objects.values_list("pk", flat=True))


def _documents() -> set[int]:
    return set(get_document_model().objects.values_list("pk", flat=True))


def _new_document(before: set[int]) -> bytes | None:
    document = get_document_model().objects.exclude(pk__in=before).first()
    return read_back(document.file) if document else None


def root_collection() -> int:
    return Collection.get_first_root_node().pk


def admin_image_upload(editor, name: str, content: bytes) -> Outcome:
    before = _images()
    response = editor.post(
        "/admin/images/add/",
        {
            "title": "Upload",
            "collection": root_collection(),
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code in (200, 302)
    return Outcome(response.content.decode(), _new_image(before))


def admin_multiple_image_upload(editor, name: str, content: bytes) -> Outcome:
    before = _images()
    response = editor.post(
        "/admin/images/multiple/add/",
        {"collection": root_collection(), "files[]": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    return Outcome(response.content.decode(), _new_image(before))


def admin_chooser_image_upload(editor, name: str, content: bytes) -> Outcome:
    before = _images()
    response = editor.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Upload",
            "image-chooser-upload-collection": root_collection(),
            "image-chooser-upload-file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200
    return Outcome(response.content.decode(), _new_image(before))


def admin_document_upload(editor, name: str, content: bytes) -> Outcome:
    before = _documents()
    response = editor.post(
        "/admin/documents/add/",
        {
            "title": "Upload",
            "collection": root_collection(),
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code in (200, 302)
    return Outcome(response.content.decode(), _new_document(before))


def admin_multiple_document_upload(editor, name: str, content: bytes) -> Outcome:
    before = _documents()
    response = editor.post(
        "/admin/documents/multiple/add/",
        {"collection": root_collection(), "files[]": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    return Outcome(response.content.decode(), _new_document(before))


def forum_attachment(poster, name: str, content: bytes) -> Outcome:
    topic = TopicFactory(category=ForumCategoryFactory())
    PostFactory(topic=topic, author=member())
    response = poster.post(
        f"/en/forums/{topic.category.slug}/{topic.pk}/reply/",
        {"source": "The file we discussed.", "attachment_1": SimpleUploadedFile(name, content)},
    )
    assert response.status_code in (200, 302)
    attachment = PostAttachment.objects.filter(post__topic=topic).first()
    page = response.content.decode() if response.status_code == 200 else ""
    return Outcome(page, read_back(attachment.file) if attachment else None)


IMAGE_POINTS: dict[str, Callable] = {
    "admin image upload": admin_image_upload,
    "admin multiple image upload": admin_multiple_image_upload,
    "admin image chooser upload": admin_chooser_image_upload,
    "forum attachment": forum_attachment,
}
DOCUMENT_POINTS: dict[str, Callable] = {
    "admin document upload": admin_document_upload,
    "admin multiple document upload": admin_multiple_document_upload,
    "forum attachment": forum_attachment,
}
EVERY_POINT = {**IMAGE_POINTS, **DOCUMENT_POINTS}


def upload(point: str, editor, poster, name: str, content: bytes) -> Outcome:
    client = poster if point == "forum attachment" else editor
    return EVERY_POINT[point](client, name, content)


def assert_refused(outcome: Outcome) -> None:
    assert outcome.stored is None
    assert outcome.page, "the person uploading is told why"


def assert_pixels_only(data: bytes) -> None:
    """The stored image, read back, holds nothing but pixels."""
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    assert dict(exif) == {}
    assert dict(exif.get_ifd(ExifTags.IFD.GPSInfo)) == {}
    assert not METADATA_KEYS & set(image.info), set(image.info)
    assert b"CANARY" not in data
    assert b"<script" not in data.lower()


# Accepted where they belong ----------------------------------------------------------------


@pytest.mark.parametrize("point", list(DOCUMENT_POINTS))
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", minimal_pdf),
        ("report.docx", office_document),
        ("notes.txt", lambda: "Notes — заметки — ملاحظات\n".encode()),
    ],
)
def test_a_genuine_document_is_stored_as_it_was_sent(point, name, content, editor, poster):
    data = content()

    outcome = upload(point, editor, poster, name, data)

    assert outcome.stored == data, outcome.page


HOSTILE_NAMES = [
    "x" * 240 + ".pdf",
    '"><img src=x onerror=alert(1)>.pdf',
    "../../../../etc/passwd.pdf",
    "<script>alert(1)</script>" * 6 + ".pdf",
    "тест документ ملف.pdf",
]


@pytest.mark.parametrize("point", list(DOCUMENT_POINTS))
@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_any_file_name_is_stored_safely_without_an_error(point, name, editor, poster):
    data = minimal_pdf()

    outcome = upload(point, editor, poster, name, data)

    assert outcome.stored == data, outcome.page


LONG_NAMES_WITH_DOTS = [
    "v2.1." + "x" * 240 + ".pdf",
    "a." + "b" * 250 + ".pdf",
    "Отчёт.итог." + "ж" * 200 + ".pdf",
]


@pytest.mark.parametrize("point", list(EVERY_POINT))
@pytest.mark.parametrize("name", LONG_NAMES_WITH_DOTS, ids=range(len(LONG_NAMES_WITH_DOTS)))
def test_a_long_file_name_with_dots_is_stored_every_time_it_is_uploaded(
    point, name, editor, poster
):
    """Twice, so that the second copy has to be given a name of its own too."""
    if point in IMAGE_POINTS and point not in DOCUMENT_POINTS:
        name, data = name.removesuffix(".pdf") + ".png", small_png()
    else:
        data = minimal_pdf()

    first = upload(point, editor, poster, name, data)
    second = upload(point, editor, poster, name, data)

    assert first.stored is not None, first.page
    assert second.stored is not None, second.page


def test_a_stored_file_name_keeps_one_extension_and_fits_every_file_field():
    """Django's storage takes everything after the first dot as the extension and shortens a
    name only before it; a stem without dots can always be shortened."""
    for name in LONG_NAMES_WITH_DOTS:
        stored = storable_name(name, "document")

        assert stored.endswith(".pdf")
        assert stored.count(".") == 1
        assert len(f"documents/{stored}") <= 70


# Refused everywhere -------------------------------------------------------------------------

REFUSED_EVERYWHERE = {
    "SVG with script": ("logo.svg", svg_with_script),
    "SVG with script named as a PNG": ("logo.png", svg_with_script),
    "web page": ("page.html", web_page),
    "web page named as text": ("notes.txt", web_page),
    "web page named as a PDF": ("report.pdf", web_page),
    "GIF header followed by a script": ("animation.gif", gif_polyglot),
    "GIF polyglot named as text": ("notes.txt", gif_polyglot),
    "program named as text": ("notes.txt", program),
    "PDF with JavaScript": ("report.pdf", pdf_with_script),
    "Word file with macros": ("report.docx", macro_document),
}


@pytest.mark.parametrize("point", list(EVERY_POINT))
@pytest.mark.parametrize("case", list(REFUSED_EVERYWHERE))
def test_active_or_disguised_content_is_refused_at_every_upload_point(point, case, editor, poster):
    name, content = REFUSED_EVERYWHERE[case]

    assert_refused(upload(point, editor, poster, name, content()))


@pytest.mark.parametrize("point", list(IMAGE_POINTS))
def test_an_image_with_script_in_it_is_refused_with_a_message(point, editor, poster):
    outcome = upload(point, editor, poster, "animation.gif", gif_polyglot())

    assert_refused(outcome)
    assert "contains web page or script code" in outcome.page


@pytest.mark.parametrize("point", list(IMAGE_POINTS))
def test_an_image_decoding_to_too_many_pixels_is_refused(point, editor, poster):
    outcome = upload(point, editor, poster, "poster.png", pixel_bomb())

    assert_refused(outcome)
    assert "too large in pixels" in outcome.page


@pytest.mark.parametrize("point", list(IMAGE_POINTS))
def test_an_image_whose_name_lies_about_its_format_is_refused(point, editor, poster):
    assert_refused(upload(point, editor, poster, "photo.jpg", small_png()))


@pytest.mark.parametrize(
    ("point", "name", "content", "message"),
    [
        (point, "report.docx", minimal_pdf, "is named as a .docx file but contains a PDF")
        for point in DOCUMENT_POINTS
    ]
    + [
        (point, "report.pdf", lambda: b"Plain notes.\n", "file but contains plain text")
        for point in DOCUMENT_POINTS
    ],
)
def test_a_document_whose_name_lies_about_its_content_is_refused(
    point, name, content, message, editor, poster
):
    outcome = upload(point, editor, poster, name, content())

    assert_refused(outcome)
    assert message in outcome.page


@pytest.mark.parametrize("point", list(EVERY_POINT))
def test_an_oversized_file_is_refused(point, editor, poster, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20_000
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 20_000
    settings.FORUM_ATTACHMENT_MAX_BYTES = 20_000
    if point in DOCUMENT_POINTS:
        name, content = "report.pdf", minimal_pdf(b"%" + b"x" * 30_000)
    else:
        name, content = "photo.png", noise_png(96)
    assert len(content) > 20_000

    assert_refused(upload(point, editor, poster, name, content))


# Images are stored with nothing but their pixels ---------------------------------------------


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
@pytest.mark.parametrize("point", list(IMAGE_POINTS))
def test_a_photo_with_gps_is_stored_without_any_metadata(point, image_format, editor, poster):
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[image_format]
    original = photo_with_gps(image_format)
    assert b"CANARY" in original and Image.open(io.BytesIO(original)).getexif()

    outcome = upload(point, editor, poster, f"IMG_0042.{extension}", original)

    assert outcome.stored is not None, outcome.page
    assert_pixels_only(outcome.stored)
    assert Image.open(io.BytesIO(outcome.stored)).format == image_format


@pytest.mark.parametrize("point", list(IMAGE_POINTS))
def test_a_script_hidden_deep_in_a_real_image_does_not_survive_storage(point, editor, poster):
    content = deep_polyglot()
    assert content.find(b"<script") > 8192

    outcome = upload(point, editor, poster, "texture.png", content)

    assert outcome.stored is not None, outcome.page
    assert_pixels_only(outcome.stored)


def test_a_wagtail_image_records_the_dimensions_size_and_hash_of_what_is_stored(editor):
    admin_image_upload(editor, "IMG_0042.jpg", photo_with_gps("JPEG", size=(60, 30)))

    image = get_image_model().objects.get()
    stored = read_back(image.file)
    assert (image.width, image.height) == (60, 30)
    assert image.file_size == len(stored)
    assert image.file_hash == hashlib.sha1(stored, usedforsecurity=False).hexdigest()
    assert image.file.name.startswith("original_images/IMG_0042")


def test_a_photo_turned_by_its_exif_orientation_is_stored_upright(editor):
    admin_image_upload(editor, "IMG_0043.jpg", photo_with_gps("JPEG", size=(60, 30), orientation=6))

    image = get_image_model().objects.get()
    assert (image.width, image.height) == (30, 60)
    assert_pixels_only(read_back(image.file))


def test_an_image_made_in_code_is_stored_without_metadata():
    image = get_image_model().objects.create(
        title="Demo photo",
        file=ImageFile(io.BytesIO(photo_with_gps("JPEG")), name="demo.jpg"),
    )

    stored = read_back(image.file)
    assert_pixels_only(stored)
    assert image.file_size == len(stored)
    assert (image.width, image.height) == (60, 30)


def test_renditions_of_a_cleaned_image_carry_no_metadata_either():
    image = get_image_model().objects.create(
        title="Demo photo",
        file=ImageFile(io.BytesIO(photo_with_gps("JPEG", size=(120, 60))), name="demo.jpg"),
    )

    rendition = image.get_rendition("width-40")

    assert_pixels_only(read_back(rendition.file))


def test_an_image_held_back_by_the_multiple_uploader_waits_and_is_stored_cleaned(editor):
    """The multiple uploader stores a file whose details fail validation (here a title too long)
    and creates the image once they are filled in."""
    response = editor.post(
        "/admin/images/multiple/add/",
        {
            "title": "x" * 300,
            "collection": root_collection(),
            "files[]": SimpleUploadedFile("IMG_0044.jpg", photo_with_gps("JPEG")),
        },
    )
    held = UploadedFile.objects.get()
    assert response.json()["success"] is True
    assert_pixels_only(read_back(held.file))

    created = editor.post(
        f"/admin/images/multiple/create_from_uploaded_image/{held.pk}/",
        {
            f"uploaded-image-{held.pk}-title": "Classroom",
            f"uploaded-image-{held.pk}-collection": root_collection(),
        },
    )

    assert created.json()["success"] is True, created.content
    image = get_image_model().objects.get()
    stored = read_back(image.file)
    assert_pixels_only(stored)
    assert image.file_size == len(stored)
    assert not UploadedFile.objects.exists()


def test_an_image_made_in_code_from_a_polyglot_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        get_image_model().objects.create(
            title="Not a picture", file=ImageFile(io.BytesIO(gif_polyglot()), name="x.gif")
        )

    assert not get_image_model().objects.exists()


def test_a_staff_profile_picture_is_stored_without_metadata():
    profile = UserProfile.get_for_user(AccountFactory())
    profile.avatar = SimpleUploadedFile("me.jpg", photo_with_gps("JPEG"))
    profile.save()

    assert_pixels_only(read_back(UserProfile.objects.get(pk=profile.pk).avatar))


def test_svg_is_not_an_accepted_image_format(editor):
    page = editor.get("/admin/images/add/").content.decode()

    assert "Supported formats: GIF, JPG, JPEG, PNG, WEBP." in page
    assert "SVG" not in page


# Documents are downloaded, never shown -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [("report.pdf", minimal_pdf()), ("notes.txt", b"Meeting notes.\n")],
)
def test_a_document_is_served_as_a_download_with_a_policy_that_runs_nothing(
    editor, client, name, content
):
    admin_document_upload(editor, name, content)
    document = get_document_model().objects.get()
    client.force_login(member())

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_forum_document_is_served_as_a_download_in_a_sandbox(poster):
    forum_attachment(poster, "notes.txt", b"Meeting notes.\n")
    attachment = PostAttachment.objects.get()

    response = poster.get(f"/en/forums/attachment/{attachment.pk}/")

    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_practice_submissions_take_no_files():
    fields = [field for step in STEPS for field in step.form_class.base_fields.values()]

    assert fields
    assert not [field for field in fields if isinstance(field, FileField)]
