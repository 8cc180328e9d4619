import factory
from wagtail.models import Locale

from network.choices import ForumAudience, PostState
from network.models import ForumCategory, Post, Topic
from network.sanitiser import render_markdown


class ForumCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ForumCategory
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Forum {n}")
    slug = factory.Sequence(lambda n: f"forum-{n}")
    description = "A forum."
    audience = ForumAudience.MEMBERS
    locale = factory.LazyFunction(Locale.get_default)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        """Network groups for a group-only forum: ``groups=[group, ...]``."""
        if create and extracted:
            self.groups.set(extracted)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    category = factory.SubFactory(ForumCategoryFactory)
    title = factory.Sequence(lambda n: f"Topic {n}")


class PostFactory(factory.django.DjangoModelFactory):
    """A published post; keeps the topic's last post time in step."""

    class Meta:
        model = Post

    topic = factory.SubFactory(TopicFactory)
    source = factory.Sequence(lambda n: f"Post number {n}.")
    html = factory.LazyAttribute(lambda post: render_markdown(post.source))
    state = PostState.PUBLISHED

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        post = super()._create(model_class, *args, **kwargs)
        if post.state == PostState.PUBLISHED:
            Topic.objects.filter(pk=post.topic_id).update(last_post_at=post.created_at)
            post.topic.last_post_at = post.created_at
        return post


def topic_with_posts(category, author, count: int = 1, **topic_fields) -> Topic:
    topic = TopicFactory(category=category, author=author, **topic_fields)
    for _ in range(count):
        PostFactory(topic=topic, author=author)
    return topic


def experienced_member(**profile_fields):
    """A member whose first posts have already passed moderation."""
    from django.conf import settings

    from .network import member

    user = member(**profile_fields)
    old = TopicFactory(title="Earlier conversation")
    for _ in range(settings.FORUM_PREMODERATED_FIRST_POSTS):
        PostFactory(topic=old, author=user)
    return user


def posts_in_bulk(topic, count: int, authors) -> None:
    """``count`` published posts in ``topic`` in a few queries, by ``authors`` in turn."""
    Post.objects.bulk_create(
        Post(
            topic=topic,
            author=authors[number % len(authors)],
            source=f"Bulk post {number}.",
            html=render_markdown(f"Bulk post {number}."),
            state=PostState.PUBLISHED,
        )
        for number in range(count)
    )
    latest = Post.objects.filter(topic=topic).order_by("-created_at").first()
    Topic.objects.filter(pk=topic.pk).update(last_post_at=latest.created_at)
    topic.last_post_at = latest.created_at


# Files a member might attach ------------------------------------------------------------------


def uploaded(name: str, content: bytes, content_type: str = "application/octet-stream"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_with_gps(image_format: str = "JPEG", size=(60, 30), orientation: int | None = None):
    """An image carrying a GPS position, a camera make, XMP, an ICC profile and a comment (and
    IPTC for a JPEG)."""
    import io
    import struct

    from PIL import ExifTags, Image, ImageCms

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "CANARY-CAMERA"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (43.0, 39.0, 0.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (51.0, 10.0, 0.0)
    options = {"exif": exif, "comment": b"CANARY-COMMENT"}
    if image_format != "GIF":
        options["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        options["xmp"] = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">CANARY-XMP</x:xmpmeta>'
    mode = "P" if image_format == "GIF" else "RGB"
    image = Image.new(mode, size, 3 if mode == "P" else (200, 30, 30))
    output = io.BytesIO()
    image.save(output, image_format, **options)
    data = output.getvalue()
    if image_format == "JPEG":  # an IPTC record in a Photoshop segment, right after the start
        iptc = (
            b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x11\x1c\x02\x78\x00\x0cCANARY-IPTC!"
        )
        data = data[:2] + b"\xff\xed" + struct.pack(">H", len(iptc) + 2) + iptc + data[2:]
    return data


def small_png(size=(24, 16), colour=(20, 120, 200)) -> bytes:
    import io

    from PIL import Image

    output = io.BytesIO()
    Image.new("RGB", size, colour).save(output, "PNG")
    return output.getvalue()


def minimal_pdf(body: bytes = b"") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + body
        + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def office_document(main_part: str = "wordprocessingml.document.main+xml", extra=()) -> bytes:
    """A zip shaped like an Office Open XML file whose manifest names ``main_part``."""
    import io
    import zipfile

    manifest = (
        '<?xml version="1.0"?><Types><Override PartName="/main.xml" ContentType='
        f'"application/vnd.openxmlformats-officedocument.{main_part}"/></Types>'
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", manifest)
        archive.writestr("word/document.xml", "<document>Case notes</document>")
        for name, content in extra:
            archive.writestr(name, content)
    return output.getvalue()


def opendocument_text() -> bytes:
    import io
    import zipfile

    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return output.getvalue()


def attachment_on(post, name: str = "notes.txt", content: bytes = b"Meeting notes.\n", **fields):
    """A checked file stored with ``post``, as the posting form stores it."""
    from network.attachments import attach, prepare_attachment

    return attach(post, [prepare_attachment(uploaded(name, content), **fields)])[0]
