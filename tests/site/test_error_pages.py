import pytest
from django.template import loader

pytestmark = pytest.mark.django_db


def test_unknown_page_gets_a_friendly_404_in_the_visitors_language(client, home_pages):
    response = client.get("/ar/no-such-page/")

    assert response.status_code == 404
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "Practice Exchange" in page or "تبادل الممارسات" in page


def test_500_page_renders_without_any_request_context():
    page = loader.get_template("500.html").render()

    assert "Something went wrong" in page
    assert 'lang="ar" dir="rtl"' in page


def test_unknown_api_or_health_paths_answer_404_without_a_language_redirect(client):
    assert client.get("/api/v2/pages/999999/").status_code == 404
    assert client.get("/healthzz").status_code == 404
