import pytest

from tests.factories import AccountFactory, enable_totp, totp_code
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def test_admin_sign_in_goes_through_the_one_sign_in_page(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/admin/pages/"


def test_posting_credentials_to_the_admin_login_signs_nobody_in(client):
    AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)

    client.post("/admin/login/", {"username": "chief@example.org", "password": DEFAULT_PASSWORD})

    assert client.get("/admin/").status_code == 302


def test_admin_signs_in_with_a_second_factor_and_reaches_the_dashboard(client, home_pages):
    admin = AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)
    secret = enable_totp(admin)

    response = client.post(
        "/en/accounts/login/?next=/admin/",
        {"login": "chief@example.org", "password": DEFAULT_PASSWORD},
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_admin_sign_in_with_wrong_password_is_refused_and_keeps_the_email(client):
    AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)

    response = client.post(
        "/en/accounts/login/", {"login": "chief@example.org", "password": "wrong"}
    )

    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated
    assert 'value="chief@example.org"' in response.content.decode()
