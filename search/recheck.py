"""The last check before anything found is shown: may this person see it now?

The index filters by audience, but an index can lag behind a change (a page made private while
the search server was down). Every hit is therefore checked against the access policy as it is
now, in a few batched queries per result page, and dropped when it fails.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from wagtail.documents import get_document_model
from wagtail.models import Page

from network import policy
from network.choices import PostState
from network.models import ForumCategory, Post, Topic
from practices.models import PracticePage
from practices.sections import section_visible
from search.backends.base import SearchDocument
from search.documents import FILE_PART, SECTION_PART, part_of


def _ids(keys: Iterable[str], kind: str) -> set[int]:
    prefix = f"{kind}:"
    return {int(key[len(prefix) :]) for key in keys if key.startswith(prefix)}


def _visible_page_ids(user, page_ids: set[int]) -> set[int]:
    if not page_ids:
        return set()
    pages = policy.visible_pages(Page.objects.live().filter(pk__in=page_ids), user)
    return set(pages.values_list("pk", flat=True))


def _parts_allowed(user, documents: list[SearchDocument], visible_pages: set[int]) -> set[str]:
    """Keys of gated parts (practice sections, attached files) the user may read."""
    sections = defaultdict(list)
    files = defaultdict(list)
    for document in documents:
        base, part, name = part_of(document.key)
        page_id = int(base.split(":", 1)[1]) if base.startswith("page:") else None
        if page_id not in visible_pages:
            continue
        if part == SECTION_PART:
            sections[page_id].append((document.key, name))
        elif part == FILE_PART and name.isdigit():
            files[int(name)].append(document.key)
    allowed = set()
    practices = PracticePage.objects.filter(pk__in=sections).prefetch_related("audience_groups")
    for practice in practices:
        allowed |= {
            key
            for key, name in sections[practice.pk]
            if hasattr(practice, f"{name}_audience") and section_visible(user, practice, name)
        }
    for document in get_document_model().objects.filter(pk__in=files):
        if policy.can_view(user, document):
            allowed |= set(files[document.pk])
    return allowed


def _forum_allowed(user, topic_ids: set[int], post_ids: set[int]) -> tuple[set[int], set[int]]:
    posts = {
        post.pk: post.topic_id
        for post in Post.objects.filter(pk__in=post_ids, state=PostState.PUBLISHED)
    }
    topics = list(Topic.objects.filter(pk__in=topic_ids | set(posts.values())))
    if not topics:
        return set(), set()
    forums = policy.visible_forums(
        ForumCategory.objects.filter(pk__in={topic.category_id for topic in topics}), user
    )
    open_forums = set(forums.values_list("pk", flat=True))
    practices = _visible_page_ids(user, {t.practice_id for t in topics if t.practice_id})
    with_posts = set(
        Post.objects.filter(topic__in=topics, state=PostState.PUBLISHED).values_list(
            "topic_id", flat=True
        )
    )
    readable = {
        topic.pk
        for topic in topics
        if topic.category_id in open_forums
        and (topic.practice_id in practices if topic.practice_id else topic.pk in with_posts)
    }
    return readable, {pk for pk, topic_id in posts.items() if topic_id in readable}


def allowed_keys(user, documents: Iterable[SearchDocument]) -> set[str]:
    """Keys of the documents ``user`` may see right now."""
    documents = list(documents)
    objects = {document.object_key for document in documents}
    visible_pages = _visible_page_ids(user, _ids(objects, "page"))
    topics, posts = _forum_allowed(user, _ids(objects, "topic"), _ids(objects, "post"))
    visible_objects = (
        {f"page:{pk}" for pk in visible_pages}
        | {f"topic:{pk}" for pk in topics}
        | {f"post:{pk}" for pk in posts}
    )
    gated_parts = _parts_allowed(user, documents, visible_pages)
    return {
        document.key
        for document in documents
        if document.object_key in visible_objects
        and (document.key == document.object_key or document.key in gated_parts)
    }
