"""Forum actions: starting topics, replying, editing, thanking and reading.

Every write renders the Markdown source through the sanitiser and stores both, with what the
author confirmed of the anonymity check. Guards raise ``ForumError`` with a message meant for the
person who tried.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from exchange import anonymity
from network import audit, notifications, policy
from network.attachments import attach, attachments_per_post
from network.choices import ForumAudience, PostState
from network.models import (
    ForumCategory,
    ForumDraft,
    ForumVisit,
    Post,
    PostRevision,
    Thanks,
    Topic,
    TopicVisit,
)
from network.sanitiser import render_markdown

MAX_TITLE_LENGTH = 200
MAX_POST_LENGTH = 20_000
DUPLICATE_WINDOW = timedelta(minutes=10)
MAX_DRAFT_LENGTH = 50_000
# A forum visit ends after this long without a forum page; what is "new" is counted from the end
# of the visit before the current one, so reloading a page does not clear it.
VISIT_GAP = timedelta(minutes=30)
VISIT_TOUCH_INTERVAL = timedelta(minutes=5)
PRACTICE_CATEGORY_SLUG = "practice-discussions"


class ForumError(Exception):
    """An action the forum refuses; ``str(error)`` is shown to the member."""


def author_name(user) -> str:
    return str(user) if user is not None else _("a former member")


# Reading ------------------------------------------------------------------------------------


def categories_in_language(queryset: QuerySet | None = None) -> QuerySet:
    """Categories in the active language, falling back to the default language's version of
    those not translated yet."""
    queryset = ForumCategory.objects.all() if queryset is None else queryset
    active = Locale.get_active()
    default = Locale.get_default()
    if active.pk == default.pk:
        return queryset.filter(locale=active)
    translated = ForumCategory.objects.filter(locale=active).values("translation_key")
    return queryset.filter(
        Q(locale=active) | Q(locale=default) & ~Q(translation_key__in=translated)
    )


def visible_topics(category: ForumCategory, user) -> QuerySet:
    """Topics of ``category`` — in every language it is translated into, one forum holding
    conversations in several languages — that ``user`` may see: those with a published post,
    the user's own, and discussions of practices the user may read."""
    visible_practices = policy.visible_pages(Page.objects.all(), user).values("pk")
    return (
        Topic.objects.filter(category__translation_key=category.translation_key)
        .filter(_has_published_post() | Q(author=user) | Q(practice__isnull=False))
        .filter(Q(practice__isnull=True) | Q(practice__in=visible_practices))
    )


def _has_published_post() -> Q:
    """``last_post_at`` is the time of the topic's latest *published* post and null while it
    has none (kept so by ``_create_post`` and the moderation actions), so one column answers
    "has a published post" without a per-topic subquery over the posts table."""
    return Q(last_post_at__isnull=False)


def visible_topics_everywhere(user) -> QuerySet:
    """Topics of every forum ``user`` may read, with the same rules as ``visible_topics``."""
    visible_practices = policy.visible_pages(Page.objects.all(), user).values("pk")
    forums = policy.visible_forums(ForumCategory.objects.all(), user).values("pk")
    return (
        Topic.objects.filter(category__in=forums)
        .filter(_has_published_post() | Q(author=user) | Q(practice__isnull=False))
        .filter(Q(practice__isnull=True) | Q(practice__in=visible_practices))
    )


def can_view_topic(user, topic: Topic) -> bool:
    if not policy.can_view(user, topic):
        return False
    if topic.practice_id is not None and (
        topic.practice is None or not policy.can_view(user, topic.practice)
    ):
        return False
    if topic.practice_id is None and topic.author_id != getattr(user, "pk", None):
        return topic.posts.filter(state=PostState.PUBLISHED).exists()
    return True


def visible_posts(topic: Topic, user) -> QuerySet:
    """Published posts, and the user's own posts waiting for a moderator."""
    return topic.posts.filter(
        Q(state=PostState.PUBLISHED) | Q(state=PostState.PENDING, author=user)
    )


def can_view_post(user, post: Post) -> bool:
    if not can_view_topic(user, post.topic):
        return False
    return post.state == PostState.PUBLISHED or (
        post.state == PostState.PENDING and post.author_id == user.pk
    )


