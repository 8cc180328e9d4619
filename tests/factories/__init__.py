from .network import (
    AccountFactory,
    ApplicationFactory,
    MemberProfileFactory,
    NetworkGroupFactory,
    OrganisationFactory,
    enable_totp,
    join_group,
    member,
    totp_code,
    vetting_officer,
)
from .pages import ContentPageFactory, HomePageFactory, restrict_page, translate_page
from .users import UserFactory

__all__ = [
    "AccountFactory",
    "ApplicationFactory",
    "ContentPageFactory",
    "HomePageFactory",
    "MemberProfileFactory",
    "NetworkGroupFactory",
    "OrganisationFactory",
    "UserFactory",
    "enable_totp",
    "join_group",
    "member",
    "restrict_page",
    "totp_code",
    "translate_page",
    "vetting_officer",
]
