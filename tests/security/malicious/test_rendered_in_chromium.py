"""The pages holding every payload, rendered in Chromium: no script a payload brings runs, and
no page carries markup that could run one.

Every page is opened with its Content-Security-Policy bypassed, so that markup that got past
the sanitiser or the templates would run rather than be stopped by the policy alone, with
``alert``, ``confirm``, ``prompt``, ``print``, ``eval``, ``Function``, string timers and
``document.write`` replaced by recorders (``chromium.py``), and its live DOM audited
(``markup.DOM_AUDIT``). The first page of each kind is opened again under its policy, where the
``browser`` fixture fails on anything the policy blocked.
The content is written through the same forms and factories as ``test_entry_points.py``; the
Wagtail admin pages that show it are rendered too, under the admin's own policy.
"""

from urllib.parse import urlencode

import pytest
from django.test import Client

from network.models import MembershipApplication, Post, Topic
from tests.conftest import sign_in_with_totp
from tests.factories import AccountFactory, ApplicationFactory, member, vetting_officer
from tests.factories.forums import PostFactory, TopicFactory
from tests.security.malicious import site_content, through_forms
from tests.security.malicious.chromium import Renderer, signed_in
from tests.security.malicious.corpus import packed, payloads
from tests.security.malicious.markup import split_known
from tests.security.malicious.probe import Probe, tally

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAYLOADS = payloads()
COUNT = f"{len(PAYLOADS)}-payloads"
SEARCH_WORDS = ["alert", "script", "onerror", "javascript", "svg", "iframe", "img", "xss"]


