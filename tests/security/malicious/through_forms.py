"""Payloads typed into the site's own forms and addresses, through its real views: the practice
submission steps, forum topics and replies (with attachments), the profile form, the membership
application, the search box and the listing filters.

Where a form asks the author to confirm that a flagged passage is not personal data, the
payloads are confirmed as a person would, by ticking the boxes the form shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from exchange.anonymity import CONFIRM_PREFIX
from network.choices import Visibility
from practices.models import PracticeSubmission
from tests.factories.forums import small_png
from tests.factories.resources import summary as summary_of
from tests.security.malicious.corpus import Payload, batches, fit, packed
from tests.security.malicious.probe import Probe
from tests.security.malicious.site_content import uploaded_name

SUBMISSIONS = "/en/practices/submissions/"
CONFIRM_BOX = re.compile(rf'<input[^>]*name="({re.escape(CONFIRM_PREFIX)}[^"]+)"[^>]*>')
VALUE = re.compile(r'value="([^"]*)"')
TEXT_STEPS = {
    "context": ["starting_situation", "goals", "theory_of_change"],
    "approach": ["activities", "partners", "funding"],
    "results": ["results", "successes", "failures", "dos_and_donts"],
    "sharing": ["sustainability", "transferability", "contacts"],
}
STEP_CHOICES = {
    "results": {"evaluation_type": "none"},
    "sharing": {
        "context_audience": "public",
        "approach_audience": "public",
        "results_audience": "public",
        "replication_audience": "public",
        "contacts_audience": "public",
    },
}
TEXTAREA_LIMIT = 10_000
SUMMARY_LIMIT = 2_000


def post_confirming(probe: Probe, url: str, data: dict, items: Sequence[Payload], **extra):
    """Post a form; when it answers with "not personal data" boxes, tick them all and post
    again, as an author who checked the flagged passages would."""
    response = probe.post(url, data, items, **extra)
    if response.status_code == 200:
        ticks = {}
        for match in CONFIRM_BOX.finditer(response.content.decode()):
            value = VALUE.search(match.group(0))
            ticks[match.group(1)] = unescape(value.group(1)) if value else "on"
        if ticks:
            for value in data.values():
                if hasattr(value, "seek"):
                    value.seek(0)  # an attached file is sent again
            response = probe.post(url, {**data, **ticks}, items, **extra)
    return response


# Practice submission ------------------------------------------------------------------------


def spread(items: Sequence[Payload], fields: Sequence[str]) -> dict[str, str]:
    """Every payload in one of ``fields``, a blank line between two payloads."""
    values = {
        name: "\n\n".join(item.text for item in items[number :: len(fields)])
        for number, name in enumerate(fields)
    }
    assert all(len(value) <= TEXTAREA_LIMIT for value in values.values())
    return values


def indicator_lines(items: Sequence[Payload]) -> list[str]:
    """Indicator rows for the payloads that fit one: one line, no column bar, 250 characters."""
    lines = []
    for item in items:
        text = item.text.strip()
        if text and "|" not in text and len(text.splitlines()) == 1 and len(text) <= 250:
            short = text if len(text) <= 100 else ""
            lines.append(f"{text} | {short} | {short} | {short} | {text}")
    return lines


def start_submission(probe: Probe) -> str:
    response = probe.post(f"{SUBMISSIONS}new/", {})
    assert response.status_code == 302, response
    return response["Location"].rsplit("/", 2)[0]


def submission_basics(probe: Probe, base: str, items: Sequence[Payload]) -> dict:
    """Every payload in the title, summary, city and note on reach, chunk after chunk; returns
    the valid basics finally kept.

    The chunks are as long as the summary may be, longer than the title, city and note allow,
    so every post has an error; a step with an error is saved and shown again as typed, so each
    field echoes every payload in a few dozen posts rather than one per 100-character chunk."""
    lines, summaries = packed(items, SUMMARY_LIMIT), packed(items, SUMMARY_LIMIT, "\n")
    for number in range(max(len(lines), len(summaries))):
        line = lines[number % len(lines)]
        data = {
            "title": line,
            "summary": summaries[number % len(summaries)],
            "city": line,
            "reach_note": line,
            "status": "pilot",
        }
        probe.post(f"{base}/basics/", data, items)
    titles, cities, notes = packed(items, 120), packed(items, 100), packed(items, 200)
    kept = {
        "title": titles[0],
        "summary": summary_of(packed(items, 300)[0]),
        "city": cities[0],
        "reach_note": notes[0],
        "reach": "12",
        "status": "pilot",
    }
    post_confirming(probe, f"{base}/basics/", kept, items)
    return kept


def submission_text_steps(probe: Probe, base: str, items: Sequence[Payload]) -> None:
    """Every payload in the free-text steps, spread over their fields; every payload as an
    activity, and as an indicator row where it fits one, a textarea at a time (the last
    textarea of each is the one kept)."""
    fields = [name for names in TEXT_STEPS.values() for name in names]
    values = spread(items, fields)
    indicator_chunks = packed(
        [Payload("rows", 0, line) for line in indicator_lines(items)], TEXTAREA_LIMIT, "\n"
    )
    for chunk in indicator_chunks[:-1]:
        data = {**STEP_CHOICES["results"], "indicators": chunk}
        probe.post(f"{base}/results/", data, items)
    for chunk in packed(items, TEXTAREA_LIMIT, "\n\n"):  # every payload as an activity too
        probe.post(f"{base}/approach/", {"activities": chunk}, items)
    for step, names in TEXT_STEPS.items():
        data = {name: values[name] for name in names}
        data.update(STEP_CHOICES.get(step, {}))
        if step == "results":
            data["indicators"] = indicator_chunks[-1]
        response = post_confirming(probe, f"{base}/{step}/", data, items)
        assert response.status_code in (200, 302), response


def draft_practice(probe: Probe, items: Sequence[Payload], basics_chunks: bool = True) -> str:
    """A member's draft holding every payload, every step filled in and its flagged passages
    confirmed; returns the address of the submission's steps."""
    base = start_submission(probe)
    if basics_chunks:
        submission_basics(probe, base, items)
    else:
        kept = {
            "title": packed(items, 120)[0],
            "summary": summary_of(packed(items, 300)[0]),
            "status": "pilot",
        }
        post_confirming(probe, f"{base}/basics/", kept, items)
    submission_text_steps(probe, base, items)
    return base


