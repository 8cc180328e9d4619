"""The e-mail channel of the access matrix: everything a message shows, decoded, and the forum
news that makes the daily digests — posted to every subscriber, then partly withdrawn (a post
hidden, a member suspended, another removed from group B, a third removed from the network)
before the digests are sent."""

from dataclasses import dataclass
from email.header import decode_header, make_header

from django.contrib.auth import get_user_model

from network import groups, moderation, notifications, vetting
from network.choices import PostState
from tests.factories import join_group, member
from tests.factories.forums import PostFactory, TopicFactory
from tests.security.matrix_seed import (
    CANARIES,
    GROUP_B_POST,
    HIDDEN_POST,
    MEMBERS_FORUM_POST,
    PENDING_POST,
    World,
    audiences_of,
    in_good_standing,
)

LANGUAGES = ("en", "ar", "ru")


def everything_in_email(message) -> str:
    """Subject, headers, body, HTML alternatives and attachments, each MIME part decoded (a
    non-English e-mail travels base64-encoded)."""
    texts = [message.subject, message.body, *map(str, message.extra_headers.values())]
    texts += [str(content) for content, _ in getattr(message, "alternatives", [])]
    for part in message.message().walk():
        texts += [
            f"{name}: {make_header(decode_header(str(value)))}" for name, value in part.items()
        ]
        if not part.is_multipart():
            payload = part.get_payload(decode=True) or b""
            texts.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(texts)


@dataclass
class DigestNews:
    people: dict[str, object]  # the roles' users and three people who lose access before sending
    published: set[str]  # canaries of the posts still published when the digests are sent

    def may_read(self, world: World, person: str) -> set[str]:
        """The canaries ``person`` may read now, from the audiences the seeding gave them."""
        user = self.people[person]
        audiences, _ = audiences_of(user, world.objects["group_a"], world.objects["group_b"])
        return {canary for canary in CANARIES if CANARIES[canary][0] in audiences}

    def expected(self, world: World, person: str) -> set[str]:
        """What the digest of ``person`` must show: the news they may read, if they are a member
        in good standing (forum e-mail is for members only)."""
        if not in_good_standing(self.people[person]):
            return set()
        return self.published & self.may_read(world, person)


def _subscribe_to_digest(user, world: World, language: str) -> None:
    type(user).objects.filter(pk=user.pk).update(
        forum_email=type(user).ForumEmail.DAILY, language=language
    )
    o = world.objects
    for target in (o["open_forum"], o["group_forum"], o["open_topic"], o["group_topic"]):
        notifications.follow(user, target)


def _publish(topic, author, source: str, state=PostState.PUBLISHED):
    post = PostFactory(topic=topic, author=author, source=source, state=state)
    notifications.notify_post_published(post)
    return post


def post_digest_news(world: World) -> DigestNews:
    """Everyone signed in (and two group B members) chooses the daily digest, in one of the
    three languages, and follows the seeded forums and topics; news is posted; then access to
    part of it is withdrawn. Returns who was subscribed and what is still published."""
    o = world.objects
    group_b = o["group_b"]
    removed = member(user__full_name="Removed From Group B")
    removed_membership = join_group(removed, group_b)
    suspended_later = member(user__full_name="Suspended After The News")
    join_group(suspended_later, group_b)
    removed_later = member(user__full_name="Removed From The Network")
    join_group(removed_later, group_b)
    people = {role: user for role, user in world.users.items() if user is not None}
    people |= {
        "removed from group B": removed,
        "suspended after the news": suspended_later,
        "removed from the network": removed_later,
    }
    for number, user in enumerate(people.values()):
        _subscribe_to_digest(user, world, LANGUAGES[number % len(LANGUAGES)])

    author = o["author"]
    _publish(o["open_topic"], author, f"Digest reply {MEMBERS_FORUM_POST}")
    _publish(o["group_topic"], author, f"{GROUP_B_POST} digest follow-up")
    agenda = TopicFactory(category=o["group_forum"], title=f"Agenda {GROUP_B_POST}", author=author)
    _publish(agenda, author, f"The agenda: {GROUP_B_POST}")
    hidden = _publish(o["open_topic"], author, f"Soon hidden {HIDDEN_POST}")
    _publish(o["open_topic"], author, f"Waiting {PENDING_POST}", state=PostState.PENDING)

    moderation.hide_post(hidden, world.users["moderator"], reason="Off topic")
    officer = world.users["vetting_officer"]
    groups.remove_from_group(removed_membership, actor=officer, reason="Left the organisation")
    vetting.suspend_member(suspended_later.member_profile, officer, reason="Under review")
    vetting.remove_member(removed_later.member_profile, officer, reason="Left the field")
    fresh = get_user_model().objects.select_related("member_profile")
    people = {person: fresh.get(pk=user.pk) for person, user in people.items()}
    return DigestNews(people=people, published={MEMBERS_FORUM_POST, GROUP_B_POST})
