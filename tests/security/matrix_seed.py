"""The world the access matrix runs against: one gated object per kind, each carrying a canary
string that appears nowhere else, and one person in each role.

The oracle (who may see which canary) is derived here from what was seeded — which audience each
canary was put in, and which audiences each person was put in — never from the code under test.
"""

from dataclasses import dataclass, field
from io import BytesIO

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)

from network import notifications, policy, vetting
from network.choices import ForumAudience, PostState
from network.roles import FORUM_MODERATORS, ensure_role_groups
from practices.choices import SectionAudience
from tests.factories import (
    AccountFactory,
    ApplicationFactory,
    MemberProfileFactory,
    NetworkGroupFactory,
    OrganisationFactory,
    enable_totp,
    join_group,
    member,
    restrict_page,
    translate_page,
    vetting_officer,
)
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.forums import (
    ForumCategoryFactory,
    PostFactory,
    TopicFactory,
    attachment_on,
    small_png,
)
from tests.factories.practices import PracticeIndexPageFactory, PracticePageFactory
from tests.factories.resources import ResourceIndexPageFactory, ResourcePageFactory, document
from tests.factories.resources import summary as words_summary

# A word every seeded page carries, public or gated, so that search totals can be compared with
# the number of seeded pages a role may see.
SHARED_WORD = "lanternfish"

# Canary -> (audience it was seeded in, which staff tool legitimately shows it in the admin).
CANARIES: dict[str, tuple[str, str]] = {
    "CANARY-MEMBERS-PRACTICE-4e1b": ("members", "pages"),
    "CANARY-GROUP-A-SECTION-8a2f": ("group_a", "pages"),
    "CANARY-GROUP-B-FORUM-POST-c7d0": ("group_b", "forums"),
    "CANARY-GROUP-B-ATTACHMENT-19e3": ("group_b", "forums"),
    "CANARY-MEMBERS-RESOURCE-DOC-6b5c": ("members", "library"),
    "CANARY-PRIVATE-COLLECTION-DOC-2d84": ("group_a", "library"),
    "CANARY-PRIVATE-IMAGE-f90a": ("group_a", "library"),
    "CANARY-HIDDEN-POST-0c61": ("moderation", "forums"),
    "CANARY-PENDING-POST-a3e7": ("moderation", "forums"),
    "CANARY-MEMBERS-EVENT-5f2d": ("members", "pages"),
    "CANARY-MEMBERS-PRACTICE-RU-7c19": ("members", "pages"),
    "CANARY-GROUP-A-SECTION-AR-e4b6": ("group_a", "pages"),
    "CANARY-MEMBERS-FORUM-POST-3d8e": ("members", "forums"),
}
(
    MEMBERS_PRACTICE,
    GROUP_A_SECTION,
    GROUP_B_POST,
    GROUP_B_ATTACHMENT,
    MEMBERS_DOCUMENT,
    COLLECTION_DOCUMENT,
    PRIVATE_IMAGE,
    HIDDEN_POST,
    PENDING_POST,
    MEMBERS_EVENT,
    MEMBERS_PRACTICE_RU,  # the Russian translation of the members-only practice
    GROUP_A_SECTION_AR,  # the group-only section of the open practice's Arabic translation
    MEMBERS_FORUM_POST,
) = CANARIES

ROLES = (
    "visitor",
    "applicant",
    "member",
    "group_a_member",
    "group_b_member",
    "suspended",
    "moderator",
    "editor",
    "vetting_officer",
    "staff",
)
MFA_ROLES = ("moderator", "editor", "vetting_officer", "staff")


@dataclass
class World:
    users: dict[str, object]
    audiences: dict[str, set[str]]  # role -> audiences the seeding put that person in
    admin_tools: dict[str, set[str]]  # role -> staff tools the seeding gave that person
    objects: dict[str, object] = field(default_factory=dict)
    restricted_page_ids: set[int] = field(default_factory=set)
    word_holders: list[str] = field(default_factory=list)  # audience of each item with the word

    def may_see(self, role: str, canary: str, in_admin: bool = False) -> bool:
        audience, tool = CANARIES[canary]
        if audience in self.audiences[role]:
            return True
        return in_admin and tool in self.admin_tools[role]

    def forbidden(self, role: str, in_admin: bool = False) -> list[str]:
        return [c for c in CANARIES if not self.may_see(role, c, in_admin)]

    def visible_word_holders(self, role: str) -> int:
        """How many seeded items carrying the shared word ``role`` may find."""
        return sum(1 for audience in self.word_holders if audience in self.audiences[role])

    def gated_page_ids(self) -> list[int]:
        """The restricted pages (and those below them) and every translation of them."""
        keys = Page.objects.filter(pk__in=self.restricted_page_ids).values("translation_key")
        translations = Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True)
        return sorted(self.restricted_page_ids | set(translations))

    def public_live_pages(self) -> int:
        """Live pages outside every restriction the seeding made (translations included)."""
        restricted = Page.objects.filter(pk__in=self.restricted_page_ids)
        keys = set(restricted.values_list("translation_key", flat=True))
        live = Page.objects.live().filter(depth__gt=1)
        return (
            live.exclude(pk__in=self.restricted_page_ids).exclude(translation_key__in=keys).count()
        )


