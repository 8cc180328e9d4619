"""Who sees what, on every channel that exists: the access matrix.

Every gated object carries a canary, a string that appears nowhere else on the site. Each cell of
the matrix (one role on one channel) checks the outcome (served, sent to sign in, refused), that
no canary of something the role may not see appears anywhere in the response (body, menu,
headers), that the canaries the role may see are really there, and that gated or personal
responses are never stored by a shared cache.
"""

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Site

from network import policy, vetting
from network.choices import Visibility
from network.groups import remove_from_group
from network.models import GroupMembership
from network.roles import FORUM_MODERATORS, ensure_role_groups
from tests.conftest import sign_in_with_totp
from tests.factories import (
    AccountFactory,
    ApplicationFactory,
    ContentPageFactory,
    HomePageFactory,
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
from tests.factories.users import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

# --- The canaries: one per gated object -------------------------------------------------------
MEMBERS_PAGE = "CANARY-MEMBERS-PAGE-7f3a"
GROUP_A_PAGE = "CANARY-GROUP-A-PAGE-2c9e"
GROUP_B_PAGE = "CANARY-GROUP-B-PAGE-90d1"
MEMBERS_DOCUMENT = "CANARY-MEMBERS-DOCUMENT-51bd"
MEMBER_EXPERTISE = "CANARY-MEMBER-EXPERTISE-8e04"  # a member's expertise, shown to all members
ORGANISATION = "CANARY-ORGANISATION-c4a7"  # an organisation, named only inside the network
GROUP_A_ABOUT = "CANARY-GROUP-A-ABOUT-3b6f"  # group A's description, in the member-only lists
GROUP_A_EXPERTISE = "CANARY-GROUP-A-EXPERTISE-d27e"  # expertise shown only to group A's members

# --- What can be seen: gated things and their canaries ----------------------------------------
GATED = {
    "members_page": (MEMBERS_PAGE,),
    "group_a_page": (GROUP_A_PAGE,),
    "group_b_page": (GROUP_B_PAGE,),
    "members_document": (MEMBERS_DOCUMENT,),
    "member_area": (MEMBER_EXPERTISE, ORGANISATION, GROUP_A_ABOUT),  # directory, groups
    "group_a_profile_fields": (GROUP_A_EXPERTISE,),
    "account": (),  # the signed-in person's own membership pages
    "application": (),  # the application form (not for members: they already are)
    "admin": (),  # the staff tools
}

# --- The expected access: role -> the gated things it may see ---------------------------------
MEMBER_ACCESS = {"account", "member_area", "members_page", "members_document"}
MAY_SEE = {
    "visitor": set(),
    "applicant": {"account", "application"},
    "member": MEMBER_ACCESS,
    "group_member": MEMBER_ACCESS | {"group_a_page", "group_a_profile_fields"},
    "other_group_member": MEMBER_ACCESS | {"group_b_page"},
    "suspended": {"account", "application"},
    "moderator": MEMBER_ACCESS | {"admin"},  # the forum moderation queue is in the admin
    "editor": MEMBER_ACCESS | {"admin"},
    # A superuser passes every page and document restriction by design; the member area is for
    # members, and fields that members share with their groups stay with their groups.
    "staff": {
        "account",
        "application",
        "admin",
        "members_page",
        "members_document",
        "group_a_page",
        "group_b_page",
    },
}
ROLES = list(MAY_SEE)

# --- The channels: channel -> (the gated thing it needs, canaries it shows when allowed) ------
CHANNELS = {
    "home": (None, (MEMBERS_PAGE, GROUP_A_PAGE, GROUP_B_PAGE)),  # listings and menu
    "home_ar": (None, (MEMBERS_PAGE, GROUP_A_PAGE, GROUP_B_PAGE)),
    "home_ru": (None, (MEMBERS_PAGE, GROUP_A_PAGE, GROUP_B_PAGE)),
    "public_page": (None, ()),
    "members_page": ("members_page", (MEMBERS_PAGE,)),
    "members_page_ar": ("members_page", (MEMBERS_PAGE,)),
    "members_page_ru": ("members_page", (MEMBERS_PAGE,)),
    "group_a_page": ("group_a_page", (GROUP_A_PAGE,)),
    "group_a_page_ar": ("group_a_page", (GROUP_A_PAGE,)),
    "group_a_page_ru": ("group_a_page", (GROUP_A_PAGE,)),
    "group_b_page": ("group_b_page", (GROUP_B_PAGE,)),
    "group_b_page_ar": ("group_b_page", (GROUP_B_PAGE,)),  # an alias in the Arabic tree
    "group_b_page_ru": ("group_b_page", (GROUP_B_PAGE,)),
    "members_document": ("members_document", (MEMBERS_DOCUMENT,)),
    "directory": ("member_area", (ORGANISATION,)),
    "directory_ru": ("member_area", (ORGANISATION,)),
    "profile": ("member_area", (MEMBER_EXPERTISE, ORGANISATION)),
    "profile_ar": ("member_area", (MEMBER_EXPERTISE, ORGANISATION)),
    "group_a_peer_profile": ("member_area", (GROUP_A_EXPERTISE,)),
    "own_profile_form": ("member_area", ()),
    "organisation": ("member_area", (ORGANISATION,)),
    "groups": ("member_area", (GROUP_A_ABOUT,)),
    "group_a": ("member_area", (GROUP_A_ABOUT,)),
    "membership": ("account", ()),
    "application": ("application", ()),
    "admin": ("admin", ()),
}

OK, SIGN_IN, REFUSED, TO_MEMBERSHIP = "served", "sent to sign in", "refused", "sent to membership"


def expected_outcome(role: str, channel: str) -> str:
    need = CHANNELS[channel][0]
    if need is None or need in MAY_SEE[role]:
        return OK
    if role == "visitor" or need == "admin":  # Wagtail sends anyone without admin access to sign in
        return SIGN_IN
    if need == "application":  # members have nothing to apply for
        return TO_MEMBERSHIP
    return REFUSED


def is_personal_or_gated(role: str, channel: str) -> bool:
    """Responses that must never be stored by a shared cache.

    Everything a signed-in person gets, and every answer on a channel for gated content. A
    visitor's redirect to sign in from the account pages carries nothing personal.
    """
    return role != "visitor" or CHANNELS[channel][0] not in (None, "account", "application")


def thing_of(canary: str) -> str:
    return next(thing for thing, canaries in GATED.items() if canary in canaries)


def forbidden_canaries(role: str) -> dict[str, str]:
    return {
        canary: thing
        for thing, canaries in GATED.items()
        if thing not in MAY_SEE[role]
        for canary in canaries
    }


# --- Known leaks: (role, channel) -> (what leaks, why); each listed cell is an expected failure
# until it is fixed. Empty: every cell must hold.
KNOWN_LEAKS: dict[tuple[str, str], tuple[str, str]] = {}


def matrix_cells() -> list:
    cells = []
    for role in ROLES:
        for channel in CHANNELS:
            known = KNOWN_LEAKS.get((role, channel))
            marks = [pytest.mark.xfail(strict=True, reason=known[1])] if known else []
            cells.append(pytest.param(role, channel, marks=marks, id=f"{role}-{channel}"))
    return cells


# --- The world: one of each gated object, and one person in each role -------------------------
@dataclass
class World:
    urls: dict[str, str]
    users: dict[str, object]
    group_a: object
    officer: object


def paragraph(text: str):
    return [("paragraph", f"<p>{text}</p>")]


def gated_page(parent, title: str, slug: str, canary: str, *groups):
    page = ContentPageFactory(
        parent=parent,
        title=f"{title} {canary}",
        slug=slug,
        show_in_menus=True,
        summary=f"Summary {canary}",
        body=paragraph(f"Body text {canary}"),
    )
    restrict_page(page, *groups)
    return page


def translated_urls(page, name: str) -> dict[str, str]:
    urls = {name: page.url}
    for language in ("ar", "ru"):
        translation = translate_page(page, language, title=f"{page.title} ({language})")
        urls[f"{name}_{language}"] = translation.url
    return urls


def aliased_urls(page, name: str) -> dict[str, str]:
    """The Arabic and Russian aliases of ``page``."""
    urls = {name: page.url}
    for language in ("ar", "ru"):
        alias = page.get_translation(Locale.objects.get(language_code=language))
        urls[f"{name}_{language}"] = alias.url
    return urls


def members_document(members_group):
    collection = Collection.get_first_root_node().add_child(name="Members' library")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members_group])
    return get_document_model().objects.create(
        title=f"Practice handbook {MEMBERS_DOCUMENT}",
        file=ContentFile(f"Handbook text {MEMBERS_DOCUMENT}\n".encode(), name="handbook.txt"),
        collection=collection,
    )


