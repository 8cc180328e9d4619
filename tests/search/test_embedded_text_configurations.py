"""On PostgreSQL the embedded backend stems each language with its own text search configuration
(english, russian; simple for Arabic and the rest); SQLite's FTS5 matches words as written."""

import pytest
from django.db import connection

from search.backends.embedded import EmbeddedBackend
from tests.search.builders import ask, doc

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="text search configurations are PostgreSQL's"
)


@pytest.fixture
def backend(db):
    backend = EmbeddedBackend()
    backend.index(
        [
            doc("page:1", "Risk assessment tools", "Assessing the needs of prisoners."),
            doc("page:2", "Реабилитация женщин", "Программа реабилитации.", language="ru"),
            doc("page:3", "Staff training", "Trainers visit the prisons."),
        ]
    )
    return backend


def test_an_english_query_finds_other_forms_of_its_words(backend):
    assert ask(backend, "assessments")[0] == ["page:1"]
    assert ask(backend, "trainer")[0] == ["page:3"]


def test_a_russian_query_finds_other_forms_of_its_words(backend):
    assert ask(backend, "реабилитацию")[0] == ["page:2"]


def test_capitals_do_not_matter_in_any_alphabet(backend):
    assert ask(backend, "ПРОГРАММЫ")[0] == ["page:2"]
    assert ask(backend, "RISK")[0] == ["page:1"]
