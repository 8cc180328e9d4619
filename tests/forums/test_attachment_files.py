"""A post's files leave the disk with the post: when the post, its topic, or a rejected post is
deleted — once the deletion is committed, so a deletion that fails keeps them."""

from pathlib import Path

import pytest
from django.db import transaction

from network.choices import PostState
from network.models import PostAttachment
from tests.conftest import sign_in_with_totp
from tests.factories import AccountFactory, member
from tests.factories.forums import PostFactory, TopicFactory, attachment_on, small_png

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def files_of(post) -> list[Path]:
    paths = [Path(attachment.file.path) for attachment in post.attachments.all()]
    assert paths and all(path.exists() for path in paths)
    return paths


def post_with_files(topic=None, **fields):
    post = PostFactory(topic=topic or TopicFactory(), author=member(), **fields)
    attachment_on(post, "notes.txt", b"Meeting notes.\n")
    attachment_on(post, "map.png", small_png())
    return post


def test_deleting_a_post_removes_its_files(django_capture_on_commit_callbacks):
    post = post_with_files()
    paths = files_of(post)

    with django_capture_on_commit_callbacks(execute=True):
        post.delete()

    assert not PostAttachment.objects.exists()
    assert not any(path.exists() for path in paths)


def test_deleting_a_topic_removes_the_files_of_every_post(django_capture_on_commit_callbacks):
    topic = TopicFactory()
    paths = files_of(post_with_files(topic)) + files_of(post_with_files(topic))
    unrelated = files_of(post_with_files())

    with django_capture_on_commit_callbacks(execute=True):
        topic.delete()

    assert not any(path.exists() for path in paths)
    assert all(path.exists() for path in unrelated)


def test_a_deletion_that_is_rolled_back_keeps_the_files(django_capture_on_commit_callbacks):
    post = post_with_files()
    paths = files_of(post)

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        post.delete()
        raise RuntimeError("the deletion fails")

    assert PostAttachment.objects.count() == 2
    assert all(path.exists() for path in paths)


def test_an_administrator_deleting_a_rejected_post_removes_its_files(
    client, django_capture_on_commit_callbacks
):
    post = post_with_files(state=PostState.REJECTED, moderation_reason="Names a child.")
    paths = files_of(post)
    sign_in_with_totp(client, AccountFactory(superuser=True))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/network/posts/delete/{post.pk}/")

    assert response.status_code == 302
    assert not PostAttachment.objects.exists()
    assert not any(path.exists() for path in paths)
