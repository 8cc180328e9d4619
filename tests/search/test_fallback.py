"""When the search server cannot be reached, search answers from the embedded index and says
it is degraded: never an error page."""

from __future__ import annotations

import json

import pytest

from search.backends import get_embedded_backend
from tests.factories.practices import PracticePageFactory
from tests.search.builders import index_objects
from tests.search.fakes import STATE, StandInServer


@pytest.fixture
def server_down(settings):
    settings.SEARCH_PRIMARY_BACKEND = "tests.search.fakes.stand_in_server"
    STATE.reset()
    STATE.down = True
    yield STATE
    STATE.reset()


@pytest.fixture
def practice(practice_index):
    page = PracticePageFactory(parent=practice_index, title="Mentoring in Osh")
    index_objects(get_embedded_backend(), page)
    return page


def test_search_answers_from_the_embedded_index_when_the_server_is_down(
    client, practice, server_down, caplog
):
    response = client.get("/en/search/", {"q": "osh"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mentoring in Osh" in html
    assert "Search is degraded" in html
    assert "stand-in unavailable" in caplog.text


def test_suggestions_and_related_practices_fall_back_too(client, practice, server_down):
    response = client.get("/en/search/suggest/", {"q": "osh"})
    assert json.loads(response.content) == {"suggestions": ["Mentoring in Osh"]}
    assert client.get(practice.url).status_code == 200


def test_search_is_not_degraded_when_the_server_answers(client, practice, settings):
    settings.SEARCH_PRIMARY_BACKEND = "tests.search.fakes.stand_in_server"
    STATE.reset()
    index_objects(StandInServer(), practice)
    html = client.get("/en/search/", {"q": "osh"}).content.decode()
    assert "Mentoring in Osh" in html
    assert "Search is degraded" not in html
    STATE.reset()
