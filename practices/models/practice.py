"""The practice write-up: structured so that another city or prison service can compare,
trust and replicate it, with each detailed section carrying its own audience."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from exchange.blocks import RICH_TEXT_FEATURES
from practices.blocks import ActivitiesBlock
from practices.choices import (
    EvaluationType,
    PracticeStatus,
    PreventionLevel,
    ReviewLabel,
    SectionAudience,
)

SUMMARY_WORDS = (75, 100)
#: The practice's narrative rich-text fields, in the order of the write-up.
NARRATIVE_FIELDS: tuple[str, ...] = (
    "starting_situation",
    "goals",
    "theory_of_change",
    "partners",
    "funding",
    "results",
    "successes",
    "failures",
    "dos_and_donts",
    "sustainability",
    "transferability",
    "contacts",
)
# Paths under the listing pages that belong to views (feeds, submissions), not to child pages.
RESERVED_SLUGS = {"feed", "submissions"}


def refuse_reserved_slug(page) -> None:
    if page.slug in RESERVED_SLUGS:
        raise ValidationError({"slug": _("This address is reserved; choose another slug.")})


# Each gated section: (key, label, fields shown in it). Its audience field is "<key>_audience".
SECTIONS = [
    (
        "context",
        _("Starting situation and goals"),
        ["starting_situation", "goals", "theory_of_change"],
    ),
    ("approach", _("Approach"), ["activities", "partners", "funding"]),
    (
        "results",
        _("Results and evaluation"),
        ["results", "indicators", "successes", "failures", "dos_and_donts"],
    ),
    ("replication", _("Sustainability and transferability"), ["sustainability", "transferability"]),
    ("contacts", _("Contacts"), ["contacts"]),
    ("attachments", _("Attachments and evaluation reports"), ["attachments"]),
]
DEFAULT_AUDIENCES = {
    "context": SectionAudience.PUBLIC,
    "approach": SectionAudience.MEMBERS,
    "results": SectionAudience.MEMBERS,
    "replication": SectionAudience.PUBLIC,
    "contacts": SectionAudience.MEMBERS,
    "attachments": SectionAudience.MEMBERS,
}


def rich_text(label, help_text=""):
    return RichTextField(label, features=RICH_TEXT_FEATURES, blank=True, help_text=help_text)


def audience_field(section):
    return models.CharField(
        _("who may read this section"),
        max_length=10,
        choices=SectionAudience.choices,
        default=DEFAULT_AUDIENCES[section],
    )


def count_words(text: str) -> int:
    return len(text.split())


class PracticeIndexPage(Page):
    """Browse practices with filters; its template and view live in practices/browse.py."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice index")
        verbose_name_plural = _("practice indexes")

    def get_context(self, request, *args, **kwargs):
        from practices.browse import practice_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_listing(self, request))
        return context


