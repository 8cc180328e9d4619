import io
from pathlib import Path

import pytest
from django.test import override_settings
from PIL import Image

from network import forums
from network.choices import ForumAudience, PostState
from network.models import PostAttachment
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.factories import AccountFactory, NetworkGroupFactory, join_group, member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    attachment_on,
    experienced_member,
    minimal_pdf,
    photo_with_gps,
    small_png,
    uploaded,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def topic():
    topic = TopicFactory(category=ForumCategoryFactory(slug="families"), title="School places")
    PostFactory(topic=topic, author=member(), source="Which schools take returned children?")
    return topic


def reply_url(topic):
    return f"/en/forums/{topic.category.slug}/{topic.pk}/reply/"


def attachment_url(attachment):
    return f"/en/forums/attachment/{attachment.pk}/"


def stored_bytes(attachment) -> bytes:
    with attachment.file.open("rb") as handle:
        return handle.read()


def test_a_photo_loses_its_gps_position_and_every_other_metadata(client, topic, media_root):
    client.force_login(experienced_member())

    response = client.post(
        reply_url(topic),
        {
            "source": "Our classroom, as promised.",
            "attachment_1": uploaded("IMG_0042.jpg", photo_with_gps("JPEG"), "image/jpeg"),
            "description_1": "The classroom before lessons",
        },
        follow=True,
    )

    attachment = PostAttachment.objects.get()
    data = stored_bytes(attachment)
    image = Image.open(io.BytesIO(data))
    assert dict(image.getexif()) == {}
    assert b"CANARY" not in data and b"GPS" not in data
    assert (attachment.kind, attachment.name, attachment.content_type) == (
        "image",
        "IMG_0042.jpg",
        "image/jpeg",
    )
    path = Path(attachment.file.path)
    assert path.is_relative_to(media_root / "private")
    assert "IMG_0042" not in path.name
    page = response.content.decode()
    assert f'src="{attachment_url(attachment)}"' in page
    assert 'alt="The classroom before lessons"' in page


def test_a_document_is_stored_and_listed_under_its_post(client, topic):
    client.force_login(experienced_member())

    response = client.post(
        reply_url(topic),
        {
            "source": "The agreement we use.",
            "attachment_1": uploaded("Agreement.pdf", minimal_pdf()),
        },
        follow=True,
    )

    attachment = PostAttachment.objects.get()
    assert attachment.post.source == "The agreement we use."
    assert (attachment.kind, attachment.content_type) == ("document", "application/pdf")
    assert stored_bytes(attachment) == minimal_pdf()
    assert "Agreement.pdf" in response.content.decode()


def test_a_new_topic_can_carry_attachments(client, topic):
    client.force_login(experienced_member())

    client.post(
        "/en/forums/families/new/",
        {
            "title": "Enrolment letters",
            "source": "Two templates.",
            "attachment_1": uploaded("letter.txt", b"Dear parent,\n"),
            "attachment_2": uploaded("map.png", small_png()),
        },
    )

    post = forums.Post.objects.get(topic__title="Enrolment letters")
    assert sorted(post.attachments.values_list("name", flat=True)) == ["letter.txt", "map.png"]


BAD_FILES = {
    "svg": ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    "html": ("page.html", b"<!doctype html><html><body>hello</body></html>"),
    "polyglot": ("cat.gif", b"GIF89a/*<script>alert(1)</script>*/" + small_png()),
    "wrong extension": ("report.docx", minimal_pdf()),
    "oversized": ("report.pdf", minimal_pdf(b"%" + b"x" * 4096)),
}


