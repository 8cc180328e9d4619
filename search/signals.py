"""What makes the index follow the content: every change that can alter what a document says or
who may see it schedules the objects concerned (see :mod:`search.indexing`).

- pages: published (a practice's section audiences change this way), unpublished, deleted,
  moved, and their privacy (page view restrictions) set, changed or lifted — for the page, its
  subtree, their translations and aliases, and the discussions of the practices among them;
- files: a document replaced or deleted, a collection's privacy changed — for the pages that
  hold them;
- forums: a post written, published, hidden, restored, rejected, edited or deleted (with its
  topic, whose document holds the opening post); a topic renamed, moved to another forum or
  deleted; a forum's audience or groups changed.

- taxonomy: a term renamed or given another slug — for the pages tagged with it.

Group membership changes need nothing here: audiences are checked when searching.
Renaming an organisation is picked up by the next ``search_rebuild``.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from network.choices import PostState
from network.models import ForumCategory, Post, Topic
from practices.models import EventPage, PracticeAttachment, PracticePage, ResourcePage
from practices.models.taxonomy import BaseTaxonomy
from search import indexing
from search.documents import INDEXED_PAGE_TYPES

FIRST_POSTS = 2


def _page_keys(pages) -> list[str]:
    return [f"page:{pk}" for pk in pages.values_list("pk", flat=True)]


def _forum_keys(topics) -> list[str]:
    topic_ids = list(topics.values_list("pk", flat=True))
    posts = Post.objects.filter(topic_id__in=topic_ids, state=PostState.PUBLISHED)
    return [f"topic:{pk}" for pk in topic_ids] + [
        f"post:{pk}" for pk in posts.values_list("pk", flat=True)
    ]


def affected_by_privacy(pages) -> list[str]:
    """Indexed pages among ``pages`` and their subtrees, the translations and aliases of those
    (their audience follows the strictest of them), and the discussions of those practices."""
    paths = list(pages.values_list("path", flat=True))
    if not paths:
        return []
    in_subtrees = Q()
    for path in paths:
        in_subtrees |= Q(path__startswith=path)
    subtree = Page.objects.filter(in_subtrees)
    related = Page.objects.filter(
        Q(pk__in=subtree.values("pk"))
        | Q(translation_key__in=subtree.values("translation_key"))
        | Q(alias_of__in=subtree.values("pk"))
    ).type(*INDEXED_PAGE_TYPES)
    topics = Topic.objects.filter(practice__in=related.values("pk"))
    return _page_keys(related) + _forum_keys(topics)


def _translations_of(page: Page) -> list[str]:
    return _page_keys(
        Page.objects.filter(translation_key=page.translation_key).type(*INDEXED_PAGE_TYPES)
    )


# Pages ---------------------------------------------------------------------------------------


@receiver(page_published, dispatch_uid="search.page_published")
def page_was_published(sender, instance: Page, **kwargs) -> None:
    """Its translations list this language now. A practice may have narrowed a section's
    audience: its old documents go before anything is indexed again."""
    if isinstance(instance.specific, INDEXED_PAGE_TYPES):
        narrowed = isinstance(instance.specific, PracticePage)
        indexing.schedule(_translations_of(instance), remove_first=narrowed)


@receiver(page_unpublished, dispatch_uid="search.page_unpublished")
def page_was_unpublished(sender, instance: Page, **kwargs) -> None:
    if isinstance(instance.specific, INDEXED_PAGE_TYPES):
        indexing.schedule(_translations_of(instance), remove_first=True)


@receiver(post_delete, dispatch_uid="search.page_deleted")
def page_was_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, INDEXED_PAGE_TYPES):
        indexing.schedule([f"page:{instance.pk}"], remove_first=True)


@receiver(post_page_move, dispatch_uid="search.page_moved")
def page_was_moved(sender, instance: Page, **kwargs) -> None:
    """New ancestors may restrict it, and every address in the subtree changed."""
    indexing.schedule(affected_by_privacy(Page.objects.filter(pk=instance.pk)), remove_first=True)


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search.restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search.restriction_deleted")
def page_privacy_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    pages = Page.objects.filter(pk=instance.page_id)
    indexing.schedule(affected_by_privacy(pages), remove_first=True)


@receiver(
    m2m_changed, sender=PageViewRestriction.groups.through, dispatch_uid="search.restriction_groups"
)
def page_privacy_groups_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PageViewRestriction
    ):
        page_privacy_changed(PageViewRestriction, instance)


# Files ---------------------------------------------------------------------------------------


def _holders_of(document_ids: Iterable[int]) -> list[str]:
    document_ids = list(document_ids)
    resources = ResourcePage.objects.filter(document_id__in=document_ids)
    practices = PracticePage.objects.filter(
        pk__in=PracticeAttachment.objects.filter(document_id__in=document_ids).values("page_id")
    )
    return _page_keys(resources) + _page_keys(practices)


@receiver(post_save, sender=get_document_model(), dispatch_uid="search.document_saved")
@receiver(pre_delete, sender=get_document_model(), dispatch_uid="search.document_deleted")
def document_changed(sender, instance, **kwargs) -> None:
    if not kwargs.get("raw"):
        indexing.schedule(_holders_of([instance.pk]), remove_first=True)


@receiver(post_save, sender=CollectionViewRestriction, dispatch_uid="search.collection_saved")
@receiver(post_delete, sender=CollectionViewRestriction, dispatch_uid="search.collection_deleted")
def collection_privacy_changed(sender, instance: CollectionViewRestriction, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    collections = instance.collection.get_descendants(inclusive=True)
    documents = get_document_model().objects.filter(collection__in=collections)
    indexing.schedule(_holders_of(documents.values_list("pk", flat=True)), remove_first=True)


@receiver(
    m2m_changed,
    sender=CollectionViewRestriction.groups.through,
    dispatch_uid="search.collection_groups",
)
def collection_privacy_groups_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, CollectionViewRestriction
    ):
        collection_privacy_changed(CollectionViewRestriction, instance)


# Forums --------------------------------------------------------------------------------------


def _post_and_neighbours(post: Post) -> list[str]:
    """The post, its topic (whose document holds the opening post) and the first published
    posts, one of which may have just become or stopped being the opening post."""
    first = Post.objects.filter(topic_id=post.topic_id, state=PostState.PUBLISHED)
    first = first.order_by("created_at", "id").values_list("pk", flat=True)[:FIRST_POSTS]
    return [f"post:{post.pk}", f"topic:{post.topic_id}", *(f"post:{pk}" for pk in first)]


@receiver(post_save, sender=Post, dispatch_uid="search.post_saved")
def post_changed(sender, instance: Post, **kwargs) -> None:
    if not kwargs.get("raw"):
        hidden = instance.state != PostState.PUBLISHED
        indexing.schedule(_post_and_neighbours(instance), remove_first=hidden)


@receiver(post_delete, sender=Post, dispatch_uid="search.post_deleted")
def post_deleted(sender, instance: Post, **kwargs) -> None:
    indexing.schedule(_post_and_neighbours(instance), remove_first=True)


@receiver(post_save, sender=Topic, dispatch_uid="search.topic_saved")
def topic_changed(sender, instance: Topic, created: bool = False, **kwargs) -> None:
    """A renamed or moved topic: its forum, hence its audience, may have changed."""
    if kwargs.get("raw"):
        return
    if created:
        indexing.schedule([f"topic:{instance.pk}"])
    else:
        indexing.schedule(_forum_keys(Topic.objects.filter(pk=instance.pk)), remove_first=True)


@receiver(post_delete, sender=Topic, dispatch_uid="search.topic_deleted")
def topic_deleted(sender, instance: Topic, **kwargs) -> None:
    indexing.schedule([f"topic:{instance.pk}"], remove_first=True)


@receiver(post_save, sender=ForumCategory, dispatch_uid="search.forum_saved")
def forum_changed(sender, instance: ForumCategory, created: bool = False, **kwargs) -> None:
    if not created and not kwargs.get("raw"):
        indexing.schedule(_forum_keys(instance.topics.all()), remove_first=True)


@receiver(m2m_changed, sender=ForumCategory.groups.through, dispatch_uid="search.forum_groups")
def forum_groups_changed(sender, instance, action: str, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, ForumCategory):
        indexing.schedule(_forum_keys(instance.topics.all()), remove_first=True)


# Taxonomy ------------------------------------------------------------------------------------


def _tagged_with(term: BaseTaxonomy) -> list[str]:
    """Keys of the indexed pages that refer to ``term`` or one of its translations (a page's
    text names the term in the page's language) through any of their fields."""
    terms = type(term).objects.filter(translation_key=term.translation_key)
    keys: list[str] = []
    for model in (PracticePage, ResourcePage, EventPage):
        for field in model._meta.get_fields():
            if getattr(field, "related_model", None) is type(term) and field.concrete:
                tagged = model.objects.filter(**{f"{field.name}__in": terms}).distinct()
                keys += _page_keys(tagged)
    return sorted(set(keys))


@receiver(post_save, dispatch_uid="search.taxonomy_saved")
def taxonomy_term_changed(sender, instance, created: bool, **kwargs) -> None:
    """Documents carry a term's name in their text and its slug as a facet value."""
    if isinstance(instance, BaseTaxonomy) and not created and not kwargs.get("raw"):
        indexing.schedule(_tagged_with(instance))
