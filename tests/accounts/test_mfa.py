import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

from tests.conftest import sign_in
from tests.factories import AccountFactory, enable_totp, member, totp_code, vetting_officer
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def enrol_totp_through_the_page(client) -> str:
    """Confirm the password (allauth asks before any security change), then scan and confirm."""
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(page["Location"], {"password": DEFAULT_PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    return secret


def test_member_enrols_totp_and_receives_recovery_codes(client):
    user = member()
    sign_in(client, user.email)

    enrol_totp_through_the_page(client)

    types = set(Authenticator.objects.filter(user=user).values_list("type", flat=True))
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}


def test_sign_in_with_totp_asks_for_the_code_and_refuses_a_wrong_one(client):
    user = member()
    secret = enable_totp(user)

    response = sign_in(client, user.email)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert "Incorrect code." in wrong.content.decode()
    assert client.get("/en/membership/").status_code == 302

    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    assert response.status_code == 302
    assert client.get("/en/membership/").status_code == 200


def test_sign_in_with_a_recovery_code_works_once(client):
    user = member()
    sign_in(client, user.email)
    enrol_totp_through_the_page(client)
    client.logout()
    codes = RecoveryCodes(
        Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES)
    ).get_unused_codes()

    sign_in(client, user.email)
    response = client.post("/en/accounts/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 302
    assert client.get("/en/membership/").status_code == 200
    client.logout()

    sign_in(client, user.email)
    reused = client.post("/en/accounts/2fa/authenticate/", {"code": codes[0]})
    assert "Incorrect code." in reused.content.decode()


@pytest.mark.parametrize("role", ["staff", "vetting officer", "editor"])
def test_privileged_people_without_a_second_factor_cannot_reach_their_tools(client, role):
    if role == "staff":
        user = AccountFactory(is_staff=True, is_superuser=True)
    elif role == "vetting officer":
        user = vetting_officer()
    else:
        from django.contrib.auth.models import Group

        user = member()
        user.groups.add(Group.objects.get(name="Editors"))
    sign_in(client, user.email)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/2fa/totp/activate/"
    secret = enrol_totp_through_the_page(client)
    response = client.get("/admin/")
    assert response["Location"] == "/en/accounts/2fa/reauthenticate/?next=/admin/"
    client.post(response["Location"], {"code": totp_code(secret, step_offset=1)})
    assert client.get("/admin/").status_code == 200


def test_a_password_alone_does_not_open_the_tools_of_someone_with_a_second_factor(client):
    user = vetting_officer()
    secret = enable_totp(user)
    client.force_login(user)  # a session that never saw the second factor

    response = client.get("/admin/")

    assert response["Location"] == "/en/accounts/2fa/reauthenticate/?next=/admin/"
    client.post(response["Location"], {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_ordinary_members_are_not_forced_to_enrol(client):
    user = member()
    sign_in(client, user.email)

    assert client.get("/en/members/").status_code == 200


def test_members_can_add_a_passkey(client):
    user = member()
    sign_in(client, user.email)
    page = client.get("/en/accounts/2fa/webauthn/add/")
    client.post(page["Location"], {"password": DEFAULT_PASSWORD})

    response = client.get("/en/accounts/2fa/webauthn/add/")

    assert response.status_code == 200
    assert "credential" in response.content.decode().lower()


def test_sign_in_page_offers_passkeys(client):
    page = client.get("/en/accounts/login/").content.decode()

    assert "Sign in with a passkey" in page