def annotate_unread(topics: QuerySet, user) -> QuerySet:
    """Adds ``last_read_at`` (None when never visited) in the same query."""
    visits = TopicVisit.objects.filter(topic=OuterRef("pk"), user=user).values("last_read_at")
    return topics.annotate(last_read_at=Subquery(visits[:1]))


def is_unread(topic: Topic) -> bool:
    """For a topic from ``annotate_unread``."""
    if topic.last_post_at is None:
        return False
    return topic.last_read_at is None or topic.last_post_at > topic.last_read_at


def mark_read(topic: Topic, user, read_at=None) -> TopicVisit:
    """Remember that ``user`` has read ``topic`` up to ``read_at`` (now by default); never moves
    the mark backwards."""
    read_at = read_at or timezone.now()
    visit, created = TopicVisit.objects.get_or_create(
        topic=topic, user=user, defaults={"last_read_at": read_at}
    )
    if not created and visit.last_read_at < read_at:
        visit.last_read_at = read_at
        visit.save(update_fields=["last_read_at"])
    return visit


def last_read_at(topic: Topic, user):
    return (
        TopicVisit.objects.filter(topic=topic, user=user)
        .values_list("last_read_at", flat=True)
        .first()
    )


# New since the last visit --------------------------------------------------------------------


def record_forum_visit(user, now: datetime | None = None) -> datetime | None:
    """Note that ``user`` is in the forums and return when their previous visit ended (None on
    a first visit). A visit lasts while pages follow each other within ``VISIT_GAP``; the row is
    written at most once per ``VISIT_TOUCH_INTERVAL``."""
    now = now or timezone.now()
    visit, created = ForumVisit.objects.get_or_create(user=user, defaults={"last_seen": now})
    if created:
        return None
    if now - visit.last_seen >= VISIT_GAP:
        visit.previous_seen, visit.last_seen = visit.last_seen, now
        visit.save(update_fields=["previous_seen", "last_seen"])
    elif now - visit.last_seen >= VISIT_TOUCH_INTERVAL:
        visit.last_seen = now
        visit.save(update_fields=["last_seen"])
    return visit.previous_seen


def new_since(topics: QuerySet, since: datetime | None) -> QuerySet:
    """Topics with a published post after ``since`` (every topic with posts on a first visit)."""
    topics = topics.filter(last_post_at__isnull=False)
    return topics if since is None else topics.filter(last_post_at__gt=since)


