"""Demo people for the network: a vetting officer, members in several organisations, two groups,
an applicant waiting for review, and pages only members or one group may read.

Every step looks up before it creates, so loading twice changes nothing.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, PageViewRestriction

from network import groups as group_service
from network import policy, vetting
from network.choices import GroupKind, GroupMembershipState, GroupRole, OrganisationType
from network.models import GroupMembership, MembershipApplication, NetworkGroup, Organisation, User
from network.roles import VETTING_OFFICERS

DEMO_PASSWORD = "exchange-demo-2026"  # noqa: S105 - documented demo credential, dev only

ORGANISATIONS = [
    (
        "karatau-social-services",
        "Karatau City Social Services",
        OrganisationType.MUNICIPALITY,
        "KZ",
        "Karatau",
    ),
    (
        "northern-prison-service",
        "Northern Region Prison Service",
        OrganisationType.PRISON_SERVICE,
        "KG",
        "Osh",
    ),
    (
        "steppe-womens-network",
        "Steppe Women's Support Network",
        OrganisationType.CIVIL_SOCIETY,
        "KZ",
        "Aktau",
    ),
    (
        "central-probation-office",
        "Central Probation Office",
        OrganisationType.PROBATION_SERVICE,
        "TJ",
        "Dushanbe",
    ),
]

# email, full name, organisation slug, job title, languages
MEMBERS = [
    (
        "officer@practice-exchange.test",
        "Dana Vetting",
        "karatau-social-services",
        "Vetting officer",
        ["en", "ru"],
    ),
    (
        "aigerim@practice-exchange.test",
        "Aigerim Sadykova",
        "karatau-social-services",
        "Family support coordinator",
        ["kk", "ru"],
    ),
    (
        "farid@practice-exchange.test",
        "Farid Usmonov",
        "northern-prison-service",
        "Head of rehabilitation unit",
        ["ky", "ru", "en"],
    ),
    (
        "nadia@practice-exchange.test",
        "Nadia Karimova",
        "steppe-womens-network",
        "Psychosocial support lead",
        ["kk", "ru", "ar"],
    ),
    (
        "rustam@practice-exchange.test",
        "Rustam Nazarov",
        "central-probation-office",
        "Probation officer",
        ["tg", "ru"],
    ),
]

GROUPS = [
    (
        "central-asia-prison-services",
        "Central Asia prison services",
        GroupKind.REGIONAL_NETWORK,
        "Prison and probation services of Central Asia managing returning foreign terrorist "
        "fighters and violent-extremist prisoners.",
        {
            "farid@practice-exchange.test": GroupRole.MANAGER,
            "rustam@practice-exchange.test": GroupRole.MEMBER,
        },
    ),
    (
        "returning-women-and-children",
        "Returning women and children",
        GroupKind.WORKING_GROUP,
        "Rehabilitation and reintegration of women and children returning from conflict zones: "
        "schooling, trauma-informed care, family reunification and community acceptance.",
        {
            "nadia@practice-exchange.test": GroupRole.MANAGER,
            "aigerim@practice-exchange.test": GroupRole.MEMBER,
        },
    ),
]

APPLICANT = ("applicant@practice-exchange.test", "Timur Abenov")


def ensure_account(email: str, full_name: str, **extra) -> User:
    """A user with a verified, primary e-mail address, so they can sign in at once."""
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            username=email.split("@")[0],
            email=email,
            password=DEMO_PASSWORD,
            full_name=full_name,
            **extra,
        )
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def ensure_organisations() -> dict[str, Organisation]:
    organisations = {}
    for slug, name, kind, country, city in ORGANISATIONS:
        organisations[slug], _ = Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "country": country,
                "city": city,
                "verified": True,
            },
        )
    return organisations


def ensure_member(
    user: User, organisation: Organisation, job_title: str, languages, officer
) -> None:
    if policy.member_profile(user) is not None:
        return
    application = MembershipApplication.objects.create(
        applicant=user,
        organisation=organisation,
        job_title=job_title,
        country=organisation.country,
        city=organisation.city,
        languages=languages,
        motivation="Demo member.",
    )
    vetting.approve_application(application, officer)


def ensure_groups(users: dict[str, User]) -> dict[str, NetworkGroup]:
    groups = {}
    for slug, name, kind, description, roles in GROUPS:
        group = NetworkGroup.objects.filter(slug=slug).first() or group_service.create_group(
            name, kind, description, slug=slug
        )
        for email, role in roles.items():
            GroupMembership.objects.get_or_create(
                group=group,
                user=users[email],
                defaults={"role": role, "state": GroupMembershipState.ACTIVE},
            )
            vetting.sync_access_groups(users[email])
        groups[slug] = group
    return groups


def ensure_restricted_page(
    parent: Page, slug: str, title: str, summary: str, text: str, auth_group
) -> None:
    from exchange.home.models import ContentPage

    if parent.get_children().filter(slug=slug).exists():
        return
    page = ContentPage(
        title=title, slug=slug, summary=summary, body=[("paragraph", f"<p>{text}</p>")]
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(auth_group)


@transaction.atomic
def load_network_demo(home: Page, officer_admin: User, report=print) -> None:
    organisations = ensure_organisations()
    users = {}
    for email, name, organisation_slug, job_title, languages in MEMBERS:
        users[email] = ensure_account(email, name)
        ensure_member(
            users[email], organisations[organisation_slug], job_title, languages, officer_admin
        )
    officer = users["officer@practice-exchange.test"]
    officer.groups.add(Group.objects.get(name=VETTING_OFFICERS))
    groups = ensure_groups(users)
    applicant = ensure_account(*APPLICANT)
    if not MembershipApplication.objects.filter(applicant=applicant).exists():
        vetting.save_application(
            MembershipApplication(
                applicant=applicant,
                organisation=organisations["central-probation-office"],
                job_title="Social worker",
                country="TJ",
                city="Khujand",
                languages=["tg", "ru"],
                motivation="I support families of returnees after release and want to learn from "
                "colleagues in other countries.",
            )
        )
    ensure_restricted_page(
        home,
        "members-area",
        "Members' area",
        "Contacts, evaluation reports and case notes for vetted members.",
        "Welcome to the members' area. Contacts, evaluation reports and detailed case notes are "
        "shared here only with vetted members.",
        policy.members_group(),
    )
    ensure_restricted_page(
        home,
        "women-and-children-working-notes",
        "Returning women and children: working notes",
        "The working group's own notes.",
        "Working notes of the Returning women and children group, shared only with its members.",
        groups["returning-women-and-children"].auth_group,
    )
    report(
        f"Network: {len(organisations)} organisations, {len(users)} members, "
        f"{len(groups)} groups, 1 applicant"
    )
    report(f"Demo members sign in with their e-mail and the password {DEMO_PASSWORD}")
