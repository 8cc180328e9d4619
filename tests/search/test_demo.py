"""The demo network is searchable in English, Arabic and Russian once loaded."""

from django.contrib.auth.models import AnonymousUser

from exchange.home.demo_content import load_demo_content
from search.service import search_for


def test_the_demo_is_searchable_in_three_languages(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        load_demo_content(report=lambda line: None)
    visitor = AnonymousUser()
    for text, language in (("rehabilitation", "en"), ("تأهيل", "ar"), ("реабилитация", "ru")):
        results = search_for(visitor, text)
        assert results.total > 0, text
        assert language in {hit.document.language for hit in results.hits}, text
    assert search_for(visitor, "", filters={"kind": ["topic"]}).total == 0
