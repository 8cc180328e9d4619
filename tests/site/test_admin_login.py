import pytest

from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def test_admin_signs_in_and_reaches_the_dashboard(client, home_pages):
    UserFactory(username="editor-in-chief", superuser=True)

    response = client.post(
        "/admin/login/",
        {"username": "editor-in-chief", "password": DEFAULT_PASSWORD},
        follow=True,
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/admin/"
    assert response.wsgi_request.user.username == "editor-in-chief"


def test_admin_sign_in_with_wrong_password_is_refused_and_keeps_the_username(client):
    UserFactory(username="editor-in-chief", superuser=True)

    response = client.post("/admin/login/", {"username": "editor-in-chief", "password": "wrong"})

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated
    assert 'value="editor-in-chief"' in response.content.decode()
