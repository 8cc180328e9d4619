"""Every vendored XSS payload through every place a person can type text, with the Django test
client: no input gets a server error, and no served page carries markup that could run code the
site did not write (checked by parsing the page as a browser does). The same pages are rendered
in Chromium by ``test_rendered_in_chromium.py``.
"""

import hashlib
import re

import pytest
from django.urls import NoReverseMatch, reverse

from network.models import MembershipApplication, Post, Topic
from network.sanitiser import clean_html, render_markdown
from practices.models import PracticeSubmission
from tests.conftest import sign_in_with_totp
from tests.factories import AccountFactory, member, vetting_officer
from tests.factories.forums import PostFactory, TopicFactory
from tests.security.malicious import site_content, through_forms
from tests.security.malicious.corpus import CORPORA, DATA, counts_by_corpus, packed, payloads
from tests.security.malicious.markup import problems_in, split_known
from tests.security.malicious.probe import Probe, tally

pytestmark = pytest.mark.django_db

PAYLOADS = payloads()
COUNT = f"{len(PAYLOADS)}-payloads"


def assert_nothing_executable(found: list[str], *probes: Probe) -> None:
    """Fails on any problem; a test meeting only known findings (markup, or server errors the
    ``probes`` met) is marked xfail with them."""
    unknown, known = split_known(found)
    assert not unknown, f"{len(unknown)} executable thing(s):\n" + "\n".join(unknown)
    for probe in probes:
        known |= probe.known
    if known:
        pytest.xfail("known finding(s): " + "; ".join(sorted(known)))


def executable_in(probe: Probe, paths, items=PAYLOADS) -> list[str]:
    """GET each path, failing on any server error; returns what could run code in the pages."""
    found = []
    for path in paths:
        response = probe.get(path, items)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            problems = problems_in(response.content.decode())
            found += [f"{path[:100]}: {problem}" for problem in problems]
    probe.assert_no_server_errors()
    return found


