import datetime

import pytest
from django.core.exceptions import ValidationError

from practices.choices import SectionAudience
from practices.models import PracticePage
from tests.factories import NetworkGroupFactory
from tests.factories.practices import words

pytestmark = pytest.mark.django_db


def errors_of(page: PracticePage) -> dict:
    try:
        page.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


def practice(**fields) -> PracticePage:
    return PracticePage(
        **{"title": "Aktau centre", "slug": "aktau", "summary": words(80), **fields}
    )


@pytest.mark.parametrize(("count", "valid"), [(74, False), (75, True), (100, True), (101, False)])
def test_summary_must_be_75_to_100_words(count, valid):
    errors = errors_of(practice(summary=words(count)))

    assert ("summary" not in errors) is valid
    if not valid:
        assert f"(this has {count})" in errors["summary"][0]


def test_end_date_cannot_precede_start_date():
    errors = errors_of(
        practice(start_date=datetime.date(2022, 5, 1), end_date=datetime.date(2021, 1, 1))
    )

    assert errors["end_date"] == ["The end date is before the start date."]


def test_a_regular_service_has_no_end_date():
    errors = errors_of(practice(became_regular_service=True, end_date=datetime.date(2023, 1, 1)))

    assert "became_regular_service" in errors


def test_group_only_sections_need_groups():
    page = practice(contacts_audience=SectionAudience.GROUPS)

    assert "audience_groups" in errors_of(page)

    page.audience_groups.set([NetworkGroupFactory()])
    assert "audience_groups" not in errors_of(page)


def test_detail_sections_default_to_members_and_context_to_everyone():
    page = practice()

    assert page.context_audience == SectionAudience.PUBLIC
    assert page.approach_audience == SectionAudience.MEMBERS
    assert page.results_audience == SectionAudience.MEMBERS
    assert page.contacts_audience == SectionAudience.MEMBERS
    assert page.attachments_audience == SectionAudience.MEMBERS


@pytest.mark.parametrize("slug", ["feed", "submissions"])
def test_addresses_used_by_feeds_and_submissions_cannot_be_page_slugs(slug):
    assert "slug" in errors_of(practice(slug=slug))
