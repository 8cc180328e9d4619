"""Notifications from a member's side: the list, e-mail settings, following and unsubscribing."""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from network import forums, notifications, policy
from network.models import ForumCategory, Topic, User
from network.views.access import member_required

NOTIFICATIONS_PER_PAGE = 25


class EmailPreferenceForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["forum_email"]
        widgets = {"forum_email": forms.RadioSelect}


def _render(request, template, context, status=200):
    policy.mark_gated(request)
    return TemplateResponse(request, f"network/notifications/{template}", context, status=status)


@member_required
def index(request):
    user = request.user
    form = EmailPreferenceForm(request.POST or None, instance=user)
    if request.method == "POST":
        if request.POST.get("action") == "mark_all_read":
            notifications.mark_all_read(user)
            messages.success(request, _("All notifications are marked as read."))
            return redirect("forums:notifications")
        if form.is_valid():
            form.save()
            messages.success(request, _("Your e-mail setting is saved."))
            return redirect("forums:notifications")
    items = notifications.visible_notifications(user)
    page_obj = Paginator(items, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return _render(
        request,
        "index.html",
        {
            "page_obj": page_obj,
            "unread": sum(1 for item in items if item.read_at is None),
            "form": form,
        },
    )


@require_POST
@member_required
def follow_topic(request, topic_id: int):
    topic = Topic.objects.select_related("category", "practice").filter(pk=topic_id).first()
    if topic is None or not forums.can_view_topic(request.user, topic):
        raise Http404
    if request.POST.get("action") == "unfollow":
        notifications.unfollow(request.user, topic)
        messages.success(request, _("You no longer follow this topic."))
    else:
        notifications.follow(request.user, topic)
        messages.success(request, _("You follow this topic now."))
    return redirect("forums:topic", slug=topic.category.slug, topic_id=topic.pk)


@require_POST
@member_required
def follow_category(request, category_id: int):
    visible = policy.visible_forums(ForumCategory.objects.all(), request.user)
    category = visible.filter(pk=category_id).first()
    if category is None:
        raise Http404
    if request.POST.get("action") == "unfollow":
        notifications.unfollow(request.user, category)
        messages.success(request, _("You no longer follow this forum."))
    else:
        notifications.follow(request.user, category)
        messages.success(request, _("You follow this forum now."))
    return redirect("forums:category", slug=category.slug)


@never_cache
def unsubscribe(request, token: str):
    """Works without signing in: the signed token names the member and what to stop."""
    try:
        user, subscription, everything = notifications.read_unsubscribe_token(token)
    except signing.BadSignature:
        return _render(request, "unsubscribe_invalid.html", {}, status=400)
    if request.method == "POST":
        notifications.unsubscribe(user, subscription, everything)
        return _render(request, "unsubscribe_done.html", {"everything": everything})
    target = None
    if subscription is not None:
        target = subscription.topic or subscription.category
        if not policy.can_view(user, target):  # no title for one who may no longer see it
            target = None
    return _render(
        request,
        "unsubscribe_confirm.html",
        {
            "everything": everything,
            "target": target,
            "gone": not everything and subscription is None,
        },
    )
