import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret, hotp_value

from network import vetting
from network.choices import (
    ApplicationState,
    GroupKind,
    GroupMembershipState,
    GroupRole,
    MemberStatus,
    OrganisationType,
)
from network.models import (
    GroupMembership,
    MemberProfile,
    MembershipApplication,
    NetworkGroup,
    Organisation,
)
from network.roles import VETTING_OFFICERS, ensure_role_groups

from .users import UserFactory


class AccountFactory(UserFactory):
    """A user who has verified their e-mail address: an applicant until vetted."""

    full_name = factory.Faker("name")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationType.MUNICIPALITY
    country = "KZ"
    city = "Aktau"
    verified = True


class MemberProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(AccountFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    job_title = "Social worker"
    country = "KZ"
    city = "Aktau"
    languages = factory.LazyFunction(lambda: ["ru", "kk"])
    status = MemberStatus.ACTIVE

    @factory.post_generation
    def access_groups(self, create, extracted, **kwargs):
        if create:
            vetting.sync_access_groups(self.user)


def member(**profile_fields):
    """A vetted member in good standing; returns the user."""
    return MemberProfileFactory(**profile_fields).user


def vetting_officer(**user_fields):
    officer = AccountFactory(**user_fields)
    officer.groups.add(ensure_role_groups()[VETTING_OFFICERS])
    return officer


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipApplication

    applicant = factory.SubFactory(AccountFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    job_title = "Probation officer"
    country = "KG"
    city = "Osh"
    languages = factory.LazyFunction(lambda: ["ky", "ru"])
    motivation = "I work with returnees after release."
    state = ApplicationState.PENDING


class NetworkGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NetworkGroup

    name = factory.Sequence(lambda n: f"Working group {n}")
    slug = factory.Sequence(lambda n: f"working-group-{n}")
    kind = GroupKind.WORKING_GROUP
    description = "A working group."


def join_group(user, group, role=GroupRole.MEMBER) -> GroupMembership:
    membership = GroupMembership.objects.create(
        group=group, user=user, role=role, state=GroupMembershipState.ACTIVE
    )
    vetting.sync_access_groups(user)
    return membership


def enable_totp(user) -> str:
    """Give ``user`` an active TOTP authenticator; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str, step_offset: int = 0) -> str:
    import time

    counter = int(time.time()) // 30 + step_offset
    return f"{hotp_value(secret, counter):06d}"
