"""Fixed vocabularies of practice write-ups (the editable ones are taxonomy snippets)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PracticeStatus(models.TextChoices):
    PILOT = "pilot", _("Pilot")
    ONGOING = "ongoing", _("Ongoing")
    ENDED = "ended", _("Ended")
    ARCHIVED = "archived", _("Archived")


class PreventionLevel(models.TextChoices):
    PRIMARY = "primary", _("Primary")
    SECONDARY = "secondary", _("Secondary")
    TERTIARY = "tertiary", _("Tertiary")


class EvaluationType(models.TextChoices):
    NONE = "none", _("None")
    INTERNAL_MONITORING = "internal_monitoring", _("Internal monitoring")
    INTERNAL_EVALUATION = "internal_evaluation", _("Internal evaluation")
    INDEPENDENT_EVALUATION = "independent_evaluation", _("Independent evaluation")


class ReviewLabel(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("review label", "Submitted")
    EDITOR_REVIEWED = "editor_reviewed", _("Editor-reviewed")
    PEER_REVIEWED = "peer_reviewed", _("Peer-reviewed")


class SectionAudience(models.TextChoices):
    """Who may read one section of a practice (on top of the page's own privacy)."""

    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("Members")
    GROUPS = "groups", _("Members of the chosen groups")


class ResourceType(models.TextChoices):
    PUBLICATION = "publication", _("Publication")
    GUIDANCE = "guidance", _("Guidance")
    TOOL = "tool", _("Tool")
    TRAINING = "training", _("Training material")
    WEBINAR_SUMMARY = "webinar_summary", _("Webinar summary")


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")