@pytest.mark.parametrize("kind", BAD_FILES)
@override_settings(FORUM_ATTACHMENT_MAX_BYTES=2048)
def test_a_refused_file_re_renders_the_form_with_the_text_kept(client, topic, kind):
    name, content = BAD_FILES[kind]
    client.force_login(experienced_member())

    response = client.post(
        reply_url(topic),
        {"source": "My carefully written answer", "attachment_1": uploaded(name, content)},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the following" in page
    assert "My carefully written answer" in page
    assert "choose them again" in page
    assert not topic.posts.filter(source="My carefully written answer").exists()
    assert not PostAttachment.objects.exists()


def test_the_form_offers_as_many_files_as_the_setting_allows(client, topic, settings):
    settings.FORUM_ATTACHMENTS_PER_POST = 2
    client.force_login(experienced_member())

    page = client.get(reply_url(topic)).content.decode()

    assert 'name="attachment_2"' in page
    assert 'name="attachment_3"' not in page
    assert 'enctype="multipart/form-data"' in page


def test_more_attachments_than_allowed_are_refused(topic, settings):
    from network.attachments import prepare_attachment

    settings.FORUM_ATTACHMENTS_PER_POST = 1
    files = [prepare_attachment(uploaded(f"n{n}.txt", b"notes\n")) for n in range(2)]

    with pytest.raises(forums.ForumError, match="at most 1 attachment"):
        forums.reply(topic, experienced_member(), "Two files", attachments=files)


def test_a_document_is_sent_as_a_download_that_a_browser_will_not_run(client, topic):
    attachment = attachment_on(topic.posts.get(), "notes.txt", b"Meeting notes.\n")
    client.force_login(member())

    response = client.get(attachment_url(attachment))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Meeting notes.\n"
    assert response["Content-Disposition"] == 'attachment; filename="notes.txt"'
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_an_image_is_shown_inline_and_downloaded_on_request(client, topic):
    attachment = attachment_on(topic.posts.get(), "map.png", small_png())
    client.force_login(member())

    shown = client.get(attachment_url(attachment))
    downloaded = client.get(attachment_url(attachment) + "?download=1")

    assert shown["Content-Disposition"] == 'inline; filename="map.png"'
    assert shown["Content-Type"] == "image/png"
    assert shown["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert downloaded["Content-Disposition"] == 'attachment; filename="map.png"'


def test_a_visitor_is_sent_to_sign_in_and_an_applicant_is_refused(client, topic):
    attachment = attachment_on(topic.posts.get())

    visitor = client.get(attachment_url(attachment))
    client.force_login(AccountFactory())
    applicant = client.get(attachment_url(attachment))

    assert visitor.status_code == 302
    assert visitor["Location"].startswith("/en/accounts/login/")
    assert applicant.status_code == 403
    assert b"Meeting notes" not in applicant.content


def test_a_group_forums_attachment_is_refused_to_members_outside_the_group(client):
    group = NetworkGroupFactory()
    category = ForumCategoryFactory(slug="prison-staff", audience=ForumAudience.GROUPS)
    category.groups.set([group])
    insider = member()
    join_group(insider, group)
    post = PostFactory(topic=TopicFactory(category=category), author=insider)
    attachment = attachment_on(post)

    client.force_login(member())
    outsider = client.get(attachment_url(attachment))
    client.force_login(insider)
    inside = client.get(attachment_url(attachment))

    assert outsider.status_code == 403
    assert b"Meeting notes" not in outsider.content
    assert inside.status_code == 200


def test_a_member_removed_from_the_group_loses_its_attachments_at_once(client):
    from network import groups

    group = NetworkGroupFactory()
    category = ForumCategoryFactory(slug="prison-staff", audience=ForumAudience.GROUPS)
    category.groups.set([group])
    reader = member()
    membership = join_group(reader, group)
    attachment = attachment_on(PostFactory(topic=TopicFactory(category=category)))
    client.force_login(reader)
    assert client.get(attachment_url(attachment)).status_code == 200

    groups.remove_from_group(membership, actor=member(), reason="Left the organisation")

    assert client.get(attachment_url(attachment)).status_code == 403


@pytest.mark.parametrize("state", [PostState.HIDDEN, PostState.PENDING])
def test_a_hidden_or_waiting_posts_attachment_is_only_for_its_author_and_moderators(
    client, topic, state
):
    author = member()
    post = PostFactory(topic=topic, author=author, state=state)
    attachment = attachment_on(post)
    moderator = member()
    moderator.groups.add(ensure_role_groups()[FORUM_MODERATORS])

    client.force_login(member())
    other = client.get(attachment_url(attachment))
    client.force_login(author)
    own = client.get(attachment_url(attachment))
    client.force_login(moderator)
    moderated = client.get(attachment_url(attachment))

    assert other.status_code == 403
    assert own.status_code == 200
    assert moderated.status_code == 200


def test_a_hidden_posts_attachment_is_not_listed_to_others(client, topic):
    post = PostFactory(topic=topic, author=member(), state=PostState.HIDDEN)
    attachment_on(post, "hidden-notes.txt")
    client.force_login(member())

    page = client.get(f"/en/forums/families/{topic.pk}/").content.decode()

    assert "hidden-notes.txt" not in page


def test_an_unknown_attachment_is_not_found(client):
    client.force_login(member())

    assert client.get("/en/forums/attachment/999999/").status_code == 404
