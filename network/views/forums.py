"""The forums from a member's side: categories, topics, posting, editing and thanks."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from network import attachments, forums, policy
from network.choices import PostState
from network.forms import EditForm, ReplyForm, TopicForm
from network.models import ForumCategory, Post, PostAttachment, Thanks, Topic
from network.views.access import member_required

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20


def _render(request, template, context, status=200):
    policy.mark_gated(request)
    return TemplateResponse(request, f"network/forums/{template}", context, status=status)


def _category(request, slug: str) -> ForumCategory:
    visible = policy.visible_forums(ForumCategory.objects.all(), request.user)
    category = forums.categories_in_language(visible).filter(slug=slug).first()
    if category is None:
        raise Http404
    return category


def _topic(request, slug: str, topic_id: int) -> Topic:
    category = _category(request, slug)
    topic = (
        Topic.objects.filter(pk=topic_id, category__translation_key=category.translation_key)
        .select_related("category", "practice")
        .first()
    )
    if topic is None or not forums.can_view_topic(request.user, topic):
        raise Http404
    return topic


def _own_post(request, topic: Topic, post_id: int) -> Post:
    post = forums.visible_posts(topic, request.user).filter(pk=post_id).first()
    if post is None:
        raise Http404
    post.topic = topic
    return post


def _post_url(topic: Topic, post: Post, user) -> str:
    before = (
        forums.visible_posts(topic, user)
        .filter(Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk))
        .count()
    )
    url = reverse("forums:topic", args=[topic.category.slug, topic.pk])
    return f"{url}?page={before // POSTS_PER_PAGE + 1}#post-{post.pk}"


def _posted_message(request, post: Post) -> None:
    if post.state == PostState.PENDING:
        messages.info(
            request,
            _("Thank you. Your post is waiting for a moderator; until then only you can see it."),
        )
    else:
        messages.success(request, _("Your post is published."))


@never_cache
def index(request):
    policy.mark_gated(request)
    if not policy.is_member(request.user):
        return _render(request, "about.html", {})
    since = forums.record_forum_visit(request.user)
    visible = policy.visible_forums(ForumCategory.objects.all(), request.user)
    practices = policy.visible_pages(Page.objects.all(), request.user).values("pk")
    counted = Q(topics__last_post_at__isnull=False) & (
        Q(topics__practice__isnull=True) | Q(topics__practice__in=practices)
    )
    categories = list(
        forums.categories_in_language(visible).annotate(
            topic_count=Count("topics", filter=counted, distinct=True)
        )
    )
    new_counts = forums.new_topic_counts(request.user, since)
    for category in categories:
        category.new_count = new_counts.get(str(category.translation_key), 0)
    return _render(
        request,
        "index.html",
        {
            "categories": categories,
            "since": since,
            "new_total": sum(category.new_count for category in categories),
        },
    )


@member_required
def new_since_last_visit(request):
    """Topics with posts since the member's previous visit, in every forum they may read."""
    since = forums.record_forum_visit(request.user)
    visible = policy.visible_forums(ForumCategory.objects.all(), request.user)
    in_language = {
        category.translation_key: category for category in forums.categories_in_language(visible)
    }
    topics = forums.annotate_unread(
        forums.topics_new_since(request.user, since), request.user
    ).select_related("category", "author")
    page_obj = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    for topic in page_obj:
        topic.unread = forums.is_unread(topic)
        topic.forum = in_language.get(topic.category.translation_key, topic.category)
    return _render(request, "new.html", {"page_obj": page_obj, "since": since})