def new_topic_counts(user, since: datetime | None) -> dict[str, int]:
    """How many topics have news since ``since``, per forum (by translation key, so a forum
    counts the topics of all its languages), in one query."""
    rows = (
        new_since(visible_topics_everywhere(user), since)
        .values("category__translation_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return {str(row["category__translation_key"]): row["count"] for row in rows}


def topics_new_since(user, since: datetime | None) -> QuerySet:
    """The topics of the forums ``user`` may read with posts since ``since``, latest first."""
    return new_since(visible_topics_everywhere(user), since).order_by("-last_post_at", "-pk")


# Drafts -------------------------------------------------------------------------------------


def _draft_target(target: Topic | ForumCategory) -> dict:
    return {"topic": target} if isinstance(target, Topic) else {"category": target}


def save_draft(
    user, target: Topic | ForumCategory, source: str, title: str = "", tags: str = ""
) -> ForumDraft | None:
    """Keep what ``user`` is writing in ``target`` (a topic for a reply, a forum for a new
    topic); an empty draft is discarded and None returned."""
    source, title, tags = (source or "")[:MAX_DRAFT_LENGTH], (title or "")[:500], (tags or "")[:500]
    if not (source.strip() or title.strip()):
        discard_draft(user, target)
        return None
    draft, _created = ForumDraft.objects.update_or_create(
        user=user,
        **_draft_target(target),
        defaults={"source": source, "title": title, "tags": tags},
    )
    return draft


def draft_for(user, target: Topic | ForumCategory) -> ForumDraft | None:
    return ForumDraft.objects.filter(user=user, **_draft_target(target)).first()


def discard_draft(user, target: Topic | ForumCategory) -> None:
    ForumDraft.objects.filter(user=user, **_draft_target(target)).delete()


def drafts_of(user) -> QuerySet:
    """The member's drafts in forums and topics they may still see, latest first."""
    forums = policy.visible_forums(ForumCategory.objects.all(), user).values("pk")
    topics = visible_topics_everywhere(user).values("pk")
    return (
        ForumDraft.objects.filter(user=user)
        .filter(Q(topic__in=topics) | Q(category__in=forums))
        .select_related("topic__category", "category")
        .order_by("-updated_at", "-pk")
    )


# Writing ------------------------------------------------------------------------------------


def needs_premoderation(user, category: ForumCategory) -> bool:
    """Pre-moderated forums, and a member's first few posts anywhere, wait for a moderator."""
    if category.premoderated:
        return True
    threshold = settings.FORUM_PREMODERATED_FIRST_POSTS
    if threshold <= 0:
        return False
    published = Post.objects.filter(author=user, state=PostState.PUBLISHED)[:threshold].count()
    return published < threshold


def _check_allowed(user, category: ForumCategory) -> None:
    if not policy.is_member(user) or not policy.can_view(user, category):
        raise ForumError(_("You cannot post in this forum."))
    from django.utils.formats import date_format

    from network.moderation import active_posting_suspension

    suspension = active_posting_suspension(user)
    if suspension is not None:
        raise ForumError(
            _("A moderator has suspended you from posting until %(until)s. You can still read.")
            % {"until": date_format(timezone.localtime(suspension.until), "DATETIME_FORMAT")}
        )


def _check_text(source: str) -> str:
    source = (source or "").strip()
    if not source:
        raise ForumError(_("Please write something before posting."))
    if len(source) > MAX_POST_LENGTH:
        raise ForumError(
            _("A post can be at most %(limit)s characters long; this one has %(length)s.")
            % {"limit": MAX_POST_LENGTH, "length": len(source)}
        )
    return source


def _check_rate(user) -> None:
    limit = settings.FORUM_POSTS_PER_HOUR
    since = timezone.now() - timedelta(hours=1)
    if Post.objects.filter(author=user, created_at__gte=since).count() >= limit:
        raise ForumError(
            _(
                "You have posted %(limit)s times in the last hour, the most allowed. "
                "Please wait a while and try again; your text is kept below."
            )
            % {"limit": limit}
        )


def _publish_state(user, category: ForumCategory) -> str:
    return PostState.PENDING if needs_premoderation(user, category) else PostState.PUBLISHED


def _check_attachments(attachments: Sequence) -> None:
    limit = attachments_per_post()
    if len(attachments) > limit:
        raise ForumError(
            ngettext(
                "A post can have at most %(limit)s attachment.",
                "A post can have at most %(limit)s attachments.",
                limit,
            )
            % {"limit": limit}
        )


def _create_post(
    topic: Topic,
    author,
    source: str,
    attachments: Sequence = (),
    confirmations: Iterable[Mapping] = (),
) -> Post:
    post = Post.objects.create(
        topic=topic,
        author=author,
        source=source,
        html=render_markdown(source),
        state=_publish_state(author, topic.category),
        anonymity_confirmations=anonymity.merge_confirmations([], confirmations),
    )
    attach(post, attachments)
    notifications.record_mentions(post)
    notifications.follow(author, topic)
    if post.state == PostState.PUBLISHED:
        Topic.objects.filter(pk=topic.pk).update(last_post_at=post.created_at)
        topic.last_post_at = post.created_at
        notifications.notify_post_published(post)
    return post


@transaction.atomic
def start_topic(
    category: ForumCategory,
    author,
    title: str,
    source: str,
    tags=(),
    practice=None,
    attachments: Sequence = (),
    confirmations: Iterable[Mapping] = (),
) -> Topic:
    """Open a topic with its first post (and its checked attachments, and what the author
    confirmed of the anonymity check); the author's draft for the forum is discarded."""
    _check_allowed(author, category)
    title = (title or "").strip()
    if not title:
        raise ForumError(_("Please give the topic a title."))
    if len(title) > MAX_TITLE_LENGTH:
        raise ForumError(
            _("A title can be at most %(limit)s characters long.") % {"limit": MAX_TITLE_LENGTH}
        )
    source = _check_text(source)
    _check_attachments(attachments)
    _check_rate(author)
    recent = timezone.now() - DUPLICATE_WINDOW
    if Post.objects.filter(
        author=author,
        topic__category=category,
        topic__title=title,
        source=source,
        created_at__gte=recent,
    ).exists():
        raise ForumError(_("You have just started this same topic; it was not posted twice."))
    topic = Topic.objects.create(category=category, author=author, title=title, practice=practice)
    tag_names = [tag.strip()[:100] for tag in tags if tag and tag.strip()]
    if tag_names:
        topic.tags.add(*tag_names[:10])
    _create_post(topic, author, source, attachments, confirmations)
    discard_draft(author, category)
    return topic


def quote_markdown(post: Post) -> str:
    """The quoted post as a Markdown blockquote headed by its author's name."""
    lines = [_("%(name)s wrote:") % {"name": author_name(post.author)}, ""]
    lines += post.source.splitlines()
    return "\n".join(f"> {line}".rstrip() for line in lines) + "\n\n"


@transaction.atomic
def reply(
    topic: Topic,
    author,
    source: str,
    quote: Post | None = None,
    attachments: Sequence = (),
    confirmations: Iterable[Mapping] = (),
) -> Post:
    """Answer in ``topic``; ``quote`` (a post of the same topic the author may see) is quoted
    above the answer. The author's draft for the topic is discarded."""
    topic = Topic.objects.select_related("category").get(pk=topic.pk)
    _check_allowed(author, topic.category)
    if not can_view_topic(author, topic):
        raise ForumError(_("You cannot post in this forum."))
    if topic.locked:
        raise ForumError(_("This topic is locked: it takes no more replies."))
    source = _check_text(source)
    _check_attachments(attachments)
    _check_rate(author)
    recent = timezone.now() - DUPLICATE_WINDOW
    full_source = source
    if quote is not None and quote.topic_id == topic.pk and can_view_post(author, quote):
        full_source = quote_markdown(quote) + source
        confirmations = [*confirmations, *quotation_confirmations(quote)]
        if len(full_source) > MAX_POST_LENGTH:
            raise ForumError(
                _("With the quotation, the post would be longer than %(limit)s characters.")
                % {"limit": MAX_POST_LENGTH}
            )
    if Post.objects.filter(
        author=author, topic=topic, source=full_source, created_at__gte=recent
    ).exists():
        raise ForumError(_("You have just posted this same text here; it was not posted twice."))
    post = _create_post(topic, author, full_source, attachments, confirmations)
    discard_draft(author, topic)
    return post


def quotation_confirmations(quote: Post) -> list[dict]:
    """What a quotation brings with it: its author's confirmations of the quoted text, and the
    quoted member's name in the heading, which the forum itself wrote."""
    heading = quote_markdown(quote).split("\n", 1)[0]
    recorded = [item for item in quote.anonymity_confirmations if item.get("field") == "source"]
    written_by_the_forum = [
        {
            "field": "source",
            "kind": flag.kind,
            "excerpt": flag.excerpt,
            "by": None,
            "by_name": _("the forum (a member's name heading a quotation)"),
            "at": timezone.now().isoformat(),
        }
        for flag in anonymity.find_personal_data(heading)
    ]
    return [*recorded, *written_by_the_forum]


@transaction.atomic
def edit_post(
    post: Post, editor, source: str, reason: str = "", confirmations: Iterable[Mapping] = ()
) -> Post:
    """The author changes their post; the previous version is kept as a revision, and of the
    passages confirmed not to be personal data only those still in the text are kept."""
    post = Post.objects.select_for_update().select_related("topic__category").get(pk=post.pk)
    if editor is None or post.author_id != editor.pk or not can_view_post(editor, post):
        raise ForumError(_("You can only edit your own posts."))
    _check_allowed(editor, post.topic.category)
    if post.topic.locked:
        raise ForumError(_("This topic is locked: its posts can no longer be edited."))
    source = _check_text(source)
    reason = (reason or "").strip()[:500]
    if source == post.source:
        return post
    PostRevision.objects.create(
        post=post, source=post.source, html=post.html, edited_by=editor, reason=reason
    )
    post.source = source
    post.html = render_markdown(source)
    post.edited_at = timezone.now()
    post.anonymity_confirmations = _confirmations_after_edit(post, source, confirmations)
    post.save(update_fields=["source", "html", "edited_at", "anonymity_confirmations"])
    return post


def _confirmations_after_edit(post: Post, source: str, new: Iterable[Mapping]) -> list[dict]:
    merged = anonymity.merge_confirmations(post.anonymity_confirmations, new)
    flagged = {(flag.kind, flag.excerpt) for flag in anonymity.find_personal_data(source)}
    return [
        item
        for item in merged
        if item["field"] != "source" or (item["kind"], item["excerpt"]) in flagged
    ]


def thank(post: Post, user) -> bool:
    """Thank the author of a published post; returns False if already thanked."""
    if not policy.is_member(user) or not can_view_post(user, post):
        raise ForumError(_("You cannot thank for this post."))
    if post.state != PostState.PUBLISHED:
        raise ForumError(_("Posts waiting for a moderator cannot be thanked yet."))
    if post.author_id == user.pk:
        raise ForumError(_("You cannot thank yourself."))
    return Thanks.objects.get_or_create(post=post, user=user)[1]


# Practice discussions -----------------------------------------------------------------------


def practice_category() -> ForumCategory:
    locale = Locale.get_default()
    category = ForumCategory.objects.filter(slug=PRACTICE_CATEGORY_SLUG, locale=locale).first()
    if category is None:
        category = ForumCategory.objects.create(
            slug=PRACTICE_CATEGORY_SLUG,
            locale=locale,
            name=_("Practice discussions"),
            description=_("Conversations about the practices shared on the exchange."),
            audience=ForumAudience.MEMBERS,
        )
        audit.record("forum.category_created", target=category)
    return category


@transaction.atomic
def practice_topic(practice, user) -> Topic:
    """The discussion topic of ``practice``, created the first time a member asks for it."""
    if not policy.is_member(user) or not policy.can_view(user, practice):
        raise ForumError(_("You cannot discuss this practice."))
    category = practice_category()
    # Serialise creators on the category row so the topic is made only once.
    ForumCategory.objects.select_for_update().filter(pk=category.pk).first()
    topic = Topic.objects.filter(category=category, practice=practice).order_by("pk").first()
    if topic is None:
        topic = Topic.objects.create(
            category=category, practice=practice, title=practice.title[:MAX_TITLE_LENGTH]
        )
    return topic


# The anonymity check, as moderators see it ---------------------------------------------------


def post_texts(post: Post, opens_topic: bool = False) -> tuple[dict[str, str], dict[str, str]]:
    """The texts of ``post`` the anonymity check reads — the topic's title for its opening
    post, the text, each file's description — keyed as confirmations are, with their labels."""
    texts, labels = {}, {}
    if opens_topic:
        texts["title"], labels["title"] = post.topic.title, _("Title")
    texts["source"], labels["source"] = post.source, _("Post")
    for place, attachment in enumerate(post.attachments.all(), 1):
        key = f"attachment_{place}"
        texts[key] = attachment.description
        labels[key] = _("Description of “%(name)s”") % {"name": attachment.name}
    return texts, labels


def post_anonymity_checks(post: Post, opens_topic: bool = False) -> list[anonymity.FieldCheck]:
    """What the anonymity check finds in ``post`` now, each flag unresolved or confirmed by its
    author (prefetch ``attachments`` when listing many posts)."""
    texts, labels = post_texts(post, opens_topic)
    return anonymity.check_fields(texts, post.anonymity_confirmations, labels)


def anonymity_flag_counts(post: Post, opens_topic: bool = False) -> tuple[int, int]:
    """(passages to check, passages the author confirmed) in ``post``."""
    checks = post_anonymity_checks(post, opens_topic)
    return (
        sum(len(check.unresolved) for check in checks),
        sum(len(check.confirmed) for check in checks),
    )


def _first_post_of_topic() -> Subquery:
    return Subquery(
        Post.objects.filter(topic=OuterRef("topic")).order_by("created_at", "pk").values("pk")[:1]
    )


def annotate_opens_topic(posts: QuerySet) -> QuerySet:
    """Adds ``opens_topic``: whether each post is its topic's first (whose title it carries)."""
    return posts.annotate(
        opens_topic=ExpressionWrapper(Q(pk=_first_post_of_topic()), output_field=BooleanField())
    )


def is_opening_post(post: Post) -> bool:
    first = Post.objects.filter(topic_id=post.topic_id).order_by("created_at", "pk")
    return first.values_list("pk", flat=True).first() == post.pk
