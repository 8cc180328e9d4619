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


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_leaves_the_index_vacuumed_and_analysed():
    def last_tidied() -> dict:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT relname, last_vacuum, last_analyze FROM pg_stat_user_tables"
                " WHERE relname IN ('search_searchentry', 'wagtailsearch_indexentry')"
            )
            return {name: (vacuumed, analysed) for name, vacuumed, analysed in cursor.fetchall()}

    before = last_tidied()
    count = EmbeddedBackend().rebuild(
        [doc("page:1", "Mentoring returnees"), doc("page:2", "Prison education")],
        2,
        lambda done: None,
    )
    assert count == 2
    assert ask(EmbeddedBackend(), "mentoring")[0] == ["page:1"]
    after = last_tidied()
    assert set(after) == {"search_searchentry", "wagtailsearch_indexentry"}
    for table, (vacuumed, analysed) in after.items():
        assert vacuumed is not None and analysed is not None
        assert (vacuumed, analysed) != before.get(table)
