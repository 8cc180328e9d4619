"""The forums from a member's side: categories, topics, posting, editing and thanks."""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from network import forums, policy
from network.choices import PostState
from network.models import ForumCategory, Post, Thanks, Topic
from network.views.access import member_required

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20


class PostForm(forms.Form):
    source = forms.CharField(
        label=gettext_lazy("Your post"),
        max_length=forums.MAX_POST_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=gettext_lazy("Markdown: *emphasis*, **strong**, > quotation, - lists, links."),
    )


class ReplyForm(PostForm):
    quote = forms.IntegerField(required=False, widget=forms.HiddenInput)


class TopicForm(PostForm):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=forums.MAX_TITLE_LENGTH)
    tags = forms.CharField(
        label=gettext_lazy("Tags"),
        required=False,
        max_length=500,
        help_text=gettext_lazy("Optional, separated by commas."),
    )
    field_order = ["title", "source", "tags"]


class EditForm(PostForm):
    reason = forms.CharField(
        label=gettext_lazy("Why you changed it"), required=False, max_length=500
    )


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
    visible = policy.visible_forums(ForumCategory.objects.all(), request.user)
    practices = policy.visible_pages(Page.objects.all(), request.user).values("pk")
    counted = Q(topics__last_post_at__isnull=False) & (
        Q(topics__practice__isnull=True) | Q(topics__practice__in=practices)
    )
    categories = forums.categories_in_language(visible).annotate(
        topic_count=Count("topics", filter=counted, distinct=True)
    )
    return _render(request, "index.html", {"categories": categories})


@member_required
def category(request, slug: str):
    category = _category(request, slug)
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
    posts = (
        forums.visible_posts(topic, user)
        .select_related("author")
        .annotate(
            thanks_count=Count("thanks", distinct=True),
            thanked=Exists(Thanks.objects.filter(post=OuterRef("pk"), user=user)),
        )
        .order_by("created_at", "id")
    )
    page_obj = Paginator(posts, POSTS_PER_PAGE).get_page(request.GET.get("page"))
    first_unread_url = None
    read_at = forums.last_read_at(topic, user)
    unread = posts.filter(state=PostState.PUBLISHED)
    if read_at is not None:
        unread = unread.filter(created_at__gt=read_at)
    first_unread = unread.exclude(author=user).first()
    if first_unread is not None:
        first_unread.topic = topic
        first_unread_url = _post_url(topic, first_unread, user)
    shown = [post for post in page_obj if post.state == PostState.PUBLISHED]
    if shown:
        forums.mark_read(topic, user, max(post.created_at for post in shown))
    form = ReplyForm(initial={"quote": _quote_id(request.GET.get("quote"))})
    return _render(
        request,
        "topic.html",
        {
            "category": topic.category,
            "topic": topic,
            "page_obj": page_obj,
            "first_unread_url": first_unread_url,
            "form": None if topic.locked else form,
            "quoted": _quoted(topic, user, form.initial["quote"]),
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


@member_required
def reply(request, slug: str, topic_id: int):
    topic = _topic(request, slug, topic_id)
    form = ReplyForm(request.POST or None, initial={"quote": _quote_id(request.GET.get("quote"))})
    if request.method == "POST" and form.is_valid():
        quoted = _quoted(topic, request.user, form.cleaned_data["quote"])
        try:
            post = forums.reply(topic, request.user, form.cleaned_data["source"], quote=quoted)
        except forums.ForumError as error:
            form.add_error(None, str(error))
        else:
            _posted_message(request, post)
            return redirect(_post_url(topic, post, request.user))
    quote_id = form.data.get("quote") if form.is_bound else form.initial.get("quote")
    return _render(
        request,
        "reply.html",
        {
            "category": topic.category,
            "topic": topic,
            "form": form,
            "quoted": _quoted(topic, request.user, _quote_id(quote_id)),
        },
    )


@member_required
def new_topic(request, slug: str):
    category = _category(request, slug)
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        tags = form.cleaned_data["tags"].split(",")
        try:
            topic = forums.start_topic(
                category,
                request.user,
                form.cleaned_data["title"],
                form.cleaned_data["source"],
                tags=tags,
            )
        except forums.ForumError as error:
            form.add_error(None, str(error))
        else:
            _posted_message(request, topic.posts.get())
            return redirect("forums:topic", slug=category.slug, topic_id=topic.pk)
    return _render(request, "topic_form.html", {"category": category, "form": form})


@member_required
def edit(request, slug: str, topic_id: int, post_id: int):
    topic = _topic(request, slug, topic_id)
    post = _own_post(request, topic, post_id)
    if post.author_id != request.user.pk:
        raise Http404
    form = EditForm(request.POST or None, initial={"source": post.source})
    if request.method == "POST" and form.is_valid():
        try:
            post = forums.edit_post(
                post, request.user, form.cleaned_data["source"], form.cleaned_data["reason"]
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