def pages(path: str, count: int, size: int) -> list[str]:
    return [f"{path}?page={number}" for number in range(1, count // size + 2)]


def staff(user) -> Client:
    """A client signed in with a second factor, as the admin requires."""
    client = Client()
    sign_in_with_totp(client, user)
    return client


def assert_inert(*renderers: Renderer, probes=(), found=()) -> None:
    found = [*found, *(problem for renderer in renderers for problem in renderer.problems)]
    for renderer in renderers:
        renderer.close()
    unknown, known = split_known(found)
    assert not unknown, f"{len(unknown)} problem(s) in Chromium:\n" + "\n".join(unknown)
    for probe in probes:
        probe.assert_no_server_errors()
        known |= probe.known
    if known:
        pytest.xfail("known finding(s): " + "; ".join(sorted(known)))


@pytest.mark.parametrize("payload_count", [COUNT])
def test_practices_resources_events_images_and_documents_render_inert(
    payload_count, live_server, browser, indexes, settings
):
    editor = Probe()
    sign_in_with_totp(editor.client, AccountFactory(superuser=True))
    with site_content.tasks_held(settings):
        images = through_forms.upload_images(editor, PAYLOADS)
        documents = through_forms.upload_documents(editor, PAYLOADS)
        holding = site_content.practices_with_every_payload(
            indexes["practices"], PAYLOADS, images, documents
        )
        titled = site_content.practices_titled(indexes["practices"], PAYLOADS)
        resources = site_content.resources_holding(indexes["resources"], PAYLOADS)
        events = site_content.events_holding(indexes["events"], PAYLOADS)
        author = member()
        writer = Probe(author)
        base = through_forms.draft_practice(writer, PAYLOADS, basics_chunks=False)

    steps = Renderer(browser, live_server.url, signed_in(author))
    for path in through_forms.submission_pages(base):
        steps.render(path, "submission step", enforced=True)
    with site_content.tasks_held(settings):
        submitted = through_forms.send_for_review(writer, base, PAYLOADS).page.specific
        submitted.get_latest_revision().publish()
        submitted.refresh_from_db()
    indexed = site_content.index_pending()

    reader = Renderer(browser, live_server.url, signed_in(member()))
    for page in [submitted, *holding]:
        reader.render(page.url, enforced=True)
    for page in [*titled[:2], *resources, *events]:
        reader.render(page.url)
    for path in [
        "/en/resources/",
        "/en/events/",
        *pages("/en/practices/", len(titled) + 2, 12),
        *(f"/en/search/?q={word}" for word in SEARCH_WORDS),
    ]:
        reader.render(path, enforced=path.endswith(("/", "=1", "=alert")))
    visitor = Renderer(browser, live_server.url)
    for path in [*(page.url for page in holding), submitted.url, "/en/practices/", "/en/"]:
        visitor.render(path, enforced=True)
    # The editor for a whole page of payloads is too heavy to open; one chunk's page is not.
    admin = Renderer(browser, live_server.url, editor.client, admin=True)
    for path in [
        f"/admin/pages/{indexes['practices'].pk}/",
        f"/admin/pages/{titled[0].pk}/edit/",
        f"/admin/practices/{submitted.pk}/anonymity/",
        "/admin/images/",
        f"/admin/images/{images[0].pk}/",
        "/admin/documents/",
        f"/admin/documents/edit/{documents[0].pk}/",
    ]:
        admin.render(path, "admin", enforced=True)
    tally("chromium group: practices, resources, events, images, documents", len(PAYLOADS))
    assert_inert(steps, reader, visitor, admin, probes=[editor, writer], found=indexed)


@pytest.mark.parametrize("payload_count", [COUNT])
def test_forum_topics_replies_and_attachments_render_inert(
    payload_count, live_server, browser, open_forum, settings
):
    author = member()
    writer = Probe(author)
    with site_content.tasks_held(settings):
        topics = through_forms.start_topics(writer, open_forum, PAYLOADS)
        thread = TopicFactory(category=open_forum, title="Every payload, one reply each")
        PostFactory(topic=thread, author=author, source="Replies follow, one payload each.")
        replies = through_forms.reply_with_each(writer, thread, PAYLOADS)
    indexed = site_content.index_pending()
    assert replies == len(PAYLOADS)

    reader = Renderer(browser, live_server.url, signed_in(member()))
    forum = f"/en/forums/{open_forum.slug}/"
    for path in [
        *pages(forum, topics + 1, 25),
        *pages(f"{forum}{thread.pk}/", replies + 1, 20),
        f"{forum}{Topic.objects.exclude(pk=thread.pk).order_by('pk').first().pk}/",
        "/en/forums/new/",
    ]:
        reader.render(path, enforced=path.endswith(("/", "=1")))
    own = Renderer(browser, live_server.url, signed_in(author))
    own.render("/en/forums/activity/", enforced=True)
    moderator = Renderer(browser, live_server.url, staff(AccountFactory(superuser=True)), True)
    moderator.render("/admin/network/posts/", "admin", enforced=True)
    for post in Post.objects.filter(topic=thread).order_by("pk")[1:4]:
        moderator.render(f"/admin/network/posts/inspect/{post.pk}/", "admin")
    tally("chromium group: forum topics, replies, attachments", len(PAYLOADS))
    assert_inert(reader, own, moderator, probes=[writer], found=indexed)


@pytest.mark.parametrize("payload_count", [COUNT])
def test_profiles_applications_and_search_echo_render_inert(
    payload_count, live_server, browser, organisation, indexes, settings
):
    with site_content.tasks_held(settings):
        people = site_content.members_holding(PAYLOADS, organisation)
        applicant = AccountFactory()
        applying = Probe(applicant)
        through_forms.apply_for_membership(applying, PAYLOADS[:40])
        names, cities = packed(PAYLOADS, 150), packed(PAYLOADS, 100)
        organisations, motivations = packed(PAYLOADS, 200), packed(PAYLOADS, 2000)
        for number, name in enumerate(names):
            ApplicationFactory(
                applicant=AccountFactory(full_name=name),
                proposed_organisation_name=organisations[number % len(organisations)],
                job_title=name,
                city=cities[number % len(cities)],
                motivation=motivations[number % len(motivations)],
            )

    reader = Renderer(browser, live_server.url, signed_in(member(organisation=organisation)))
    for path in pages("/en/members/", len(people), 24):
        reader.render(path, enforced=path.endswith("=1"))
    for profile in [people[0], people[-1]]:
        reader.render(f"/en/members/{profile.member_profile.pk}/", enforced=True)
    reader.render(f"/en/organisations/{organisation.slug}/")
    for number, chunk in enumerate(packed(PAYLOADS, 200)):
        reader.render("/en/search/?" + urlencode({"q": chunk}), "search echo", number < 3)
    dashboard = Renderer(browser, live_server.url, signed_in(applicant))
    dashboard.render("/en/membership/", enforced=True)
    dashboard.render("/en/membership/application/", enforced=True)
    officer = Renderer(browser, live_server.url, staff(vetting_officer()), admin=True)
    officer.render("/admin/network/applications/", "admin", enforced=True)
    for application in MembershipApplication.objects.order_by("pk")[:3]:
        officer.render(f"/admin/network/applications/inspect/{application.pk}/", "admin")
    tally("chromium group: profiles, directory, applications, search echo", len(PAYLOADS))
    assert_inert(reader, dashboard, officer, probes=[applying])