def listing_pages(path: str, items_count: int, page_size: int) -> list[str]:
    return [f"{path}?page={number}" for number in range(1, items_count // page_size + 2)]


# The corpus ---------------------------------------------------------------------------------


def test_the_corpus_holds_over_500_distinct_payloads_from_three_public_sources():
    counts = counts_by_corpus()
    assert sum(lines for lines, _tried in counts.values()) >= 500
    assert len(PAYLOADS) >= 500
    assert all(tried > 100 for _lines, tried in counts.values())


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda corpus: corpus.key)
def test_each_corpus_file_is_the_one_the_readme_describes(corpus):
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    digest = hashlib.sha256((DATA / corpus.file).read_bytes()).hexdigest()
    section = readme.split(f"`{corpus.file}`", 1)
    assert len(section) == 2, f"{corpus.file} is not described in data/README.md"
    assert digest in readme, f"the sha256 of {corpus.file} ({digest}) is not in data/README.md"
    licences = re.findall(r"`(LICENSE-[\w.-]+)`", readme)
    assert all((DATA / name).exists() for name in licences)


@pytest.mark.parametrize("way", ["markdown", "html", "editor"])
def test_every_payload_alone_comes_out_of_the_sanitiser_and_the_editor_inert(way):
    """Each payload on its own (batches elsewhere let one payload's context swallow the next)."""
    convert = {
        "markdown": render_markdown,
        "html": clean_html,
        "editor": site_content.single_editor_html,
    }[way]
    found = []
    for item in PAYLOADS:
        problems = problems_in(convert(item if way == "editor" else item.text))
        if problems:
            found += [f"{item.label} {item.text[:80]!r}: {problem}" for problem in problems]
    tally(f"sanitiser.{way}", len(PAYLOADS))
    assert_nothing_executable(found)


# Practices ----------------------------------------------------------------------------------


@pytest.mark.parametrize("payload_count", [COUNT])
def test_practice_submission_steps_take_every_payload_and_the_page_built_is_inert(
    payload_count, indexes, settings
):
    author = member()
    probe = Probe(author)

    with site_content.tasks_held(settings):
        base = through_forms.draft_practice(probe, PAYLOADS)
        found = executable_in(probe, through_forms.submission_pages(base))
        submission = through_forms.send_for_review(probe, base, PAYLOADS)

    probe.assert_no_server_errors()
    assert submission.state == PracticeSubmission.State.SUBMITTED, "the draft was not sent"
    page = submission.page.specific
    with site_content.tasks_held(settings):
        page.get_latest_revision().publish()
    page.refresh_from_db()
    found += site_content.index_pending()
    for name in ("starting_situation", "activities", "contacts", "results"):
        assert "&lt;" in str(getattr(page, name)), f"{name} lost the payloads"
    found += executable_in(probe, [page.url, "/en/practices/submissions/"])
    visitor = Probe()
    found += executable_in(visitor, [page.url, "/en/practices/feed/", "/en/practices/feed/atom/"])
    tally("submission.basics (title, summary, city, reach)", len(PAYLOADS), probe.requests)
    tally("submission.free_text (12 fields, activities)", len(PAYLOADS))
    tally("submission.indicators", len(through_forms.indicator_lines(PAYLOADS)))
    assert_nothing_executable(found, visitor)


@pytest.mark.parametrize("payload_count", [COUNT])
def test_practices_images_and_documents_holding_every_payload_are_inert(
    payload_count, indexes, settings
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
    editor.assert_no_server_errors()
    assert len(images) == len(documents) == len(packed(PAYLOADS, 255))
    indexed = site_content.index_pending()
    reader = Probe(member())

    paths = [*(page.url for page in holding), *(page.url for page in titled[:3])]
    paths += listing_pages("/en/practices/", len(titled) + 1, 12)
    paths += [document.url for document in documents[:20]] + ["/en/practices/feed/"]
    paths += [f"/en/search/?q={word}" for word in ("alert", "script", "onerror", "svg")]
    visitor_paths = [*(page.url for page in holding), "/en/practices/"]
    found = executable_in(reader, paths) + executable_in(Probe(), visitor_paths)
    found += indexed
    tally("practice.rich_text (12 fields, editor conversion)", len(PAYLOADS))
    tally("practice.streamfield (6 block types)", len(PAYLOADS))
    tally("practice.indicators_attachments", len(PAYLOADS))
    tally("practice.title_summary_city_reach", len(PAYLOADS), reader.requests)
    tally("image.title_description_alt_caption_filename", len(PAYLOADS), editor.requests)
    tally("document.title_filename", len(PAYLOADS))
    assert_nothing_executable(found, reader)


@pytest.mark.parametrize("payload_count", [COUNT])
def test_resources_and_events_holding_every_payload_are_inert(payload_count, indexes, settings):
    with site_content.tasks_held(settings):
        resources = site_content.resources_holding(indexes["resources"], PAYLOADS)
        events = site_content.events_holding(indexes["events"], PAYLOADS)
    indexed = site_content.index_pending()
    reader = Probe(member())

    paths = [page.url for page in [*resources, *events]]
    paths += ["/en/resources/", "/en/events/", f"/en/events/{events[0].pk}/calendar.ics"]
    paths += ["/en/resources/feed/", "/en/events/feed/", "/en/practices/feed/atom/"]
    found = executable_in(reader, paths) + indexed
    tally("resource.title_summary_authors_publisher", len(PAYLOADS), reader.requests)
    tally("event.title_summary_series_place_takeaways_speakers", len(PAYLOADS))
    assert_nothing_executable(found, reader)


# Forums -------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload_count", [COUNT])
def test_forum_topics_replies_and_attachments_take_every_payload_and_render_inert(
    payload_count, open_forum, settings
):
    author = member()
    probe = Probe(author)
    with site_content.tasks_held(settings):
        topics = through_forms.start_topics(probe, open_forum, PAYLOADS)
        thread = TopicFactory(category=open_forum, title="Every payload, one reply each")
        PostFactory(topic=thread, author=author, source="Replies follow, one payload each.")
        replies = through_forms.reply_with_each(probe, thread, PAYLOADS)

    probe.assert_no_server_errors()
    assert topics == Topic.objects.exclude(pk=thread.pk).count() > 0
    assert replies == Post.objects.filter(topic=thread).count() - 1 == len(PAYLOADS)
    paths = listing_pages(f"/en/forums/{open_forum.slug}/", topics + 1, 25)
    paths += listing_pages(f"/en/forums/{open_forum.slug}/{thread.pk}/", replies + 1, 20)
    paths += ["/en/forums/activity/", "/en/forums/new/"]
    first = Topic.objects.exclude(pk=thread.pk).order_by("pk").first()
    paths.append(f"/en/forums/{open_forum.slug}/{first.pk}/")
    found = executable_in(Probe(member()), paths) + executable_in(probe, ["/en/forums/activity/"])
    found += site_content.index_pending()
    tally("forum.topic_title_tags_first_post", len(PAYLOADS), probe.requests)
    tally("forum.reply_markdown", len(PAYLOADS))
    tally("forum.attachment_filename_description", len(PAYLOADS))
    assert_nothing_executable(found)


# People -------------------------------------------------------------------------------------


@pytest.mark.parametrize("payload_count", [COUNT])
def test_the_profile_form_takes_every_payload_and_the_profile_renders_inert(payload_count):
    author = member()
    probe = Probe(author)
    saved = through_forms.edit_profile(probe, PAYLOADS)

    probe.assert_no_server_errors()
    assert saved > 0
    profile = author.member_profile
    found = executable_in(Probe(member()), [f"/en/members/{profile.pk}/", "/en/members/"])
    tally("profile.form (name, job title, city, expertise)", len(PAYLOADS), probe.requests)
    assert_nothing_executable(found)


@pytest.mark.parametrize("payload_count", [COUNT])
def test_the_membership_application_takes_every_payload_and_renders_inert(payload_count):
    applicant = AccountFactory()
    probe = Probe(applicant)
    saved = through_forms.apply_for_membership(probe, PAYLOADS)

    probe.assert_no_server_errors()
    assert saved > 0
    found = executable_in(probe, ["/en/membership/", "/en/membership/application/"])
    officer = Probe()
    sign_in_with_totp(officer.client, vetting_officer())
    application = MembershipApplication.objects.get(applicant=applicant)
    officer.get("/admin/network/applications/", PAYLOADS)
    officer.get(f"/admin/network/applications/inspect/{application.pk}/", PAYLOADS)
    officer.assert_no_server_errors()
    tally("application.form (name, organisation, job, city, motivation)", len(PAYLOADS))
    assert_nothing_executable(found)


# Search and listing addresses ---------------------------------------------------------------


def search_page_exists() -> bool:
    try:
        reverse("search:results")
    except NoReverseMatch:
        return False
    return True


@pytest.mark.skipif(not search_page_exists(), reason="no search page (/<lang>/search/) yet")
@pytest.mark.parametrize("payload_count", [COUNT])
def test_the_search_box_echoes_every_payload_inert(payload_count, indexes):
    probe = Probe(member())
    found = []
    for item in PAYLOADS:
        response = probe.get("/en/search/", [item], {"q": item.text})
        found += [f"{item.label}: {problem}" for problem in problems_in(response.content.decode())]
        probe.get("/en/search/suggest/", [item], {"q": item.text})
    probe.assert_no_server_errors()
    tally("search.q_echo", len(PAYLOADS), probe.requests)
    tally("search.suggest", len(PAYLOADS))
    assert_nothing_executable(found)


@pytest.mark.parametrize("payload_count", [COUNT])
def test_listing_and_search_filters_given_every_payload_answer_inert(payload_count, indexes):
    probe = Probe(member())
    paths = []
    for listing in ("/en/practices/", "/en/resources/", "/en/events/", "/en/search/"):
        paths += [path for path, _batch in through_forms.filter_urls(listing, PAYLOADS)]
    if not search_page_exists():
        paths = [path for path in paths if not path.startswith("/en/search/")]
    found = executable_in(probe, paths)
    tally("listing_and_search.filter_sort_page_params", len(PAYLOADS), probe.requests)
    assert_nothing_executable(found)
