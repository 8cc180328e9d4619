"""The follow / unfollow button of topic and forum pages."""

from django import template
from django.urls import reverse

from network import notifications
from network.models import Topic

register = template.Library()


@register.inclusion_tag("network/notifications/follow_button.html", takes_context=True)
def follow_button(context, target):
    """A POST button that follows or unfollows ``target`` (a topic or a forum)."""
    user = context["request"].user
    if isinstance(target, Topic):
        url = reverse("forums:follow_topic", args=[target.pk])
    else:
        url = reverse("forums:follow_category", args=[target.pk])
    return {
        "url": url,
        "following": notifications.is_following(user, target),
        "is_topic": isinstance(target, Topic),
        "csrf_token": context.get("csrf_token"),
    }