def send_for_review(probe: Probe, base: str, items: Sequence[Payload]) -> PracticeSubmission:
    probe.post(f"{base}/review/", {}, items)
    return PracticeSubmission.objects.get(pk=int(base.rstrip("/").rsplit("/", 1)[1]))


def submission_pages(base: str) -> list[str]:
    return [f"{base}/{step}/" for step in ("basics", *TEXT_STEPS)] + [f"{base}/review/"]


# Images and documents, uploaded by an editor in the Wagtail admin ---------------------------


def upload_documents(probe: Probe, items: Sequence[Payload]) -> list:
    """Documents titled with every payload (255-character chunks), their file names cut from
    the same chunk; returns them in upload order."""
    root = Collection.get_first_root_node()
    for title in packed(items, 255):
        data = {
            "title": title,
            "file": SimpleUploadedFile(uploaded_name(title, "txt"), b"Plain text.", "text/plain"),
            "collection": root.pk,
        }
        probe.post("/admin/documents/add/", data, items)
    return list(get_document_model().objects.order_by("pk"))


def upload_images(probe: Probe, items: Sequence[Payload]) -> list:
    """Images titled and described (the description is their default alt text) with every
    payload, their file names cut from the same chunk; returns them in upload order."""
    root = Collection.get_first_root_node()
    for title in packed(items, 255):
        data = {
            "title": title,
            "description": title,
            "file": SimpleUploadedFile(uploaded_name(title, "png"), small_png(), "image/png"),
            "collection": root.pk,
        }
        probe.post("/admin/images/add/", data, items)
    return list(get_image_model().objects.order_by("pk"))


