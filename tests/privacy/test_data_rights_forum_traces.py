"""Deleting an account also removes what the forums kept of the member's private activity: the
drafts they never posted and the time of their last visit."""

import pytest

from network import forums
from network.data_rights.deletion import delete_account
from network.models import ForumDraft, ForumVisit
from tests.factories import member
from tests.factories.forums import ForumCategoryFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_deletion_removes_the_members_forum_drafts_and_last_visit():
    category = ForumCategoryFactory()
    topic = TopicFactory(category=category)
    PostFactory(topic=topic, author=member())
    leaving, staying = member(), member()
    for user in (leaving, staying):
        forums.save_draft(user, topic, "CANARY half-written reply")
        forums.save_draft(user, category, "CANARY topic idea", title="CANARY title")
        forums.record_forum_visit(user)

    delete_account(leaving)

    assert not ForumDraft.objects.filter(user=leaving).exists()
    assert not ForumVisit.objects.filter(user=leaving).exists()
    assert ForumDraft.objects.filter(user=staying).count() == 2
    assert ForumVisit.objects.filter(user=staying).exists()
