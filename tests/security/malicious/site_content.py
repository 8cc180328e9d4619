"""Content that editors write in the Wagtail admin, built with the factories and holding the
payloads.

Rich text goes through the admin's own conversion (Draftail's contentstate to stored HTML, as
the editor's form does on save), so the stored value is what an editor could store: each payload
as the bold text of a paragraph and as the address of its link. (Pasted HTML is filtered in the
browser by Draftail before it reaches the server, which only ever receives contentstate.)
Plain fields and StreamField text blocks take the payloads as typed.

Multi-valued places (StreamField blocks, indicator rows, speakers, attachments) take one payload
each, so a page or two hold them all; single-valued fields get the payloads packed to the field's
length, one page per chunk.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import RichText

from exchange.blocks import RICH_TEXT_FEATURES
from practices.choices import ResourceType
from practices.models import MonitoringIndicator, PracticeAttachment, PracticePage
from practices.models.practice import NARRATIVE_FIELDS
from search import indexing
from tests.factories import member
from tests.factories.events import EventPageFactory
from tests.factories.practices import PracticePageFactory, words
from tests.factories.resources import ResourcePageFactory
from tests.factories.resources import summary as summary_of
from tests.security.malicious.corpus import Payload, fit, packed

PRACTICE_RICH_FIELDS = NARRATIVE_FIELDS
INTRO_FEATURES = ["bold", "italic", "link"]


def _contentstate(text: str) -> str:
    """One bold paragraph reading ``text`` and linking to ``text``, as Draftail posts it."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "xss01",
                    "text": text,
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [{"offset": 0, "length": len(text), "style": "BOLD"}],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": text}}},
        }
    )


def editor_html(items: Sequence[Payload], features=RICH_TEXT_FEATURES) -> str:
    """Stored rich text holding every payload as typed text and as a link's address."""
    converter = ContentstateConverter(features=features)
    return "".join(converter.to_database_format(_contentstate(item.text)) for item in items)


def single_editor_html(item: Payload, features=RICH_TEXT_FEATURES) -> str:
    return editor_html([item], features)


# Search index -------------------------------------------------------------------------------

HELD_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@contextmanager
def tasks_held(settings) -> Iterator[None]:
    """Background tasks (reference and search indexing, e-mails) are kept, not run, while the
    content is written: each child row saved would otherwise rebuild the page's reference index
    and each publication run the whole search queue again; ``index_pending`` runs it once."""
    original = settings.TASKS
    settings.TASKS = HELD_TASKS
    try:
        yield
    finally:
        settings.TASKS = original


def index_pending() -> list[str]:
    """Apply the search index updates the content asked for; the errors met, as problems."""
    try:
        indexing.apply_pending()
    except Exception as error:  # any error here leaves the whole queue stuck
        return [f"search indexing failed: {type(error).__name__}: {str(error)[:200]}"]
    return []


# File names ---------------------------------------------------------------------------------


def uploaded_name(text: str, extension: str) -> str:
    """A file name as a browser sends it: the leaf name of a file (no folder separators),
    quotes and line breaks percent-encoded."""
    replacements = (('"', "%22"), ("\r", "%0D"), ("\n", "%0A"), ("/", "_"), ("\\", "_"))
    for raw, encoded in replacements:
        text = text.replace(raw, encoded)
    return f"{text[:150]}.{extension}"


# Practices ----------------------------------------------------------------------------------


def activities(items: Sequence[Payload], image, link_target) -> list:
    """Every block type of the practice body, one payload in each text of each block."""
    blocks = []
    for item in items:
        text = item.text
        html = RichText(single_editor_html(item))
        blocks += [
            ("activity", {"title": fit(text, 200), "description": html, "who": fit(text, 200)}),
            ("heading", {"text": fit(text, 200), "level": "h3"}),
            ("paragraph", html),
            ("quote", {"text": text, "attribution": fit(text, 200)}),
            ("image", {"image": image, "alt_text": fit(text, 250), "caption": fit(text, 250)}),
            ("call_to_action", {"label": fit(text, 80), "page": link_target}),
        ]
    return blocks


