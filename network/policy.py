"""The access policy: the one place that decides who may see what.

An audience is ``public``, ``members`` (vetted members in good standing) or ``group:<id>`` (the
members of one network group, by the id of its Django group). Every channel that can reveal
content — pages, listings, search, feeds, documents, e-mails, caches — asks this module, and
nothing else re-implements its rules.

Wagtail's page and collection privacy are read as audiences: "private, for logged-in users"
means members (an applicant is logged in but not vetted), "private, for these groups" means
those groups. Shared passwords are disabled in settings because Wagtail stores them in plain text.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction

from network.choices import MemberStatus

PUBLIC = "public"
MEMBERS = "members"
MEMBERS_GROUP_NAME = "Members"

_CACHE_ATTRIBUTE = "_exchange_audiences"


def group_audience(auth_group_id: int) -> str:
    return f"group:{auth_group_id}"


def members_group() -> Group:
    """The Django group that mirrors active membership, so Wagtail privacy can name it."""
    return Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)[0]


def is_member(user) -> bool:
    """A vetted member in good standing (not an applicant, not suspended or removed)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    profile = member_profile(user)
    return profile is not None and profile.status == MemberStatus.ACTIVE


def member_profile(user):
    """The user's member profile, or None for visitors and applicants."""
    try:
        return user.member_profile
    except (ObjectDoesNotExist, AttributeError):
        return None


def audiences_for(user) -> frozenset[str]:
    """Every audience whose content ``user`` may see; cached on the user object per request."""
    if user is None:
        user = AnonymousUser()
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is not None:
        return cached
    audiences = {PUBLIC}
    if is_member(user):
        audiences.add(MEMBERS)
        audiences.update(
            group_audience(group_id)
            for group_id in user.groups.filter(network_group__isnull=False).values_list(
                "id", flat=True
            )
        )
    result = frozenset(audiences)
    if getattr(user, "is_authenticated", False):
        setattr(user, _CACHE_ATTRIBUTE, result)
    return result


def forget_audiences(user) -> None:
    """Drop the per-request cache after the user's memberships change."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def restriction_audiences(restriction: BaseViewRestriction) -> frozenset[str]:
    """The audiences any one of which satisfies a Wagtail view restriction."""
    if restriction.restriction_type == BaseViewRestriction.LOGIN:
        return frozenset({MEMBERS})
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        audiences = set()
        for group in restriction.groups.all():
            audiences.add(MEMBERS if group.name == MEMBERS_GROUP_NAME else group_audience(group.id))
        return frozenset(audiences)
    return frozenset()  # shared passwords are disabled: nobody passes


def satisfies(user, required: Iterable[frozenset[str]]) -> bool:
    """True when ``user`` meets every requirement (each one a set of alternative audiences)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    audiences = audiences_for(user)
    return all(audiences & requirement for requirement in required)


def _ancestor_paths(path: str) -> list[str]:
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


def page_requirements(page: Page) -> list[frozenset[str]]:
    """Every restriction that governs ``page``: its own and its ancestors', and those of its
    translations and of the page it aliases (and their ancestors).

    A translation or alias shows the same content in another place of the tree, so it is never
    more open than the strictest of them, even if it was made before the restriction was set.
    """
    related = Page.objects.filter(translation_key=page.translation_key)
    if page.alias_of_id:
        related = related | Page.objects.filter(pk=page.alias_of_id)
    paths = {page.path, *related.values_list("path", flat=True)}
    ancestor_paths = {ancestor for path in paths for ancestor in _ancestor_paths(path)}
    restrictions = PageViewRestriction.objects.filter(page__path__in=ancestor_paths)
    return [
        restriction_audiences(restriction)
        for restriction in restrictions.prefetch_related("groups")
    ]


def audience_requirement(audience: str, groups: Iterable = ()) -> frozenset[str] | None:
    """The requirement of a content audience setting: None for public, else the audiences that
    satisfy it. ``groups`` are network groups; a group audience with no group admits nobody."""
    if audience == PUBLIC:
        return None
    if audience == MEMBERS:
        return frozenset({MEMBERS})
    return frozenset(group_audience(group.auth_group_id) for group in groups) or frozenset({""})


