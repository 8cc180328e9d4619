"""Forms members and applicants fill in; each error is said in words and nothing typed is lost."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from exchange import anonymity
from exchange.uploads import accepted_extensions
from network.attachments import attachments_per_post, max_attachment_bytes, prepare_attachment
from network.choices import WorkingLanguage
from network.forums import MAX_POST_LENGTH, MAX_TITLE_LENGTH
from network.models import MemberProfile, MembershipApplication, Organisation
from practices.models import Theme


class LanguagesField(forms.MultipleChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            choices=WorkingLanguage.choices,
            widget=forms.CheckboxSelectMultiple,
            label=_("Working languages"),
            **kwargs,
        )


class ApplicationForm(forms.ModelForm):
    full_name = forms.CharField(
        label=_("Your full name"),
        max_length=150,
        help_text=_("As other members will see it once you are accepted."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Your organisation"),
        queryset=Organisation.objects.filter(verified=True),
        required=False,
        empty_label=_("— My organisation is not listed —"),
    )
    languages = LanguagesField()

    class Meta:
        model = MembershipApplication
        fields = [
            "organisation",
            "proposed_organisation_name",
            "proposed_organisation_type",
            "job_title",
            "country",
            "city",
            "languages",
            "motivation",
            "voucher_email",
        ]
        widgets = {"motivation": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "proposed_organisation_name": _("Only if your organisation is not in the list above."),
            "voucher_email": _(
                "Optional. We will ask them, never tell you whether they are a member."
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["full_name"].initial = user.full_name
        self.order_fields(["full_name", *self.Meta.fields])

    def clean(self):
        cleaned = super().clean()
        organisation = cleaned.get("organisation")
        name = (cleaned.get("proposed_organisation_name") or "").strip()
        kind = cleaned.get("proposed_organisation_type")
        if organisation and name:
            self.add_error(
                "proposed_organisation_name",
                _("Choose your organisation from the list or propose a new one, not both."),
            )
        elif not organisation and not name:
            self.add_error(
                "organisation", _("Choose your organisation, or propose it below if it is missing.")
            )
        elif name and not kind:
            self.add_error("proposed_organisation_type", _("Say what kind of organisation it is."))
        if self.user.email and cleaned.get("voucher_email", "").lower() == self.user.email.lower():
            self.add_error("voucher_email", _("Someone else has to vouch for you."))
        return cleaned

    def save(self, commit=True):
        application = super().save(commit=False)
        application.applicant = self.user
        self.user.full_name = self.cleaned_data["full_name"]
        self.user.save(update_fields=["full_name"])
        return application


class ProfileForm(forms.ModelForm):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    languages = LanguagesField(required=False)

    class Meta:
        model = MemberProfile
        fields = [
            "job_title",
            "job_title_visibility",
            "organisation_visibility",
            "country",
            "city",
            "location_visibility",
            "languages",
            "languages_visibility",
            "expertise_themes",
            "expertise",
            "expertise_visibility",
        ]
        widgets = {
            "expertise": forms.Textarea(attrs={"rows": 4}),
            "expertise_themes": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].initial = self.instance.user.full_name
        self.fields["expertise_themes"].queryset = Theme.objects.filter(locale=Locale.get_default())
        self.order_fields(["full_name", *self.Meta.fields])

    def save(self, commit=True):
        profile = super().save(commit=commit)
        profile.user.full_name = self.cleaned_data["full_name"]
        profile.user.save(update_fields=["full_name"])
        return profile


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Member's e-mail address"))


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False)
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any language")), *WorkingLanguage.choices],
    )

    theme = forms.ChoiceField(label=_("Expertise"), required=False)

    def __init__(self, *args, countries=(), **kwargs):
        from practices.forms import term_choices

        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Any country")), *countries]
        self.fields["theme"].choices = [("", _("Any theme")), *term_choices(Theme)]


# Forums -------------------------------------------------------------------------------------


ATTACHMENT_ACCEPT = ",".join(f".{extension}" for extension in accepted_extensions())


class ForumTextCheck(anonymity.PersonalDataCheckMixin):
    """The anonymity check for forum forms: each checked field is shown with its flags in place,
    and a box the author ticked stays ticked when the form comes back for another reason."""

    anonymity_checks: list = []
    attached_numbers: list[int] = []

    def check_for(self, name: str) -> anonymity.FieldCheck | None:
        return next((check for check in self.anonymity_checks if check.name == name), None)

    @property
    def anonymity_ticked(self) -> set[str]:
        """The confirmation boxes ticked for exactly the passages shown."""
        if not self.is_bound:
            return set()
        return {
            check.confirm_name
            for check in self.anonymity_checks
            if anonymity.ticked(check, self.data)
        }

    @property
    def text_fields(self) -> list:
        """The visible fields other than the attachments."""
        return [
            field
            for field in self.visible_fields()
            if not field.name.startswith(("attachment_", "description_"))
        ]

    @property
    def checked_text_fields(self) -> list:
        """(bound field, its anonymity check or None), for the template."""
        return [(field, self.check_for(field.name)) for field in self.text_fields]

    def post_confirmations(self, user) -> list[dict]:
        """What the author confirmed, keyed as the post keeps it: a file's description as
        ``attachment_<n>``, n its place among the post's files (the form's numbering skips the
        file inputs left empty)."""
        places = {
            f"description_{number}": f"attachment_{place}"
            for place, number in enumerate(self.attached_numbers, 1)
        }
        records = []
        for record in self.anonymity_confirmations(user):
            field = record["field"]
            if field.startswith("description_"):
                if field not in places:
                    continue
                record = {**record, "field": places[field]}
            records.append(record)
        return records


class PostForm(forms.Form):
    """A post's text; what was typed comes back with every error."""

    source = forms.CharField(
        label=_("Your post"),
        max_length=MAX_POST_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Markdown: *emphasis*, **strong**, > quotation, - lists, links. "
            "Mention a member with @handle."
        ),
    )


