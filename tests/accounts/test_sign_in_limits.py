import pytest

from tests.conftest import sign_in
from tests.factories import AccountFactory

pytestmark = pytest.mark.django_db

FAILURES_ALLOWED = 5


def test_sign_in_is_refused_after_repeated_failures_even_with_the_right_password(client):
    AccountFactory(email="amina@example.org")
    for _ in range(FAILURES_ALLOWED):
        response = sign_in(client, "amina@example.org", "wrong-password")
        assert "The email address and/or password you specified are not correct." in (
            response.content.decode()
        )

    response = sign_in(client, "amina@example.org")

    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_admin_sign_in_is_throttled_the_same_way(client):
    AccountFactory(email="chief@example.org", is_staff=True, is_superuser=True)
    assert client.get("/admin/login/")["Location"].startswith("/en/accounts/login/")

    for _ in range(FAILURES_ALLOWED):
        sign_in(client, "chief@example.org", "wrong-password", next_url="/admin/")
    response = sign_in(client, "chief@example.org", next_url="/admin/")

    assert "Too many failed login attempts" in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_failures_on_one_account_do_not_lock_out_another(client):
    AccountFactory(email="amina@example.org")
    AccountFactory(email="omar@example.org")
    for _ in range(FAILURES_ALLOWED):
        sign_in(client, "amina@example.org", "wrong-password")

    response = sign_in(client, "omar@example.org")

    assert response.status_code == 302
