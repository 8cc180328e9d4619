import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from tests.conftest import sign_in
from tests.factories import AccountFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def test_password_reset_mails_a_link_that_sets_a_new_password(client):
    AccountFactory(email="amina@example.org")

    client.post("/en/accounts/password/reset/", {"email": "amina@example.org"})

    assert len(mail.outbox) == 1
    link = re.search(
        r"https?://[^/\s]+(/en/accounts/password/reset/key/[^\s]+/)", mail.outbox[0].body
    )
    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else link.group(1)
    new_password = "another-long-unusual-passphrase"
    client.post(form_url, {"password1": new_password, "password2": new_password})
    client.logout()

    assert sign_in(client, "amina@example.org", new_password).status_code == 302


def test_password_reset_for_an_unknown_address_looks_the_same(client):
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/done/"


def test_changing_email_needs_the_new_address_verified_first(client):
    user = AccountFactory(email="amina@example.org")
    sign_in(client, "amina@example.org")
    mail.outbox.clear()

    client.post("/en/accounts/email/", {"action_add": "", "email": "amina.new@example.org"})

    user.refresh_from_db()
    assert user.email == "amina@example.org"
    new = EmailAddress.objects.get(email="amina.new@example.org")
    assert not new.verified
    assert mail.outbox[0].to == ["amina.new@example.org"]


def test_change_of_email_to_an_invalid_address_keeps_the_text(client):
    AccountFactory(email="amina@example.org")
    sign_in(client, "amina@example.org", DEFAULT_PASSWORD)

    response = client.post("/en/accounts/email/", {"action_add": "", "email": "amina@"})

    assert 'value="amina@"' in response.content.decode()
    assert "Enter a valid email address." in response.content.decode()