def document_requirements(document) -> list[frozenset[str]]:
    """A document is as private as its collection and as every page (or practice section) that
    holds it; a document no page holds is for members only."""
    from practices.models import PracticeAttachment, PracticePage, ResourcePage

    restrictions = document.collection.get_view_restrictions().prefetch_related("groups")
    requirements = [restriction_audiences(restriction) for restriction in restrictions]
    holders = 0
    # Each practice once, however often it attaches the document, and without its body: a
    # practice with hundreds of attachments is otherwise loaded whole once per attachment.
    holding = PracticeAttachment.objects.filter(document=document).values("page_id")
    practices = PracticePage.objects.filter(pk__in=holding).defer_streamfields()
    for practice in practices.prefetch_related("audience_groups"):
        holders += 1
        requirements += page_requirements(practice)
        section = audience_requirement(
            practice.attachments_audience, practice.audience_groups.all()
        )
        if section is not None:
            requirements.append(section)
    for resource in ResourcePage.objects.filter(document=document):
        holders += 1
        requirements += page_requirements(resource)
    for page in _pages_linking_to(document):
        holders += 1
        requirements += page_requirements(page)
    if not holders:
        requirements.append(frozenset({MEMBERS}))
    return requirements


def _pages_linking_to(document) -> list[Page]:
    """Pages whose content links to ``document`` (rich text, blocks), from Wagtail's index."""
    from wagtail.models import ReferenceIndex

    page_type = ContentType.objects.get_for_model(Page)
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.filter(pk__in=[int(pk) for pk in page_ids]))


def is_gated(obj) -> bool:
    """Whether an object's audience is anything other than public."""
    if isinstance(obj, Page):
        return bool(page_requirements(obj))
    if hasattr(obj, "collection"):
        return bool(document_requirements(obj))
    return True


def forum_requirement(category) -> frozenset[str]:
    """Forums are never public: all members, or the members of the category's groups."""
    return audience_requirement(category.audience, category.groups.all())


def visible_forums(queryset: QuerySet, user) -> QuerySet:
    """Forum categories ``user`` may read, filtered by audience (never by listing private ones)."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return queryset
    audiences = audiences_for(user)
    if MEMBERS not in audiences:
        return queryset.none()
    group_ids = [int(key.split(":", 1)[1]) for key in audiences if key.startswith("group:")]
    return queryset.filter(
        Q(audience=MEMBERS) | Q(audience="groups", groups__auth_group_id__in=group_ids)
    ).distinct()


def can_view(user, obj) -> bool:
    """Can ``user`` see ``obj`` (a page, a document, a forum, topic or post, or a member-only
    object)?"""
    if isinstance(obj, Page):
        return satisfies(user, page_requirements(obj))
    if hasattr(obj, "collection") and hasattr(obj, "file"):
        return satisfies(user, document_requirements(obj))
    category = _forum_of(obj)
    if category is not None:
        requirements = [frozenset({MEMBERS}), forum_requirement(category)]
        practice = _practice_discussed(obj)
        if practice is not None:  # a practice's discussion is as private as the practice
            requirements += page_requirements(practice)
        return satisfies(user, requirements)
    return satisfies(user, [frozenset({MEMBERS})])


def _practice_discussed(obj):
    from network.models import Post, Topic

    topic = obj.topic if isinstance(obj, Post) else obj if isinstance(obj, Topic) else None
    return topic.practice if topic is not None and topic.practice_id else None


def _forum_of(obj):
    from network.models import ForumCategory, Post, Topic

    if isinstance(obj, ForumCategory):
        return obj
    if isinstance(obj, Topic):
        return obj.category
    if isinstance(obj, Post):
        return obj.topic.category
    return None


def visible_pages(queryset: QuerySet, user) -> QuerySet:
    """``queryset`` without the pages under restrictions that ``user`` does not satisfy.

    Restrictions are few (one per private section), so excluding their subtrees (with the
    translations and aliases of the pages in them) stays cheap on the database; search engines
    filter on indexed audience fields instead.
    """
    if getattr(user, "is_superuser", False) and user.is_active:
        return queryset
    audiences = audiences_for(user)
    hidden = Q()
    for restriction in PageViewRestriction.objects.select_related("page").prefetch_related(
        "groups"
    ):
        if not audiences & restriction_audiences(restriction):
            subtree = Page.objects.filter(path__startswith=restriction.page.path)
            hidden |= (
                Q(path__startswith=restriction.page.path)
                | Q(translation_key__in=subtree.values("translation_key"))
                | Q(alias_of__in=subtree.values("pk"))
            )
    return queryset.exclude(hidden) if hidden else queryset


def can_see_directory(user) -> bool:
    return MEMBERS in audiences_for(user)


def mark_gated(request: HttpRequest) -> None:
    """Flag a response as carrying gated content, so it is never stored by a shared cache."""
    request.exchange_gated = True