def make_roles(group_a, group_b, officer) -> dict[str, object]:
    users = {"visitor": None, "applicant": AccountFactory(full_name="Applicant Person")}
    ApplicationFactory(applicant=users["applicant"])
    users["member"] = member(user__full_name="Plain Member")
    users["group_member"] = member(user__full_name="Group A Member")
    join_group(users["group_member"], group_a)
    users["other_group_member"] = member(user__full_name="Group B Member")
    join_group(users["other_group_member"], group_b)
    suspended = MemberProfileFactory(user__full_name="Suspended Member")
    vetting.suspend_member(suspended, officer, reason="Under review")
    users["suspended"] = suspended.user
    users["moderator"] = member(user__full_name="Forum Moderator")
    users["moderator"].groups.add(ensure_role_groups()[FORUM_MODERATORS])
    users["editor"] = member(user__full_name="Site Editor")
    users["editor"].groups.add(Group.objects.get(name="Editors"))
    users["staff"] = AccountFactory(full_name="Staff Person", superuser=True)
    for role in ("moderator", "editor", "staff"):
        enable_totp(users[role])
    return users


def make_home_pages() -> dict:
    """The default site's home page in English, Arabic and Russian (as tests/conftest.py)."""
    home = HomePageFactory(title="Practice Exchange", intro="<p>Welcome, practitioners.</p>")
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    return {
        "en": home,
        "ar": translate_page(home, "ar", title="تبادل الممارسات"),
        "ru": translate_page(home, "ru", title="Обмен практиками"),
    }