# Forums -------------------------------------------------------------------------------------


def attachment_for(item: Payload) -> SimpleUploadedFile:
    return SimpleUploadedFile(uploaded_name(item.text, "png"), small_png(), "image/png")


def start_topics(probe: Probe, category, items: Sequence[Payload]) -> int:
    """Topics titled with every payload (200-character chunks), each opening post holding the
    same chunk as Markdown and a tag list cut from the payloads; returns how many were taken."""
    tags = packed(items, 500, ",")
    taken = 0
    for number, chunk in enumerate(packed(items, 200)):
        data = {"title": chunk, "source": chunk, "tags": tags[number % len(tags)]}
        response = post_confirming(probe, f"/en/forums/{category.slug}/new/", data, items)
        taken += response.status_code == 302
    return taken


def reply_with_each(probe: Probe, topic, items: Sequence[Payload], attach: bool = True) -> int:
    """One reply per payload as its Markdown, with an image whose file name and description
    are the payload; returns how many replies were taken."""
    url = f"/en/forums/{topic.category.slug}/{topic.pk}/reply/"
    taken = 0
    for item in items:
        data = {"source": item.text}
        if attach:
            data.update(attachment_1=attachment_for(item), description_1=fit(item.text, 200))
        response = post_confirming(probe, url, data, [item])
        taken += response.status_code == 302
    return taken


# Profile and application --------------------------------------------------------------------


def edit_profile(probe: Probe, items: Sequence[Payload]) -> int:
    names, titles = packed(items, 150), packed(items, 150)
    cities, expertise = packed(items, 100), packed(items, 1000)
    saved = 0
    for number in range(max(len(names), len(cities))):
        data = {
            "full_name": names[number % len(names)],
            "job_title": titles[number % len(titles)],
            "job_title_visibility": Visibility.MEMBERS,
            "organisation_visibility": Visibility.MEMBERS,
            "country": "KG",
            "city": cities[number % len(cities)],
            "location_visibility": Visibility.MEMBERS,
            "languages": ["ru"],
            "languages_visibility": Visibility.MEMBERS,
            "expertise": expertise[number % len(expertise)],
            "expertise_visibility": Visibility.MEMBERS,
        }
        saved += probe.post("/en/members/me/", data, items).status_code == 302
    return saved


def apply_for_membership(probe: Probe, items: Sequence[Payload]) -> int:
    names, organisations = packed(items, 150), packed(items, 200)
    titles, cities, motivations = packed(items, 150), packed(items, 100), packed(items, 2000)
    saved = 0
    for number in range(max(len(names), len(organisations), len(cities))):
        data = {
            "full_name": names[number % len(names)],
            "organisation": "",
            "proposed_organisation_name": organisations[number % len(organisations)],
            "proposed_organisation_type": "municipality",
            "job_title": titles[number % len(titles)],
            "country": "IQ",
            "city": cities[number % len(cities)],
            "languages": ["ar"],
            "motivation": motivations[number % len(motivations)],
            "voucher_email": "",
        }
        saved += probe.post("/en/membership/application/", data, items).status_code == 302
    return saved


# Search and listings ------------------------------------------------------------------------


def filter_urls(path: str, items: Sequence[Payload], size: int = 40) -> list[tuple[str, list]]:
    """Listing addresses whose filter, sort and page parameters are payloads, ``size`` each."""
    urls = []
    for batch in batches(items, size):
        query = [("theme", item.text) for item in batch] + [("country", batch[0].text)]
        query += [("sort", batch[-1].text), ("page", batch[0].text)]
        urls.append((f"{path}?{urlencode(query)}", batch))
    return urls
