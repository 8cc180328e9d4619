import re

import pytest
from django.core import mail

from network.models import User
from tests.factories import AccountFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase"


def sign_up(client, email: str, password: str = PASSWORD):
    return client.post(
        "/en/accounts/signup/", {"email": email, "password1": password, "password2": password}
    )


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/en/accounts/confirm-email/[^\s]+/)", message.body).group(1)


def test_sign_up_sends_a_verification_email_and_confirming_signs_the_person_in(client):
    response = sign_up(client, "leila@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["leila@example.org"]

    link = confirmation_link(mail.outbox[0])
    response = client.post(link)

    assert response["Location"] == "/en/membership/"
    dashboard = client.get("/en/membership/").content.decode()
    assert "Apply for membership" in dashboard


def test_unverified_account_cannot_sign_in(client):
    sign_up(client, "leila@example.org")
    client.logout()

    response = client.post(
        "/en/accounts/login/", {"login": "leila@example.org", "password": PASSWORD}
    )

    assert response["Location"] == "/en/accounts/confirm-email/"
    assert client.get("/en/membership/").status_code == 302


def test_signing_up_with_a_taken_address_reveals_nothing_and_creates_no_account(client):
    AccountFactory(email="taken@example.org")

    response = sign_up(client, "taken@example.org")

    assert response["Location"] == "/en/accounts/confirm-email/"
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1
    assert "already" in mail.outbox[0].body.lower()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short", "This password is too short"),
        ("password1234", "This password is too common"),
        ("12345678901234", "This password is entirely numeric"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason_and_the_email_is_kept(client, password, message):
    response = sign_up(client, "leila@example.org", password)

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert 'value="leila@example.org"' in page
    assert not User.objects.filter(email="leila@example.org").exists()


def test_invalid_email_is_refused_with_the_text_kept(client):
    response = sign_up(client, "not-an-address")

    page = response.content.decode()
    assert "Enter a valid email address." in page
    assert 'value="not-an-address"' in page
