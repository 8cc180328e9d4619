"""The steps of the front-end practice submission form.

Members write plain text; it becomes escaped paragraphs when the page is built, so no markup a
member types ever reaches a reader.
"""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from practices.choices import EvaluationType, PracticeStatus, PreventionLevel, SectionAudience
from practices.models import (
    ActorType,
    Country,
    MonitoringIndicator,
    Stage,
    Standard,
    TargetGroup,
    Theme,
)
from practices.models.practice import SUMMARY_WORDS, count_words

TEXT = {"widget": forms.Textarea(attrs={"rows": 5}), "required": False, "max_length": 10_000}
INDICATOR_COLUMNS = ("indicator", "baseline", "target", "result", "source")


def term_choices(model) -> list[tuple[str, str]]:
    """(slug, name in the reader's language) for every term of a vocabulary."""
    default = Locale.get_default()
    names = dict(
        model.objects.filter(locale__language_code=get_language()).values_list(
            "translation_key", "name"
        )
    )
    return [
        (term.slug, names.get(term.translation_key, term.name))
        for term in model.objects.filter(locale=default)
    ]


class TermsField(forms.MultipleChoiceField):
    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(widget=forms.CheckboxSelectMultiple, required=False, **kwargs)


class StepForm(forms.Form):
    """A step whose vocabulary choices are loaded per request (terms change, languages differ)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, TermsField):
                field.choices = term_choices(field.model)
        if "country" in self.fields:
            self.fields["country"].choices = [("", "—"), *term_choices(Country)]


class BasicsForm(StepForm):
    title = forms.CharField(label=_("Title"), max_length=120, help_text=_("Short and specific."))
    summary = forms.CharField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=2000,
        help_text=_("75 to 100 words: what was done, for whom, with what result."),
    )
    country = forms.ChoiceField(label=_("Country"), required=False)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    location_withheld = forms.BooleanField(
        label=_("Withhold the location (show 'location withheld')"), required=False
    )
    organisation_withheld = forms.BooleanField(
        label=_("Withhold the name of my organisation"), required=False
    )
    start_date = forms.DateField(
        label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end_date = forms.DateField(
        label=_("End date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    became_regular_service = forms.BooleanField(
        label=_("It became a regular service"), required=False
    )
    status = forms.ChoiceField(label=_("Status"), choices=PracticeStatus.choices)
    prevention_level = forms.ChoiceField(
        label=_("Prevention level"), choices=[("", "—"), *PreventionLevel.choices], required=False
    )
    stages = TermsField(Stage, label=_("Stages"))
    target_groups = TermsField(TargetGroup, label=_("Target groups"))
    themes = TermsField(Theme, label=_("Themes"))
    actor_types = TermsField(ActorType, label=_("Actor types involved"))
    reach = forms.IntegerField(label=_("People reached"), min_value=0, required=False)
    reach_note = forms.CharField(label=_("About the reach"), max_length=200, required=False)

    def clean_summary(self):
        summary = self.cleaned_data["summary"]
        words = count_words(summary)
        if not SUMMARY_WORDS[0] <= words <= SUMMARY_WORDS[1]:
            raise forms.ValidationError(
                _("Write between %(low)s and %(high)s words (this has %(count)s)."),
                params={"low": SUMMARY_WORDS[0], "high": SUMMARY_WORDS[1], "count": words},
            )
        return summary

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        if end and cleaned.get("became_regular_service"):
            self.add_error(
                "became_regular_service",
                _("A practice that became a regular service has no end date."),
            )
        return cleaned


class ContextForm(StepForm):
    starting_situation = forms.CharField(label=_("Starting situation"), **TEXT)
    goals = forms.CharField(label=_("Goals"), **TEXT)
    theory_of_change = forms.CharField(label=_("Theory of change"), **TEXT)


class ApproachForm(StepForm):
    activities = forms.CharField(
        label=_("Activities and methods"),
        help_text=_("One activity per paragraph; leave an empty line between them."),
        **TEXT,
    )
    partners = forms.CharField(label=_("Partners and staff roles"), **TEXT)
    funding = forms.CharField(label=_("Funding and resources used"), **TEXT)


class ResultsForm(StepForm):
    results = forms.CharField(
        label=_("Results"),
        help_text=_("Measured and described, including what participants say."),
        **TEXT,
    )
    evaluation_type = forms.ChoiceField(label=_("Evaluation"), choices=EvaluationType.choices)
    indicators = forms.CharField(
        label=_("M&E indicators"),
        help_text=_(
            "One per line: indicator | baseline | target | result | source. "
            "Leave parts empty when unknown."
        ),
        **TEXT,
    )
    successes = forms.CharField(label=_("Successes"), **TEXT)
    failures = forms.CharField(label=_("Failures and side effects"), **TEXT)
    dos_and_donts = forms.CharField(label=_("Dos and don'ts"), **TEXT)

    def clean_indicators(self):
        rows = []
        for number, line in enumerate(self.cleaned_data["indicators"].splitlines(), start=1):
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) > 5 or not parts[0]:
                raise forms.ValidationError(
                    _("Line %(number)s: write 'indicator | baseline | target | result | source'."),
                    params={"number": number},
                )
            for name, part in zip(INDICATOR_COLUMNS, parts, strict=False):
                column = MonitoringIndicator._meta.get_field(name)
                if len(part) > column.max_length:
                    raise forms.ValidationError(
                        _(
                            "Line %(number)s: the %(column)s can be at most %(limit)s characters "
                            "long (it has %(length)s)."
                        ),
                        params={
                            "number": number,
                            "column": column.verbose_name,
                            "limit": column.max_length,
                            "length": len(part),
                        },
                    )
            rows.append(line)
        return "\n".join(rows)


AUDIENCE_CHOICES = [
    (SectionAudience.PUBLIC, _("Everyone")),
    (SectionAudience.MEMBERS, _("Members")),
    (SectionAudience.GROUPS, _("Only the groups chosen below")),
]


class SharingForm(StepForm):
    sustainability = forms.CharField(label=_("Sustainability"), **TEXT)
    transferability = forms.CharField(
        label=_("Transferability"), help_text=_("What would another place need?"), **TEXT
    )
    standards = TermsField(Standard, label=_("Standards referenced"))
    contacts = forms.CharField(
        label=_("Contacts"),
        help_text=_("Roles and organisations only; never a beneficiary's details."),
        **TEXT,
    )
    context_audience = forms.ChoiceField(
        label=_("Who may read the starting situation and goals"), choices=AUDIENCE_CHOICES
    )
    approach_audience = forms.ChoiceField(
        label=_("Who may read the approach"), choices=AUDIENCE_CHOICES
    )
    results_audience = forms.ChoiceField(
        label=_("Who may read the results"), choices=AUDIENCE_CHOICES
    )
    replication_audience = forms.ChoiceField(
        label=_("Who may read sustainability and transferability"), choices=AUDIENCE_CHOICES
    )
    contacts_audience = forms.ChoiceField(
        label=_("Who may read the contacts"), choices=AUDIENCE_CHOICES
    )
    audience_groups = forms.MultipleChoiceField(
        label=_("Groups for group-only sections"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience_groups"].choices = [(group.slug, group.name) for group in groups]

    def clean(self):
        cleaned = super().clean()
        audiences = [value for name, value in cleaned.items() if name.endswith("_audience")]
        if SectionAudience.GROUPS in audiences and not cleaned.get("audience_groups"):
            self.add_error(
                "audience_groups", _("Choose the groups that may read group-only sections.")
            )
        return cleaned
