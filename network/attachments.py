"""Files on forum posts: checked when uploaded, kept in private storage, and sent only to those
who may see the post — never from the media folder.

Images are re-encoded without their metadata (a photo's GPS position could locate a returned
family) and may be shown inline; documents are accepted by their content and always downloaded.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.files import File
from django.http import FileResponse, HttpRequest

from exchange import uploads
from network import audit, policy
from network.choices import PostState
from network.models import Post, PostAttachment

SANDBOX_POLICY = "default-src 'none'; sandbox"


@dataclass(frozen=True)
class PreparedAttachment:
    """An upload that passed its checks, ready to be stored with a post."""

    content: File
    kind: str
    content_type: str
    name: str
    description: str = ""
    width: int | None = None
    height: int | None = None


def attachments_per_post() -> int:
    return max(settings.FORUM_ATTACHMENTS_PER_POST, 0)


def max_attachment_bytes() -> int:
    return settings.FORUM_ATTACHMENT_MAX_BYTES


def prepare_attachment(uploaded, description: str = "") -> PreparedAttachment:
    """Check one uploaded file (an image is cleaned, a document identified by its content);
    raises ``ValidationError`` with a message for the member."""
    limit = max_attachment_bytes()
    description = " ".join((description or "").split())[:200]
    if uploads.is_image(uploaded):
        image = uploads.clean_image(uploaded, limit)
        return PreparedAttachment(
            content=image,
            kind=PostAttachment.Kind.IMAGE,
            content_type=image.content_type,
            name=uploads.safe_display_name(uploaded.name, "image"),
            description=description,
            width=image.width,
            height=image.height,
        )
    content_type = uploads.check_document(uploaded, limit)
    uploaded.seek(0)
    return PreparedAttachment(
        content=uploaded,
        kind=PostAttachment.Kind.DOCUMENT,
        content_type=content_type,
        name=uploads.safe_display_name(uploaded.name, "document"),
        description=description,
    )


def attach(post: Post, prepared: Sequence[PreparedAttachment]) -> list[PostAttachment]:
    """Store checked files with ``post`` under random names in private storage."""
    stored = []
    for item in prepared:
        attachment = PostAttachment(
            post=post,
            kind=item.kind,
            content_type=item.content_type,
            name=item.name,
            description=item.description,
            size=item.content.size,
            width=item.width,
            height=item.height,
        )
        extension = uploads.extension_of(item.name) or "bin"
        if item.kind == PostAttachment.Kind.IMAGE:
            extension = uploads.extension_of(item.content.name)
        attachment.file.save(f"attachment.{extension}", item.content, save=False)
        attachment.save()
        stored.append(attachment)
    return stored


def can_download(user, attachment: PostAttachment) -> bool:
    """Whoever may see the post may have its files: a published post's readers; a waiting,
    hidden or rejected post's author and the moderators."""
    from network.forums import can_view_post
    from network.moderation import is_moderator

    post = attachment.post
    if not policy.can_view(user, post):
        return False
    if is_moderator(user):
        return True
    if post.state == PostState.PUBLISHED:
        return can_view_post(user, post)
    return post.author_id == user.pk and policy.is_member(user)


def file_response(request: HttpRequest, attachment: PostAttachment, download: bool) -> FileResponse:
    """The file with headers that stop a browser from running or sniffing it: documents are
    always downloaded; images (re-encoded, so nothing but pixels) may be shown inline."""
    inline = attachment.is_image and not download
    content_type = attachment.content_type
    if content_type.startswith("text/"):  # checked to be UTF-8 when it was uploaded
        content_type += "; charset=utf-8"
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=not inline,
        filename=attachment.name,
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = SANDBOX_POLICY
    response["Cache-Control"] = "private, no-store"
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    if not inline:
        audit.record("forum.attachment_downloaded", target=attachment, request=request)
    return response
