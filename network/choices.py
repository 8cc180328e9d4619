"""Fixed vocabularies of the network: changing one is a code change, not an editorial one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    PRISON_SERVICE = "prison_service", _("Prison service")
    PROBATION_SERVICE = "probation_service", _("Probation service")
    POLICE = "police", _("Police")
    HEALTH_SERVICE = "health_service", _("Health service")
    EDUCATION = "education", _("Education")
    SOCIAL_SERVICES = "social_services", _("Social services")
    CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")
    RELIGIOUS_INSTITUTION = "religious_institution", _("Religious institution")
    RESEARCH = "research", _("Research")
    INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")


class WorkingLanguage(models.TextChoices):
    ARABIC = "ar", _("Arabic")
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")
    KAZAKH = "kk", _("Kazakh")
    KYRGYZ = "ky", _("Kyrgyz")
    TAJIK = "tg", _("Tajik")
    UZBEK = "uz", _("Uzbek")
    TURKMEN = "tk", _("Turkmen")
    KURDISH = "ku", _("Kurdish")
    PERSIAN = "fa", _("Persian")
    TURKISH = "tr", _("Turkish")
    URDU = "ur", _("Urdu")
    FRENCH = "fr", _("French")
    GERMAN = "de", _("German")
    SPANISH = "es", _("Spanish")
    BOSNIAN = "bs", _("Bosnian")
    ALBANIAN = "sq", _("Albanian")
    SOMALI = "so", _("Somali")
    SWAHILI = "sw", _("Swahili")
    INDONESIAN = "id", _("Indonesian")
    MALAY = "ms", _("Malay")


class Visibility(models.TextChoices):
    MEMBERS = "members", _("All members")
    GROUPS = "groups", _("Members of my groups")
    NOBODY = "nobody", _("Nobody")


class ApplicationState(models.TextChoices):
    PENDING = "pending", _("Pending review")
    MORE_INFORMATION = "more_information", _("More information requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class MemberStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    REMOVED = "removed", _("Removed")


class GroupKind(models.TextChoices):
    REGIONAL_NETWORK = "regional_network", _("Regional network")
    WORKING_GROUP = "working_group", _("Working group")


class GroupRole(models.TextChoices):
    MEMBER = "member", _("Member")
    MANAGER = "manager", _("Manager")


class GroupMembershipState(models.TextChoices):
    REQUESTED = "requested", _("Requested")
    INVITED = "invited", _("Invited")
    ACTIVE = "active", _("Active")


class ForumAudience(models.TextChoices):
    MEMBERS = "members", _("All members")
    GROUPS = "groups", _("Members of the chosen groups")


class PostState(models.TextChoices):
    PUBLISHED = "published", _("Published")
    PENDING = "pending", _("Waiting for a moderator")
    REJECTED = "rejected", _("Rejected")
    HIDDEN = "hidden", _("Hidden by a moderator")
