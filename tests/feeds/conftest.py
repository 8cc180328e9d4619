"""A small public corpus with gated pages and gated sections, each gated thing with a canary."""

from dataclasses import dataclass

import pytest

from network import policy
from practices.choices import ReviewLabel, SectionAudience
from practices.models import PracticePage, ResourcePage
from tests.factories import restrict_page, translate_page
from tests.factories.resources import (
    PracticeIndexPageFactory,
    PracticePageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    summary,
    theme,
)

MEMBERS_PRACTICE = "CANARY-MEMBERS-PRACTICE-5d2c"
MEMBERS_RESOURCE = "CANARY-MEMBERS-RESOURCE-77e0"
GATED_INDEX_PRACTICE = "CANARY-GATED-INDEX-PRACTICE-1f08"  # under a members-only index
MEMBERS_SECTION = "CANARY-MEMBERS-SECTION-e91f"  # the members-only results of a public practice
PUBLIC_SECTION = "CANARY-PUBLIC-SECTION-3a4b"  # a public section: on the page, not in feeds
WITHHELD_CITY = "CANARY-WITHHELD-CITY-6b17"  # the city of a practice whose location is withheld
CANARIES = (
    MEMBERS_PRACTICE,
    MEMBERS_RESOURCE,
    GATED_INDEX_PRACTICE,
    MEMBERS_SECTION,
    PUBLIC_SECTION,
    WITHHELD_CITY,
)


@dataclass
class Corpus:
    public_practice: PracticePage
    withheld_practice: PracticePage
    members_practice: PracticePage
    gated_index_practice: PracticePage
    russian_practice: PracticePage
    public_resource: ResourcePage
    members_resource: ResourcePage


@pytest.fixture
def practice_index(home_pages):
    return PracticeIndexPageFactory(parent=home_pages["en"])


@pytest.fixture
def library(home_pages):
    return ResourceIndexPageFactory(parent=home_pages["en"])


@pytest.fixture
def corpus(home_pages, practice_index, library) -> Corpus:
    members = policy.members_group()
    reintegration = theme("reintegration", "Reintegration")
    public_practice = PracticePageFactory(
        parent=practice_index,
        title="Aktau mentoring centre",
        slug="aktau-mentoring",
        summary=summary("Mentors meet returnees every week in Aktau."),
        city="Aktau",
        review_label=ReviewLabel.PEER_REVIEWED,
        themes=[reintegration],
        starting_situation=f"<p>Where we began. {PUBLIC_SECTION}</p>",
        context_audience=SectionAudience.PUBLIC,
        results=f"<p>What we measured. {MEMBERS_SECTION}</p>",
        results_audience=SectionAudience.MEMBERS,
    )
    withheld_practice = PracticePageFactory(
        parent=practice_index,
        title="Family mediation in a small town",
        slug="family-mediation",
        city=WITHHELD_CITY,
        location_withheld=True,
    )
    members_practice = PracticePageFactory(
        parent=practice_index, title=f"Prison workshop {MEMBERS_PRACTICE}", slug="workshop"
    )
    restrict_page(members_practice, members)
    gated_index = PracticeIndexPageFactory(
        parent=home_pages["ar"], title="Internal practices", slug="internal"
    )
    restrict_page(gated_index, members)
    gated_index_practice = PracticePageFactory(
        parent=gated_index, title=f"Internal {GATED_INDEX_PRACTICE}", slug="internal-practice"
    )
    russian_index = translate_page(practice_index, "ru", title="Практики")
    russian_practice = PracticePageFactory(
        parent=russian_index, title="Наставники в Актау", slug="aktau-ru"
    )
    public_resource = ResourcePageFactory(
        parent=library, title="Mentoring toolkit", summary="How to start a mentoring scheme."
    )
    members_resource = ResourcePageFactory(parent=library, title=f"Handbook {MEMBERS_RESOURCE}")
    restrict_page(members_resource, members)
    return Corpus(
        public_practice=public_practice,
        withheld_practice=withheld_practice,
        members_practice=members_practice,
        gated_index_practice=gated_index_practice,
        russian_practice=russian_practice,
        public_resource=public_resource,
        members_resource=members_resource,
    )
