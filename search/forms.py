"""The search form: what was typed comes back as it was, with any error beside it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from search.backends.base import SORT_DATE, SORT_RELEVANCE
from search.service import MAX_TEXT_LENGTH

SORT_CHOICES = [(SORT_RELEVANCE, _("Best match")), (SORT_DATE, _("Newest first"))]


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        max_length=MAX_TEXT_LENGTH,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, required=False)

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())