class AttachmentsMixin:
    """Up to ``FORUM_ATTACHMENTS_PER_POST`` files, each with a short description; each file is
    checked by its content (``network.attachments``) and refused with a message if it fails.
    A description is checked for personal data only when its file is given."""

    def add_attachment_fields(self) -> None:
        for number in range(1, attachments_per_post() + 1):
            self.fields[f"attachment_{number}"] = forms.FileField(
                label=_("File %(number)s") % {"number": number},
                required=False,
                max_length=None,
                widget=forms.FileInput(attrs={"accept": ATTACHMENT_ACCEPT}),
            )
            self.fields[f"description_{number}"] = forms.CharField(
                label=_("Description of file %(number)s") % {"number": number},
                required=False,
                max_length=200,
                help_text=_("Optional: what it is, for those who cannot see it."),
            )

    @property
    def description_fields(self) -> tuple[str, ...]:
        return tuple(f"description_{number}" for number in range(1, attachments_per_post() + 1))

    @property
    def attachment_rows(self) -> list:
        """(file, description, the description's anonymity check) for the template's
        fieldset."""
        return [
            (
                self[f"attachment_{number}"],
                self[f"description_{number}"],
                self.check_for(f"description_{number}"),
            )
            for number in range(1, attachments_per_post() + 1)
        ]

    @property
    def max_attachment_bytes(self) -> int:
        return max_attachment_bytes()

    @property
    def files_to_choose_again(self) -> bool:
        """Browsers cannot refill a file input: after a refused post, say so."""
        return self.is_bound and bool(self.files) and bool(self.errors)

    def clean(self):
        cleaned = super().clean()
        self.prepared_attachments = []
        self.attached_numbers = []
        for number in range(1, attachments_per_post() + 1):
            uploaded = cleaned.get(f"attachment_{number}")
            description = " ".join((cleaned.get(f"description_{number}") or "").split())
            cleaned[f"description_{number}"] = description if uploaded else ""
            if not uploaded:
                continue
            try:
                self.prepared_attachments.append(prepare_attachment(uploaded, description))
            except forms.ValidationError as error:
                self.add_error(f"attachment_{number}", error)
            else:
                self.attached_numbers.append(number)
        return cleaned


class ReplyForm(ForumTextCheck, AttachmentsMixin, PostForm):
    quote = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_attachment_fields()
        self.anonymity_fields = ("source", *self.description_fields)


class TopicForm(ForumTextCheck, AttachmentsMixin, PostForm):
    title = forms.CharField(label=_("Title"), max_length=MAX_TITLE_LENGTH)
    tags = forms.CharField(
        label=_("Tags"),
        required=False,
        max_length=500,
        help_text=_("Optional, separated by commas."),
    )
    field_order = ["title", "source", "tags"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_attachment_fields()
        self.anonymity_fields = ("title", "source", *self.description_fields)


class EditForm(ForumTextCheck, PostForm):
    """The author's own edit; passages they confirmed when posting are not asked again."""

    reason = forms.CharField(label=_("Why you changed it"), required=False, max_length=500)
    anonymity_fields = ("source",)

    def __init__(self, *args, confirmed=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.anonymity_confirmed = [item for item in confirmed if item.get("field") == "source"]