@member_required
def category(request, slug: str):
    category = _category(request, slug)
    forums.record_forum_visit(request.user)
    topics = (
        forums.annotate_unread(forums.visible_topics(category, request.user), request.user)
        .select_related("author")
        .order_by("-pinned", F("last_post_at").desc(nulls_last=True), "-created_at", "-id")
    )
    page_obj = Paginator(topics, TOPICS_PER_PAGE).get_page(request.GET.get("page"))
    # Post counts for this page only: counting over the whole forum would join every post.
    counts = dict(
        Post.objects.filter(
            topic_id__in=[topic.pk for topic in page_obj], state=PostState.PUBLISHED
        )
        .values_list("topic_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    for topic in page_obj:
        topic.unread = forums.is_unread(topic)
        topic.reply_count = counts.get(topic.pk, 0)
    return _render(request, "category.html", {"category": category, "page_obj": page_obj})


@member_required
def topic(request, slug: str, topic_id: int):
    topic = _topic(request, slug, topic_id)
    user = request.user
    forums.record_forum_visit(user)
    posts = (
        forums.visible_posts(topic, user)
        .select_related("author")
        .prefetch_related("attachments")
        .annotate(
            thanks_count=Count("thanks", distinct=True),
            thanked=Exists(Thanks.objects.filter(post=OuterRef("pk"), user=user)),
        )
        .order_by("created_at", "id")
    )
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    first_unread_url = None
    read_at = forums.last_read_at(topic, user)
    unread = posts.filter(state=PostState.PUBLISHED).prefetch_related(None)
    if read_at is not None:
        unread = unread.filter(created_at__gt=read_at)
    first_unread = unread.exclude(author=user).first()
    if first_unread is not None:
        first_unread.topic = topic
        first_unread_url = _post_url(topic, first_unread, user)
    shown = [post for post in page_obj if post.state == PostState.PUBLISHED]
    if shown:
        forums.mark_read(topic, user, max(post.created_at for post in shown))
    form = None
    if not topic.locked:
        draft = forums.draft_for(user, topic)
        form = ReplyForm(
            initial={
                "quote": _quote_id(request.GET.get("quote")),
                "source": draft.source if draft else "",
            }
        )
    return _render(
        request,
        "topic.html",
        {
            "category": topic.category,
            "topic": topic,
            "page_obj": page_obj,
            "first_unread_url": first_unread_url,
            "form": form,
            "quoted": _quoted(topic, user, form.initial["quote"]) if form else None,
        },
    )


def _quote_id(value):
    try:
        return int(value) if value else None
    except (TypeError, ValueError):
        return None


def _quoted(topic: Topic, user, quote_id):
    if not quote_id:
        return None
    post = topic.posts.filter(pk=quote_id).select_related("author").first()
    if post is None:
        return None
    post.topic = topic
    return post if forums.can_view_post(user, post) else None


def _draft_saved_message(request) -> None:
    messages.success(request, _("Your draft is saved. It will be here when you come back."))
    if request.FILES:
        messages.info(
            request, _("Attachments are not kept with drafts: choose them when you post.")
        )


@member_required
def reply(request, slug: str, topic_id: int):
    topic = _topic(request, slug, topic_id)
    user = request.user
    draft_kept = False
    if request.method == "POST":
        form = ReplyForm(request.POST, request.FILES)
        if "save_draft" in request.POST:
            forums.save_draft(user, topic, request.POST.get("source", ""))
            _draft_saved_message(request)
            return redirect("forums:reply", slug=topic.category.slug, topic_id=topic.pk)
        if form.is_valid():
            quoted = _quoted(topic, user, form.cleaned_data["quote"])
            try:
                post = forums.reply(
                    topic,
                    user,
                    form.cleaned_data["source"],
                    quote=quoted,
                    attachments=form.prepared_attachments,
                    confirmations=form.post_confirmations(user),
                )
            except forums.ForumError as error:
                form.add_error(None, str(error))
            else:
                _posted_message(request, post)
                return redirect(_post_url(topic, post, user))
        draft_kept = forums.save_draft(user, topic, request.POST.get("source", "")) is not None
    else:
        draft = forums.draft_for(user, topic)
        form = ReplyForm(
            initial={
                "quote": _quote_id(request.GET.get("quote")),
                "source": draft.source if draft else "",
            }
        )
    quote_id = form.data.get("quote") if form.is_bound else form.initial.get("quote")
    return _render(
        request,
        "reply.html",
        {
            "category": topic.category,
            "topic": topic,
            "form": form,
            "draft_kept": draft_kept,
            "quoted": _quoted(topic, user, _quote_id(quote_id)),
        },
    )


@member_required
def new_topic(request, slug: str):
    category = _category(request, slug)
    user = request.user
    draft_kept = False
    if request.method == "POST":
        form = TopicForm(request.POST, request.FILES)
        typed = {key: request.POST.get(key, "") for key in ("source", "title", "tags")}
        if "save_draft" in request.POST:
            forums.save_draft(user, category, **typed)
            _draft_saved_message(request)
            return redirect("forums:new_topic", slug=category.slug)
        if form.is_valid():
            try:
                topic = forums.start_topic(
                    category,
                    user,
                    form.cleaned_data["title"],
                    form.cleaned_data["source"],
                    tags=form.cleaned_data["tags"].split(","),
                    attachments=form.prepared_attachments,
                    confirmations=form.post_confirmations(user),
                )
            except forums.ForumError as error:
                form.add_error(None, str(error))
            else:
                _posted_message(request, topic.posts.get())
                return redirect("forums:topic", slug=category.slug, topic_id=topic.pk)
        draft_kept = forums.save_draft(user, category, **typed) is not None
    else:
        draft = forums.draft_for(user, category)
        initial = (
            {"source": draft.source, "title": draft.title, "tags": draft.tags} if draft else {}
        )
        form = TopicForm(initial=initial)
    return _render(
        request,
        "topic_form.html",
        {"category": category, "form": form, "draft_kept": draft_kept},
    )


@member_required
def edit(request, slug: str, topic_id: int, post_id: int):
    topic = _topic(request, slug, topic_id)
    post = _own_post(request, topic, post_id)
    if post.author_id != request.user.pk:
        raise Http404
    form = EditForm(
        request.POST or None,
        initial={"source": post.source},
        confirmed=post.anonymity_confirmations,
    )
    if request.method == "POST" and form.is_valid():
        try:
            post = forums.edit_post(
                post,
                request.user,
                form.cleaned_data["source"],
                form.cleaned_data["reason"],
                confirmations=form.post_confirmations(request.user),
            )
        except forums.ForumError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Your post is updated."))
            return redirect(_post_url(topic, post, request.user))
    return _render(request, "edit.html", {"category": topic.category, "topic": topic, "form": form})


@require_POST
@member_required
def thank(request, slug: str, topic_id: int, post_id: int):
    topic = _topic(request, slug, topic_id)
    post = _own_post(request, topic, post_id)
    try:
        forums.thank(post, request.user)
    except forums.ForumError as error:
        messages.error(request, str(error))
    return redirect(_post_url(topic, post, request.user))


@member_required
def practice_discussion(request, page_id: int):
    from practices.models import PracticePage

    practice = PracticePage.objects.live().filter(pk=page_id).first()
    if practice is None or not policy.can_view(request.user, practice):
        raise Http404
    try:
        topic = forums.practice_topic(practice, request.user)
    except forums.ForumError as error:
        raise Http404 from error
    return redirect("forums:topic", slug=topic.category.slug, topic_id=topic.pk)


@member_required
def attachment(request, attachment_id: int):
    """A post's file, for those who may see the post; never from the media folder."""
    attachment = (
        PostAttachment.objects.select_related("post__topic__category", "post__topic__practice")
        .filter(pk=attachment_id)
        .first()
    )
    if attachment is None:
        raise Http404
    if not attachments.can_download(request.user, attachment):
        return TemplateResponse(request, "network/access_denied.html", status=403)
    try:
        return attachments.file_response(request, attachment, download="download" in request.GET)
    except FileNotFoundError as error:
        raise Http404 from error