def rich(text: str) -> str:
    return f"<p>{text} {SHARED_WORD}</p>"


def seed_pages(world: World, home, members_group, group_a) -> None:
    practices = PracticeIndexPageFactory(parent=home, show_in_menus=True)
    public = PracticePageFactory(
        parent=practices,
        title=f"Open practice {SHARED_WORD}",
        slug="open-practice",
        summary=words_summary(f"Open {SHARED_WORD}"),
        starting_situation=rich("Public context"),
        approach_audience=SectionAudience.GROUPS,
        partners=rich(GROUP_A_SECTION),
        audience_groups=[group_a],
    )
    gated = PracticePageFactory(
        parent=practices,
        title=f"Closed practice {MEMBERS_PRACTICE}",
        slug="closed-practice",
        summary=words_summary(f"{MEMBERS_PRACTICE} {SHARED_WORD}"),
    )
    restrict_page(gated, members_group)
    # Translations made as editors make them (copy_for_translation), each with its own canary:
    # the restriction of the English page governs its copy; the copied section keeps its groups.
    public_ar = translate_page(
        public,
        "ar",
        title=f"Open practice ar {SHARED_WORD}",
        partners=rich(GROUP_A_SECTION_AR),
    )
    gated_ru = translate_page(
        gated,
        "ru",
        title=f"Closed practice ru {MEMBERS_PRACTICE_RU}",
        summary=words_summary(f"{MEMBERS_PRACTICE_RU} {SHARED_WORD}"),
    )

    library = ResourceIndexPageFactory(parent=home, show_in_menus=True)
    members_doc = document(f"Toolkit {MEMBERS_DOCUMENT}", MEMBERS_DOCUMENT, "toolkit.txt")
    resource = ResourcePageFactory(
        parent=library,
        title=f"Members toolkit {SHARED_WORD}",
        slug="members-toolkit",
        document=members_doc,
        external_url="",
    )
    restrict_page(resource, members_group)

    events = EventIndexPageFactory(parent=home, show_in_menus=True)
    event = EventPageFactory(
        parent=events,
        title=f"Closed meeting {MEMBERS_EVENT}",
        slug="closed-meeting",
        summary=f"{MEMBERS_EVENT} {SHARED_WORD}",
    )
    restrict_page(event, members_group)

    world.objects.update(
        public_practice=public,
        public_practice_ar=public_ar,
        members_practice=gated,
        members_practice_ru=gated_ru,
        members_resource=resource,
        members_document=members_doc,
        members_event=event,
    )
    for page in (gated, resource, event):
        world.restricted_page_ids.add(page.pk)
    # The open practice (and its Arabic copy), the closed one (and its Russian copy), the
    # toolkit and the meeting; the open forum's post adds one more for members.
    world.word_holders += ["public", "public", "members", "members", "members", "members"]


def seed_library(world: World, group_a) -> None:
    collection = Collection.get_first_root_node().add_child(name="Group A library")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([group_a.auth_group])
    world.objects["collection_document"] = document(
        f"Notes {COLLECTION_DOCUMENT}", COLLECTION_DOCUMENT, "notes.txt", collection
    )
    image = get_image_model().objects.create(
        title=f"Photo {PRIVATE_IMAGE}",
        file=ImageFile(BytesIO(small_png()), name="photo.png"),
        collection=collection,
    )
    world.objects["image"] = image
    world.objects["rendition"] = image.get_rendition("fill-20x10")


def seed_forums(world: World, group_b) -> None:
    author = member(user__full_name="Forum Author")
    open_forum = ForumCategoryFactory(name="Open forum", slug="open-forum")
    group_forum = ForumCategoryFactory(
        name="Group B forum", slug="group-b-forum", audience=ForumAudience.GROUPS, groups=[group_b]
    )
    open_topic = TopicFactory(category=open_forum, title="Open topic", author=author)
    PostFactory(
        topic=open_topic, author=author, source=f"Open words {MEMBERS_FORUM_POST} {SHARED_WORD}."
    )
    world.word_holders.append("members")
    PostFactory(topic=open_topic, author=author, source=HIDDEN_POST, state=PostState.HIDDEN)
    PostFactory(topic=open_topic, author=author, source=PENDING_POST, state=PostState.PENDING)
    # An Arabic copy of the group forum, made as the demo makes one (its groups copied).
    group_forum_ar = group_forum.copy_for_translation(
        Locale.objects.get_or_create(language_code="ar")[0]
    )
    group_forum_ar.name = "Group B forum ar"
    group_forum_ar.save()
    group_forum_ar.groups.set(group_forum.groups.all())
    group_topic = TopicFactory(category=group_forum, title="Group B topic", author=author)
    group_post = PostFactory(topic=group_topic, author=author, source=GROUP_B_POST)
    attachment = attachment_on(
        group_post, "minutes.txt", f"{GROUP_B_ATTACHMENT}\n".encode(), description="Minutes"
    )
    world.objects.update(
        author=author,
        open_forum=open_forum,
        group_forum=group_forum,
        group_forum_ar=group_forum_ar,
        open_topic=open_topic,
        group_topic=group_topic,
        group_post=group_post,
        attachment=attachment,
    )


