"""A member's own forum activity: their unfinished drafts and every post they wrote."""

from django.core.paginator import Paginator
from django.shortcuts import render

from network import forums
from network.models import Post
from network.views.access import member_required

PAGE_SIZE = 25
DRAFTS_SHOWN = 20


@member_required
def my_activity(request):
    """Own drafts, then own posts, newest first, with their state (a waiting or hidden post
    says so)."""
    posts = (
        Post.objects.filter(author=request.user)
        .select_related("topic", "topic__category")
        .order_by("-created_at", "-id")
    )
    page_obj = Paginator(posts, PAGE_SIZE).get_page(request.GET.get("page"))
    drafts = forums.drafts_of(request.user)[:DRAFTS_SHOWN]
    return render(request, "network/forums/activity.html", {"page_obj": page_obj, "drafts": drafts})