def practices_with_every_payload(index, items: Sequence[Payload], images, documents) -> list:
    """Two practices holding every payload between them: one in its rich text (spread over the
    twelve fields) and in every StreamField block type, the other in every indicator row and
    attachment title; their images and documents carry payloads too.

    Two, because publishing a revision loads the page once for each of its indicator and
    attachment rows: with the payload-heavy body on the same page that took half a minute."""
    spread = {
        name: editor_html(items[number :: len(PRACTICE_RICH_FIELDS)])
        for number, name in enumerate(PRACTICE_RICH_FIELDS)
    }
    # A block image without alt text is described by its title.
    untitled = [("image", {"image": image, "alt_text": "", "caption": ""}) for image in images]
    body = PracticePageFactory(
        parent=index,
        title="Practice holding every payload",
        slug="practice-holding-every-payload",
        summary=words(80),
        **spread,
        adaptation_notes="\n".join(item.text for item in items),
        activities=[*activities(items, images[0], index), *untitled],
    )
    rows = PracticePageFactory(
        parent=index,
        title="Practice holding every payload in its rows",
        slug="practice-holding-every-payload-in-its-rows",
        summary=words(80),
        indicators=[
            MonitoringIndicator(
                indicator=fit(item.text, 250),
                baseline=fit(item.text, 100),
                target=fit(item.text, 100),
                result=fit(item.text, 100),
                source=fit(item.text, 250),
            )
            for item in items
        ],
        attachments=[PracticeAttachment(document=document, title="") for document in documents]
        + [PracticeAttachment(document=documents[0], title=fit(item.text, 250)) for item in items],
    )
    return [body, rows]


def practices_titled(index, items: Sequence[Payload]) -> list[PracticePage]:
    """One published practice per 255-character chunk of payloads: title, summary, city and
    the note on reach carry the chunk (cut to each field's length)."""
    pages = []
    for number, chunk in enumerate(packed(items, 255), start=1):
        pages.append(
            PracticePageFactory(
                parent=index,
                title=chunk,
                slug=f"payloads-{number}",
                summary=summary_of(chunk),
                city=fit(chunk, 100),
                reach=number,
                reach_note=fit(chunk, 200),
            )
        )
    return pages


# Resources and events -----------------------------------------------------------------------


def resources_holding(index, items: Sequence[Payload]) -> list:
    """Resources whose summaries hold every payload, their title, authors and publisher a
    chunk each."""
    titles = packed(items, 250)
    pages = []
    for number, chunk in enumerate(packed(items, 1500), start=1):
        title = titles[(number - 1) % len(titles)]
        pages.append(
            ResourcePageFactory(
                parent=index,
                title=title,
                slug=f"payload-resource-{number}",
                summary=chunk,
                authors=title,
                publisher=title,
                resource_type=ResourceType.GUIDANCE,
            )
        )
    return pages


def events_holding(index, items: Sequence[Payload]) -> list:
    """Events whose summaries hold every payload; the first also has every payload in its key
    takeaways and as a speaker's name and role."""
    titles = packed(items, 200)
    pages = []
    for number, chunk in enumerate(packed(items, 1500), start=1):
        title = titles[(number - 1) % len(titles)]
        extra = {}
        if number == 1:
            extra = {
                "key_takeaways": editor_html(items, INTRO_FEATURES),
                "speakers": [
                    {"name": fit(item.text, 150), "role": fit(item.text, 250)} for item in items
                ],
            }
        pages.append(
            EventPageFactory(
                parent=index,
                title=title,
                slug=f"payload-event-{number}",
                summary=chunk,
                series=title,
                location=fit(title, 250),
                **extra,
            )
        )
    return pages


# Members ------------------------------------------------------------------------------------


def members_holding(items: Sequence[Payload], organisation) -> list:
    """Members (in the directory) whose name, job title, city and expertise carry the payloads,
    one chunk per member."""
    names, titles = packed(items, 150), packed(items, 150)
    cities, expertise = packed(items, 100), packed(items, 1000)
    count = max(len(names), len(cities), len(expertise))
    return [
        member(
            organisation=organisation,
            user__full_name=names[number % len(names)],
            user__username=f"payload-member-{number}",
            job_title=titles[number % len(titles)],
            city=cities[number % len(cities)],
            expertise=expertise[number % len(expertise)],
        )
        for number in range(count)
    ]