def build_world() -> World:
    home = make_home_pages()["en"]
    members_group = policy.members_group()
    group_a = NetworkGroupFactory(name="Group A", slug="group-a", description=GROUP_A_ABOUT)
    group_b = NetworkGroupFactory(name="Group B", slug="group-b", description="Group B.")
    officer = vetting_officer(full_name="Vetting Officer")

    public_page = ContentPageFactory(
        parent=home, title="Public guidance", slug="guidance", show_in_menus=True
    )
    members_page = gated_page(home, "Handbook", "handbook", MEMBERS_PAGE, members_group)
    group_a_page = gated_page(home, "A notes", "a-notes", GROUP_A_PAGE, group_a.auth_group)
    # Group B's page gets Arabic and Russian aliases (an editor's "create alias" into another
    # language), and only then is privacy set on the original.
    group_b_page = ContentPageFactory(
        parent=home,
        title=f"B notes {GROUP_B_PAGE}",
        slug="b-notes",
        show_in_menus=True,
        body=paragraph(f"Body text {GROUP_B_PAGE}"),
    )
    for language in ("ar", "ru"):
        group_b_page.copy_for_translation(
            Locale.objects.get(language_code=language), copy_parents=True, alias=True
        )
    restrict_page(group_b_page, group_b.auth_group)
    document = members_document(members_group)

    subject = MemberProfileFactory(
        user__full_name="Directory Subject",
        # Not yet verified by staff, so not offered to applicants in the application form.
        organisation=OrganisationFactory(
            name=ORGANISATION, slug="canary-organisation", verified=False
        ),
        expertise=MEMBER_EXPERTISE,
        expertise_visibility=Visibility.MEMBERS,
    )
    peer = MemberProfileFactory(
        user__full_name="Group A Peer",
        expertise=GROUP_A_EXPERTISE,
        expertise_visibility=Visibility.GROUPS,
    )
    join_group(peer.user, group_a)

    urls = {
        "home": "/en/",
        "home_ar": "/ar/",
        "home_ru": "/ru/",
        "public_page": public_page.url,
        **translated_urls(members_page, "members_page"),
        **translated_urls(group_a_page, "group_a_page"),
        **aliased_urls(group_b_page, "group_b_page"),
        "members_document": reverse("wagtaildocs_serve", args=[document.id, document.filename]),
        "directory": "/en/members/",
        "directory_ru": "/ru/members/",
        "profile": f"/en/members/{subject.pk}/",
        "profile_ar": f"/ar/members/{subject.pk}/",
        "group_a_peer_profile": f"/en/members/{peer.pk}/",
        "own_profile_form": "/en/members/me/",
        "organisation": "/en/organisations/canary-organisation/",
        "groups": "/en/groups/",
        "group_a": "/en/groups/group-a/",
        "membership": "/en/membership/",
        "application": "/en/membership/application/",
        "admin": "/admin/",
    }
    assert set(urls) == set(CHANNELS)
    return World(
        urls=urls,
        users=make_roles(group_a, group_b, officer),
        group_a=group_a,
        officer=officer,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for the module inside a transaction that is rolled back afterwards.

    Each test still runs in its own savepoint (pytestmark), so what one test changes (a
    removal, a suspension, a session) is gone before the next.
    """
    media = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media),
        transaction.atomic(),
    ):
        yield build_world()
        transaction.set_rollback(True)


# --- Reading responses ------------------------------------------------------------------------
def everything_in(response) -> str:
    """The body (streamed files included) and every header, as one string to search."""
    # Reading a streamed file to its end closes it; closing it again would end the request twice.
    body = b"".join(response.streaming_content) if response.streaming else response.content
    headers = "\n".join(f"{name}: {value}" for name, value in response.items())
    return headers + "\n" + body.decode(errors="replace")


def outcome_of(response, url: str) -> str:
    if response.status_code == 200:
        return OK
    if response.status_code == 403:
        return REFUSED
    if response.status_code == 302:
        location = urlsplit(response["Location"])
        if location.path.endswith("/accounts/login/"):
            assert parse_qs(location.query)["next"] == [url], "sign-in must lead back"
            return SIGN_IN
        if location.path == reverse("network:dashboard"):
            return TO_MEMBERSHIP
    return f"{response.status_code} {response.get('Location', '')}"


def signed_in_client(client, world: World, role: str):
    user = world.users[role]
    if user is None:
        return client
    if role in ("moderator", "editor", "staff"):
        sign_in_with_totp(client, user)  # their tools need a session that used the second factor
    else:
        client.force_login(user)
    return client


# --- The matrix -------------------------------------------------------------------------------
@pytest.mark.parametrize(("role", "channel"), matrix_cells())
def test_access_matrix(client, world, role, channel):
    client = signed_in_client(client, world, role)
    url = world.urls[channel]

    response = client.get(url)
    seen = everything_in(response)

    assert outcome_of(response, url) == expected_outcome(role, channel)
    leaked = {c: thing for c, thing in forbidden_canaries(role).items() if c in seen}
    assert not leaked, f"{role} sees on {channel} ({url}) what it may not: {leaked}"
    if response.status_code == 200:
        for canary in CHANNELS[channel][1]:
            if thing_of(canary) in MAY_SEE[role]:
                assert canary in seen, f"{role} should see {thing_of(canary)} on {channel}"
    if is_personal_or_gated(role, channel):
        cache_control = response.get("Cache-Control", "")
        assert "private" in cache_control, f"{channel}: {cache_control!r}"
        assert "no-store" in cache_control, f"{channel}: {cache_control!r}"


@pytest.mark.parametrize("role", ROLES)
def test_no_channel_shows_a_role_what_it_may_not_see(client, world, role):
    """One sweep per role over every channel, so a leak anywhere names the role."""
    client = signed_in_client(client, world, role)
    forbidden = forbidden_canaries(role)
    leaks = []
    for channel, url in world.urls.items():
        known = KNOWN_LEAKS.get((role, channel), ("",))[0]
        seen = everything_in(client.get(url))
        leaks += [
            (channel, thing)
            for canary, thing in forbidden.items()
            if canary in seen and thing != known
        ]
    assert not leaks, f"{role} sees what it may not: {leaks}"


# --- Changes take effect on the next request --------------------------------------------------
def test_member_removed_from_group_loses_its_page_on_the_next_request(client, world):
    user = world.users["group_member"]
    client.force_login(user)
    assert client.get(world.urls["group_a_page"]).status_code == 200
    assert GROUP_A_PAGE in client.get("/en/").content.decode()

    membership = GroupMembership.objects.get(user=user, group=world.group_a)
    remove_from_group(membership, world.officer, reason="Moved to another post")

    response = client.get(world.urls["group_a_page"])
    assert response.status_code == 403
    for channel in ("group_a_page", "group_a_page_ar", "home", "home_ru", "group_a_peer_profile"):
        seen = everything_in(client.get(world.urls[channel]))
        assert GROUP_A_PAGE not in seen, channel
        assert GROUP_A_EXPERTISE not in seen, channel
    assert client.get(world.urls["members_page"]).status_code == 200  # still a member


def test_suspension_ends_the_members_open_session(client, world):
    user = member(user__full_name="About To Be Suspended")
    client.force_login(user)
    assert client.get(world.urls["members_page"]).status_code == 200

    vetting.suspend_member(user.member_profile, world.officer, reason="Under review")

    url = world.urls["members_page"]
    response = client.get(url)
    assert outcome_of(response, url) == SIGN_IN
    assert MEMBERS_PAGE not in everything_in(response)
    assert outcome_of(client.get("/en/membership/"), "/en/membership/") == SIGN_IN


# --- There is one sign-in page ----------------------------------------------------------------
def test_a_password_alone_does_not_open_the_staff_tools(client, world):
    staff = world.users["staff"]  # has TOTP: the admin must need the code

    client.post("/en/_util/login/", {"username": staff.email, "password": DEFAULT_PASSWORD})

    assert client.get("/admin/").status_code != 200
    assert "_auth_user_id" not in client.session


def test_an_unverified_account_cannot_sign_in_through_another_page(client, world):
    account = UserFactory(email="unverified@example.org")  # signed up, link not yet followed
    EmailAddress.objects.create(user=account, email=account.email, verified=False, primary=True)

    client.post("/en/_util/login/", {"username": account.email, "password": DEFAULT_PASSWORD})

    assert outcome_of(client.get("/en/membership/"), "/en/membership/") == SIGN_IN
