"""Wagtail's own uploads pass the checks every upload passes (``exchange.uploads``): an image is
stored re-encoded with nothing but its pixels, a document only when its content is a kind we
accept.

Images are cleaned by a ``pre_save`` receiver on the image model, because every way of storing
one ends in a save: the admin's single and multiple upload, the chooser's upload, an upload the
multiple uploader held back until its details were filled in (stored first, then attached), and
images made in code such as demo content. The admin forms (``WAGTAILIMAGES_IMAGE_FORM_BASE``)
clean the file already, so that a refused file gets a message next to the field instead of an
error page; the receiver keeps a file the form cleaned as it is rather than encode it twice.
Width, height, size and hash are those of the stored, cleaned file. The same receiver cleans the
multiple uploader's held-back images and the admin profile pictures of staff.

Documents are checked in the admin forms (``WAGTAILDOCS_DOCUMENT_FORM_BASE``), the only place
people upload them; documents made in code are the project's own.
"""

import io
import os

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile, File
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Model
from django.db.models.signals import pre_save
from django.utils.text import get_valid_filename
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm
from wagtail.utils.file import hash_filelike

from exchange import uploads
from exchange.uploads import CleanedImage


def image_size_limit() -> int | None:
    return getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None)


def document_size_limit() -> int | None:
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)


def clean_image_file(uploaded) -> CleanedImage:
    """``uploaded`` re-encoded without metadata, keeping its name with the extension of what it
    really is; raises ``ValidationError`` for anything but a JPEG, PNG, GIF or WebP image."""
    cleaned = uploads.clean_image(uploaded, image_size_limit())
    stem = os.path.splitext(storable_name(getattr(uploaded, "name", "") or "", "image"))[0]
    cleaned.name = f"{stem}.{uploads.extension_of(cleaned.name)}"
    return cleaned


STORED_STEM_LENGTH = 50


def storable_name(name: str, fallback: str) -> str:
    """A file name that fits the 100-character file fields under any upload folder, whatever
    the uploader's computer called the file (slashes, quotes, scripts, a page of text, dots).

    Dots inside the stem become underscores: Django's storage reads everything after the first
    dot as the extension and, when it has to shorten a name, cuts only what comes before it,
    refusing the upload (SuspiciousFileOperation, a 400) once nothing is left to cut."""
    try:
        valid = get_valid_filename(os.path.basename(name))
    except SuspiciousFileOperation:  # nothing of the name is usable
        valid = ""
    stem, extension = os.path.splitext(valid)
    stem = stem.replace(".", "_")[:STORED_STEM_LENGTH] or fallback
    return f"{stem}{extension[:10]}"


class CleanImageForm(BaseImageForm):
    """The admin's image form: the chosen file is cleaned, or refused with a message."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            return clean_image_file(uploaded)
        return uploaded


class CheckedDocumentForm(BaseDocumentForm):
    """The admin's document form: the chosen file is accepted by its content, or refused with a
    message (web pages, SVG, scripts, programs, macros, PDFs with actions, wrong names)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            uploads.check_document(uploaded, document_size_limit())
            uploaded.name = storable_name(uploaded.name, "document")
        return uploaded


# Storing ------------------------------------------------------------------------------------


def new_file(instance: Model, name: str) -> File | None:
    """The file in field ``name`` if this save stores it for the first time, else None.

    A file not yet written to storage is returned as it is. A file already in storage that the
    record did not hold before (the multiple uploader writes it before saving the image) is read
    back and removed from storage unless another record holds it, so that only its cleaned copy
    remains."""
    field_file = getattr(instance, name)
    if not field_file:
        return None
    if not field_file._committed:
        return field_file.file
    model = type(instance)
    held = None
    if not instance._state.adding:
        held = model._base_manager.filter(pk=instance.pk).values_list(name, flat=True).first()
    if held == field_file.name:
        return None
    storage, stored_name = field_file.storage, field_file.name
    with storage.open(stored_name, "rb") as handle:
        content = ContentFile(handle.read(), name=os.path.basename(stored_name))
    shared = model._base_manager.filter(**{name: stored_name}).exclude(pk=instance.pk)
    if not shared.exists():
        storage.delete(stored_name)
    return content


def _cleaned(content: File) -> CleanedImage:
    return content if isinstance(content, CleanedImage) else clean_image_file(content)


def clean_image_before_storing(sender, instance, raw=False, update_fields=None, **kwargs):
    """A Wagtail image is stored re-encoded, with the dimensions, size and hash of what is
    stored."""
    if raw or (update_fields is not None and "file" not in update_fields):
        return
    content = new_file(instance, "file")
    if content is None:
        return
    cleaned = _cleaned(content)
    if cleaned is not content:
        instance.file = cleaned
    cleaned.seek(0)
    data = cleaned.read()
    cleaned.seek(0)
    instance.width, instance.height = cleaned.width, cleaned.height
    instance.file_size = len(data)
    instance.file_hash = hash_filelike(io.BytesIO(data))


def clean_held_back_image(sender, instance, raw=False, **kwargs):
    """The multiple uploader holds an image back when its details fail validation; it waits
    in the media folder cleaned, like any image."""
    from wagtail.images import get_image_model

    content_type = instance.for_content_type
    if raw or content_type is None or content_type.model_class() is not get_image_model():
        return
    content = new_file(instance, "file")
    if content is not None and not isinstance(content, CleanedImage):
        instance.file = clean_image_file(content)


def clean_profile_picture(sender, instance, raw=False, update_fields=None, **kwargs):
    """A staff member's admin profile picture is stored re-encoded too."""
    if raw or (update_fields is not None and "avatar" not in update_fields):
        return
    content = new_file(instance, "avatar")
    if content is not None and not isinstance(content, CleanedImage):
        instance.avatar = clean_image_file(content)


def connect_upload_checks() -> None:
    """Called once the apps are ready, when the image model can be named."""
    from wagtail.images import get_image_model
    from wagtail.models import UploadedFile as HeldBackUpload
    from wagtail.users.models import UserProfile

    pre_save.connect(
        clean_image_before_storing,
        sender=get_image_model(),
        dispatch_uid="exchange.clean_wagtail_image",
    )
    pre_save.connect(
        clean_held_back_image, sender=HeldBackUpload, dispatch_uid="exchange.clean_held_back"
    )
    pre_save.connect(
        clean_profile_picture, sender=UserProfile, dispatch_uid="exchange.clean_avatar"
    )