def seed_people(world: World, group_a, group_b, officer) -> None:
    users = {"visitor": None, "applicant": AccountFactory(full_name="Applicant Person")}
    ApplicationFactory(applicant=users["applicant"])
    users["member"] = member(user__full_name="Plain Member")
    users["group_a_member"] = member(user__full_name="Group A Member")
    join_group(users["group_a_member"], group_a)
    users["group_b_member"] = member(user__full_name="Group B Member")
    join_group(users["group_b_member"], group_b)
    suspended = MemberProfileFactory(user__full_name="Suspended Member")
    join_group(suspended.user, group_a)
    join_group(suspended.user, group_b)
    vetting.suspend_member(suspended, officer, reason="Under review")
    users["suspended"] = suspended.user
    users["moderator"] = member(user__full_name="Forum Moderator")
    users["moderator"].groups.add(ensure_role_groups()[FORUM_MODERATORS])
    users["editor"] = member(user__full_name="Site Editor")
    users["editor"].groups.add(Group.objects.get(name="Editors"))
    users["vetting_officer"] = officer
    users["staff"] = AccountFactory(full_name="Staff Person", superuser=True)
    for role in MFA_ROLES:
        enable_totp(users[role])
    world.users = users


def in_good_standing(user) -> bool:
    """A vetted member whose membership is active (visitors, applicants and staff without a
    member profile are not)."""
    profile = getattr(user, "member_profile", None) if user is not None else None
    return profile is not None and profile.status == "active"


def audiences_of(user, group_a, group_b) -> tuple[set[str], set[str]]:
    """The audiences and staff tools the seeding gave ``user`` (None for a visitor)."""
    audiences = {"public"}
    tools = set()
    if user is None:
        return audiences, tools
    if user.is_superuser:
        audiences |= {"members", "group_a", "group_b", "moderation"}
        tools |= {"pages", "library", "forums", "network"}
    if in_good_standing(user):
        audiences.add("members")
        memberships = set(user.group_memberships.values_list("group_id", flat=True))
        if group_a.pk in memberships:
            audiences.add("group_a")
        if group_b.pk in memberships:
            audiences.add("group_b")
    names = set(user.groups.values_list("name", flat=True))
    if FORUM_MODERATORS in names:
        tools.add("forums")
        if in_good_standing(user):
            audiences.add("moderation")
    if "Editors" in names:
        tools |= {"pages", "library"}
    if "Vetting officers" in names:
        tools.add("network")
    return audiences, tools


def derive_audiences(world: World, group_a, group_b) -> None:
    """Each role's audiences, read back from what the seeding gave each person."""
    for role, user in world.users.items():
        world.audiences[role], world.admin_tools[role] = audiences_of(user, group_a, group_b)


def follow_everything(world: World) -> None:
    """Every signed-in role follows both forums, so a new post notifies whoever may get it."""
    for user in world.users.values():
        if user is not None:
            type(user).objects.filter(pk=user.pk).update(
                forum_email=type(user).ForumEmail.IMMEDIATE
            )
            notifications.follow(user, world.objects["open_forum"])
            notifications.follow(user, world.objects["group_forum"])


def build_world(home) -> World:
    members_group = policy.members_group()
    group_a = NetworkGroupFactory(name="Group A", slug="group-a")
    group_b = NetworkGroupFactory(name="Group B", slug="group-b")
    officer = vetting_officer(full_name="Vetting Officer")
    world = World(users={}, audiences={}, admin_tools={})
    seed_pages(world, home, members_group, group_a)
    seed_library(world, group_a)
    seed_forums(world, group_b)
    seed_people(world, group_a, group_b, officer)
    derive_audiences(world, group_a, group_b)
    follow_everything(world)
    world.objects.update(
        group_a=group_a,
        group_b=group_b,
        organisation=OrganisationFactory(name="Matrix organisation", slug="matrix-org"),
        profile=world.users["member"].member_profile,
        page_restriction=PageViewRestriction.objects.get(page=world.objects["members_practice"]),
        group_membership=world.users["group_a_member"].group_memberships.first(),
        unsubscribe_token=notifications.unsubscribe_token(world.users["member"]),
    )
    for page in Page.objects.filter(pk__in=list(world.restricted_page_ids)):
        world.restricted_page_ids |= set(page.get_descendants().values_list("pk", flat=True))
    return world
