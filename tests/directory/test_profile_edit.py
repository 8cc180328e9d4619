import pytest

from network.choices import Visibility
from tests.factories import member

pytestmark = pytest.mark.django_db


def profile_data(**changes):
    data = {
        "full_name": "Aigerim Seitkali",
        "job_title": "Probation officer",
        "job_title_visibility": Visibility.MEMBERS,
        "organisation_visibility": Visibility.MEMBERS,
        "country": "KG",
        "city": "Osh",
        "location_visibility": Visibility.GROUPS,
        "languages": ["ky", "ru"],
        "languages_visibility": Visibility.MEMBERS,
        "expertise": "Family reunification",
        "expertise_visibility": Visibility.NOBODY,
    }
    data.update(changes)
    return data


def test_member_sees_their_profile_in_the_form(client):
    user = member(user__full_name="Aigerim Seitkali", job_title="Social worker", city="Aktau")
    client.force_login(user)

    response = client.get("/en/members/me/")

    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Aigerim Seitkali"' in page
    assert 'value="Social worker"' in page
    assert 'value="Aktau"' in page


def test_member_saves_their_profile_and_lands_on_it(client):
    user = member()
    client.force_login(user)

    response = client.post("/en/members/me/", profile_data())

    profile = user.member_profile
    assert response.status_code == 302
    assert response["Location"] == f"/en/members/{profile.pk}/"
    profile.refresh_from_db()
    user.refresh_from_db()
    assert user.full_name == "Aigerim Seitkali"
    assert profile.job_title == "Probation officer"
    assert profile.country == "KG"
    assert profile.city == "Osh"
    assert profile.languages == ["ky", "ru"]
    assert profile.location_visibility == Visibility.GROUPS
    assert profile.expertise_visibility == Visibility.NOBODY
    page = client.get(response["Location"]).content.decode()
    assert "Your profile has been saved." in page
    assert "Probation officer" in page


def test_over_long_job_title_is_refused_and_everything_typed_is_kept(client):
    user = member(job_title="Social worker")
    client.force_login(user)
    too_long = "Coordinator of reintegration " + "x" * 130

    response = client.post(
        "/en/members/me/",
        profile_data(job_title=too_long, city="Jalal-Abad", expertise="Mentoring returnees"),
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the following" in page
    assert "Ensure this value has at most 150 characters (it has 159)." in page
    assert too_long in page
    assert "Jalal-Abad" in page
    assert "Mentoring returnees" in page
    user.member_profile.refresh_from_db()
    assert user.member_profile.job_title == "Social worker"


def test_empty_job_title_is_refused(client):
    user = member(job_title="Social worker")
    client.force_login(user)

    response = client.post("/en/members/me/", profile_data(job_title=""))

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    user.member_profile.refresh_from_db()
    assert user.member_profile.job_title == "Social worker"


def test_visibility_chosen_in_the_form_applies_to_other_members(client):
    user = member()
    client.force_login(user)
    client.post(
        "/en/members/me/",
        profile_data(job_title="Imam and mentor", job_title_visibility=Visibility.NOBODY),
    )

    client.force_login(member())
    page = client.get(f"/en/members/{user.member_profile.pk}/").content.decode()

    assert "Aigerim Seitkali" in page
    assert "Imam and mentor" not in page