class PracticePage(Page):
    summary = models.TextField(
        _("summary"),
        help_text=_("75 to 100 words, shown in listings and to everyone."),
    )
    # Key facts (always as public as the page itself)
    country = models.ForeignKey(
        "practices.Country",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    location_withheld = models.BooleanField(
        _("location withheld"), default=False, help_text=_("Show 'location withheld' instead.")
    )
    organisation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("owning organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="practices",
    )
    organisation_withheld = models.BooleanField(_("organisation withheld"), default=False)
    actor_types = ParentalManyToManyField(
        "practices.ActorType", verbose_name=_("actor types involved"), blank=True
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    became_regular_service = models.BooleanField(_("became a regular service"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=PracticeStatus.choices, default=PracticeStatus.ONGOING
    )
    stages = ParentalManyToManyField("practices.Stage", verbose_name=_("stages"), blank=True)
    prevention_level = models.CharField(
        _("prevention level"), max_length=10, choices=PreventionLevel.choices, blank=True
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup", verbose_name=_("target groups"), blank=True
    )
    reach = models.PositiveIntegerField(_("people reached"), null=True, blank=True)
    reach_note = models.CharField(_("about the reach"), max_length=200, blank=True)
    themes = ParentalManyToManyField("practices.Theme", verbose_name=_("themes"), blank=True)
    standards = ParentalManyToManyField(
        "practices.Standard", verbose_name=_("standards referenced"), blank=True
    )
    evaluation_type = models.CharField(
        _("evaluation"), max_length=25, choices=EvaluationType.choices, default=EvaluationType.NONE
    )
    review_label = models.CharField(
        _("review"), max_length=20, choices=ReviewLabel.choices, default=ReviewLabel.SUBMITTED
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    adapted_from = models.ForeignKey(
        "self",
        verbose_name=_("adapts this practice"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adaptations",
    )
    adaptation_notes = models.TextField(_("what was changed in the adaptation"), blank=True)

    # Sections
    starting_situation = rich_text(_("starting situation"))
    goals = rich_text(_("goals"))
    theory_of_change = rich_text(_("theory of change"))
    activities = StreamField(
        ActivitiesBlock(), verbose_name=_("activities and methods"), blank=True
    )
    partners = rich_text(_("partners and staff roles"))
    funding = rich_text(_("funding and resources used"))
    results = rich_text(_("results"), _("Measured and described, including what participants say."))
    successes = rich_text(_("successes"))
    failures = rich_text(_("failures and side effects"))
    dos_and_donts = rich_text(_("dos and don'ts"))
    sustainability = rich_text(_("sustainability"))
    transferability = rich_text(_("transferability"), _("What another place would need."))
    contacts = rich_text(_("contacts"))

    context_audience = audience_field("context")
    approach_audience = audience_field("approach")
    results_audience = audience_field("results")
    replication_audience = audience_field("replication")
    contacts_audience = audience_field("contacts")
    attachments_audience = audience_field("attachments")
    audience_groups = ParentalManyToManyField(
        "network.NetworkGroup",
        verbose_name=_("groups for group-only sections"),
        blank=True,
        related_name="+",
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.FilterField("status"),
        index.FilterField("evaluation_type"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldPanel("location_withheld"),
                FieldRowPanel([FieldPanel("organisation"), FieldPanel("organisation_withheld")]),
                FieldPanel("actor_types"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("became_regular_service"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("prevention_level")]),
                FieldPanel("stages"),
                FieldPanel("target_groups"),
                FieldRowPanel([FieldPanel("reach"), FieldPanel("reach_note")]),
                FieldPanel("themes"),
                FieldPanel("standards"),
            ],
            heading=_("Key facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("context_audience"),
                FieldPanel("starting_situation"),
                FieldPanel("goals"),
                FieldPanel("theory_of_change"),
            ],
            heading=_("Starting situation and goals"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("approach_audience"),
                FieldPanel("activities"),
                FieldPanel("partners"),
                FieldPanel("funding"),
            ],
            heading=_("Approach"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("results_audience"),
                FieldPanel("results"),
                FieldPanel("evaluation_type"),
                InlinePanel("indicators", label=_("M&E indicators")),
                FieldPanel("successes"),
                FieldPanel("failures"),
                FieldPanel("dos_and_donts"),
            ],
            heading=_("Results and evaluation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("replication_audience"),
                FieldPanel("sustainability"),
                FieldPanel("transferability"),
                FieldPanel("adapted_from"),
                FieldPanel("adaptation_notes"),
            ],
            heading=_("Sustainability and transferability"),
        ),
        MultiFieldPanel(
            [FieldPanel("contacts_audience"), FieldPanel("contacts")], heading=_("Contacts")
        ),
        MultiFieldPanel(
            [
                FieldPanel("attachments_audience"),
                InlinePanel("attachments", label=_("Attachments")),
            ],
            heading=_("Attachments and evaluation reports"),
        ),
        FieldPanel("audience_groups"),
        MultiFieldPanel(
            [
                FieldPanel("review_label"),
                FieldRowPanel([FieldPanel("reviewed_by"), FieldPanel("last_reviewed")]),
            ],
            heading=_("Review"),
        ),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def clean(self):
        super().clean()
        refuse_reserved_slug(self)
        errors = {}
        words = count_words(self.summary or "")
        if not SUMMARY_WORDS[0] <= words <= SUMMARY_WORDS[1]:
            errors["summary"] = _(
                "Write between %(low)s and %(high)s words (this has %(count)s)."
            ) % {"low": SUMMARY_WORDS[0], "high": SUMMARY_WORDS[1], "count": words}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        if self.end_date and self.became_regular_service:
            errors["became_regular_service"] = _(
                "A practice that became a regular service has no end date."
            )
        uses_groups = any(
            getattr(self, f"{section[0]}_audience") == SectionAudience.GROUPS
            for section in SECTIONS
        )
        if uses_groups and not list(self.audience_groups.all()):
            errors["audience_groups"] = _("Choose the groups that may read group-only sections.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from network import policy
        from practices.sections import sections_for

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = sections_for(request.user, self)
        context["adaptations"] = policy.visible_pages(self.adaptations.live(), request.user)
        context["can_discuss"] = policy.is_member(request.user)
        return context


class MonitoringIndicator(Orderable):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="indicators")
    indicator = models.CharField(_("indicator"), max_length=250)
    baseline = models.CharField(_("baseline"), max_length=100, blank=True)
    target = models.CharField(_("target"), max_length=100, blank=True)
    result = models.CharField(_("result"), max_length=100, blank=True)
    source = models.CharField(_("source"), max_length=250, blank=True)
    measured_on = models.DateField(_("date"), null=True, blank=True)

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("baseline"), FieldPanel("target"), FieldPanel("result")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("measured_on")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("M&E indicator")
        verbose_name_plural = _("M&E indicators")


class PracticeAttachment(Orderable):
    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=250, blank=True)
    is_evaluation_report = models.BooleanField(_("evaluation report"), default=False)

    panels = [FieldPanel("document"), FieldPanel("title"), FieldPanel("is_evaluation_report")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.title or self.document.title
