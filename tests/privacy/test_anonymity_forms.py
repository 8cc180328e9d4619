"""A form that must pass the anonymity check before it is accepted (as forum posts will) refuses
flagged text until the author edits it or confirms the passages they were shown."""

import pytest
from django import forms

from exchange.anonymity import PersonalDataCheckMixin
from tests.factories import AccountFactory

pytestmark = pytest.mark.django_db

TEXT = "You can reach Fatima Yusupova on +7 701 123 45 67."


class PostForm(PersonalDataCheckMixin, forms.Form):
    source = forms.CharField(label="Your post")
    anonymity_fields = ("source",)


def test_flagged_text_is_refused_with_the_passages_to_show_in_place():
    form = PostForm({"source": TEXT})

    assert not form.is_valid()
    assert form.errors["__all__"] == [
        "Some passages may identify a person. Edit them, or confirm that they are not personal "
        "data about a beneficiary."
    ]
    [check] = form.anonymity_unconfirmed
    assert check.label == "Your post"
    assert [str(item.html).count("<mark>") for item in check.unresolved] == [1, 1]


def test_ticking_the_box_shown_with_the_passages_accepts_the_text_as_typed():
    shown = PostForm({"source": TEXT})
    shown.is_valid()
    [check] = shown.anonymity_checks
    author = AccountFactory(full_name="Nadia Karimova")

    form = PostForm({"source": TEXT, check.confirm_name: check.confirm_value})

    assert form.is_valid()
    assert form.cleaned_data["source"] == TEXT
    records = form.anonymity_confirmations(author)
    assert [(record["kind"], record["excerpt"]) for record in records] == [
        ("personal_name", "Fatima Yusupova"),
        ("phone", "+7 701 123 45 67"),
    ]
    assert {(record["by"], record["by_name"]) for record in records} == {
        (author.pk, "Nadia Karimova")
    }


def test_a_box_ticked_for_other_passages_confirms_nothing():
    shown = PostForm({"source": TEXT})
    shown.is_valid()
    [check] = shown.anonymity_checks

    form = PostForm(
        {"source": TEXT + " Write to fatima@example.org", check.confirm_name: check.confirm_value}
    )

    assert not form.is_valid()


def test_text_without_personal_data_passes_untouched():
    form = PostForm({"source": "Home visits worked best in the first month."})

    assert form.is_valid()
    assert form.anonymity_checks == []
