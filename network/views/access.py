"""View decorators that apply the access policy."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from network import policy


def member_required(view):
    """Members only: visitors are sent to sign in, applicants are told how to become members."""

    @wraps(view)
    @never_cache
    def wrapped(request, *args, **kwargs):
        policy.mark_gated(request)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not policy.is_member(request.user):
            return TemplateResponse(request, "network/access_denied.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped
