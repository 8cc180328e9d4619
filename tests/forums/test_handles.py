import importlib

import pytest
from django.apps import apps

from network import forums
from network.models import Notification, User
from network.models.members import derive_handle
from tests.factories import AccountFactory, member
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    experienced_member,
)

pytestmark = pytest.mark.django_db


def nothing_taken(handle: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("full_name", "handle"),
    [
        ("Aigerim Sadykova", "aigerim-s"),
        ("Farid  Usmonov", "farid-u"),
        ("Jean-Paul Sartre", "jean-paul-s"),
        ("Madonna", "madonna"),
        ("Надия Каримова", "надия-к"),
        ("!!!", "member"),
    ],
)
def test_a_handle_is_the_first_name_and_the_last_names_initial(full_name, handle):
    assert derive_handle(full_name, nothing_taken) == handle


def test_a_taken_handle_grows_by_letters_then_numbers():
    taken = {"aigerim-s", "aigerim-sa"}

    assert derive_handle("Aigerim Sadykova", taken.__contains__) == "aigerim-sad"
    assert derive_handle("Aigerim S", taken.__contains__) == "aigerim-s-2"


def test_accounts_get_unique_handles_when_they_have_a_name():
    first = AccountFactory(full_name="Aigerim Sadykova")
    second = AccountFactory(full_name="Aigerim Suleimenova")
    nameless = AccountFactory(full_name="")

    assert (first.handle, second.handle, nameless.handle) == ("aigerim-s", "aigerim-su", None)


def test_a_name_given_later_brings_a_handle_that_then_stays():
    user = AccountFactory(full_name="")
    user.full_name = "Rustam Nazarov"
    user.save(update_fields=["full_name"])
    user.refresh_from_db()
    assert user.handle == "rustam-n"

    user.full_name = "Rustam Karimov"
    user.save()
    user.refresh_from_db()
    assert user.handle == "rustam-n"


def test_existing_accounts_are_given_handles_by_the_migration():
    named = AccountFactory(full_name="Nadia Karimova")
    other = AccountFactory(full_name="Nadia Kasymova")
    User.objects.filter(pk__in=[named.pk, other.pk]).update(handle=None)
    migration = importlib.import_module("network.migrations.0008_user_handle")

    migration.give_every_named_account_a_handle(apps, None)

    assert set(User.objects.values_list("handle", flat=True)) == {"nadia-k", "nadia-ka"}


def test_posts_show_their_authors_handle(client):
    topic = TopicFactory(category=ForumCategoryFactory(slug="families"))
    PostFactory(topic=topic, author=member(user__full_name="Aigerim Sadykova"))
    client.force_login(member())

    page = client.get(f"/en/forums/families/{topic.pk}/").content.decode()

    assert "@aigerim-s" in page
    assert "Mention a member with @handle" in page


def test_a_profile_shows_the_members_handle(client):
    profile_owner = member(user__full_name="Farid Usmonov")
    client.force_login(member())

    page = client.get(f"/en/members/{profile_owner.member_profile.pk}/").content.decode()

    assert "@farid-u" in page


def test_a_mention_by_handle_notifies_and_one_by_hidden_username_does_not():
    topic = TopicFactory(category=ForumCategoryFactory(slug="families"))
    PostFactory(topic=topic, author=member())
    named = member(user__full_name="Aigerim Sadykova")
    hidden = member(user__full_name="Rustam Nazarov", user__username="rustam.internal")

    post = forums.reply(topic, experienced_member(), "Thanks @Aigerim-S. And @rustam.internal?")

    assert list(post.mentions.all()) == [named]
    assert Notification.objects.filter(user=named, kind=Notification.Kind.MENTION).exists()
    assert not Notification.objects.filter(user=hidden).exists()


def test_a_deleted_account_loses_its_handle():
    from django.utils import timezone

    user = AccountFactory(full_name="Timur Abenov")
    user.anonymised_at = timezone.now()
    user.full_name = ""
    user.save()
    user.refresh_from_db()

    assert user.handle is None
