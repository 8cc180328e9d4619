"""Moderation from the forums themselves: members report posts; moderators lock, pin and move
topics, edit posts with a reason and suspend members from posting, seeing each post's files and
what the anonymity check flagged in it."""

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from network import forums, moderation, policy
from network.models import ForumCategory, Post, Topic
from network.views.access import member_required
from network.views.forums import _post_url, _render

TOPIC_ACTIONS = {
    "lock": (moderation.lock_topic, gettext_lazy("The topic is locked.")),
    "unlock": (moderation.unlock_topic, gettext_lazy("The topic is unlocked.")),
    "pin": (moderation.pin_topic, gettext_lazy("The topic is pinned.")),
    "unpin": (moderation.unpin_topic, gettext_lazy("The topic is no longer pinned.")),
}


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("What is wrong with this post?"),
        max_length=moderation.MAX_REPORT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Only the moderators read this."),
    )


class MoveForm(forms.Form):
    category = forms.ModelChoiceField(
        label=gettext_lazy("Move to"), queryset=ForumCategory.objects.none()
    )

    def __init__(self, *args, topic: Topic, moderator, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = moderation.move_targets(topic, moderator)


class ModeratorEditForm(forms.Form):
    source = forms.CharField(
        label=gettext_lazy("Post"),
        max_length=forums.MAX_POST_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    reason = forms.CharField(
        label=gettext_lazy("Why you changed it"), max_length=moderation.MAX_EDIT_REASON_LENGTH
    )


class SuspensionForm(forms.Form):
    days = forms.IntegerField(
        label=gettext_lazy("Days"), min_value=1, max_value=moderation.MAX_SUSPENSION_DAYS
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the member)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def moderator_required(view):
    """Forum moderators only; everyone else is told the page does not exist."""

    @wraps(view)
    @never_cache
    def wrapped(request, *args, **kwargs):
        policy.mark_gated(request)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not moderation.is_moderator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def _visible_post(request, post_id: int) -> Post:
    post = Post.objects.select_related("topic__category", "topic__practice").filter(pk=post_id)
    post = post.first()
    if post is None or not forums.can_view_post(request.user, post):
        raise Http404
    return post


@member_required
def report(request, post_id: int):
    post = _visible_post(request, post_id)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                moderation.report_post(post, request.user, form.cleaned_data["reason"], request)
            except moderation.ModerationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Thank you. The moderators will look at this post."))
                return redirect(_post_url(post.topic, post, request.user))
        status = 400
    context = {"category": post.topic.category, "topic": post.topic, "post": post, "form": form}
    return _render(request, "report.html", context, status=status)


def _moderated_topic(request, topic_id: int) -> Topic:
    topic = Topic.objects.select_related("category", "practice").filter(pk=topic_id).first()
    if topic is None or not policy.can_view(request.user, topic):
        raise Http404
    return topic


def _topic_url(topic: Topic) -> str:
    return reverse("forums:topic", args=[topic.category.slug, topic.pk])


@moderator_required
def moderate_topic(request, topic_id: int):
    """The moderators' view of a topic: its controls, and every post with its history, its
    files and its anonymity flags."""
    topic = _moderated_topic(request, topic_id)
    posts = list(
        topic.posts.select_related("author")
        .prefetch_related("revisions__edited_by", "reports", "attachments")
        .order_by("created_at", "id")
    )
    for place, post in enumerate(posts):
        post.topic = topic
        post.anonymity_checks = forums.post_anonymity_checks(post, opens_topic=place == 0)
    context = {
        "category": topic.category,
        "topic": topic,
        "posts": posts,
        "move_form": MoveForm(topic=topic, moderator=request.user),
    }
    return _render(request, "moderate_topic.html", context)


@require_POST
@moderator_required
def topic_action(request, topic_id: int, action: str):
    topic = _moderated_topic(request, topic_id)
    if action not in TOPIC_ACTIONS:
        raise Http404
    perform, done = TOPIC_ACTIONS[action]
    perform(topic, request.user, request=request)
    messages.success(request, str(done))
    return redirect("forums:moderate_topic", topic_id=topic.pk)


@require_POST
@moderator_required
def move_topic(request, topic_id: int):
    topic = _moderated_topic(request, topic_id)
    form = MoveForm(request.POST, topic=topic, moderator=request.user)
    if form.is_valid():
        moderation.move_topic(topic, request.user, form.cleaned_data["category"], request)
        messages.success(request, _("The topic is moved to %(forum)s.") % {"forum": topic.category})
    else:
        messages.error(request, _("Choose a forum to move the topic to."))
    return redirect("forums:moderate_topic", topic_id=topic.pk)


def _moderated_post(request, post_id: int) -> Post:
    post = Post.objects.select_related("topic__category", "author").filter(pk=post_id).first()
    if post is None or not policy.can_view(request.user, post.topic):
        raise Http404
    return post


@moderator_required
def edit_post(request, post_id: int):
    post = _moderated_post(request, post_id)
    form = ModeratorEditForm(request.POST or None, initial={"source": post.source})
    if request.method == "POST" and form.is_valid():
        try:
            moderation.moderator_edit_post(
                post,
                request.user,
                form.cleaned_data["source"],
                form.cleaned_data["reason"],
                request,
            )
        except moderation.ModerationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The post is updated; the earlier version is kept."))
            return redirect("forums:moderate_topic", topic_id=post.topic_id)
    context = {
        "category": post.topic.category,
        "topic": post.topic,
        "post": post,
        "form": form,
        "anonymity_checks": forums.post_anonymity_checks(
            post, opens_topic=forums.is_opening_post(post)
        ),
    }
    return _render(request, "moderate_edit.html", context)


@moderator_required
def suspend(request, user_id: int):
    member = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if member is None:
        raise Http404
    form = SuspensionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            suspension = moderation.suspend_posting(
                member,
                request.user,
                form.cleaned_data["days"],
                form.cleaned_data["reason"],
                request,
            )
        except moderation.ModerationError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("%(member)s cannot post until %(until)s.")
                % {"member": member, "until": suspension.until.date()},
            )
            return redirect(_next_topic(request))
    context = {
        "member": member,
        "form": form,
        "suspension": moderation.active_posting_suspension(member),
        "next_topic": request.GET.get("topic") or request.POST.get("next_topic") or "",
    }
    return _render(request, "suspend.html", context)


def _next_topic(request) -> str:
    try:
        topic_id = int(request.POST.get("next_topic"))
    except (TypeError, ValueError):
        return reverse("forums:index")
    return reverse("forums:moderate_topic", kwargs={"topic_id": topic_id})
