"""Request-wide rules: staff tools need a second factor, idle sessions end, and personal
responses are never kept by shared caches."""

import re
import time
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from network.mfa import has_second_factor, requires_second_factor, session_used_second_factor

# Staff tools: the Wagtail admin, and the moderators' tools on the forums themselves (in every
# language): both act on other people's accounts and words.
STAFF_TOOL_PATHS = re.compile(r"^/(admin|[\w-]+/forums/moderate)/")
# Answer everyone as a visitor and never read the session (the API, the health check): a request
# there is no sign of a person at work, and must not rewrite their session cookie.
SESSIONLESS_PREFIXES = ("/api/", "/healthz")

LAST_ACTIVITY_KEY = "exchange_last_activity"
ENTERED_STAFF_TOOLS_KEY = "exchange_entered_staff_tools"
# The last-activity stamp is rewritten at most this often (seconds), not on every request, so a
# busy reader does not cost a session write per page.
ACTIVITY_RESOLUTION = 60


def is_staff_tools_path(path: str) -> bool:
    return STAFF_TOOL_PATHS.match(path) is not None


class RequireMfaForStaffToolsMiddleware:
    """Moderators, editors, vetting officers and staff enrol a second factor before their tools."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            is_staff_tools_path(request.path)
            and user.is_authenticated
            and requires_second_factor(user)
        ):
            if not has_second_factor(user):
                messages.warning(
                    request,
                    _("Your role needs two-factor authentication. Set it up to reach your tools."),
                )
                return redirect("mfa_activate_totp")
            if not session_used_second_factor(request):
                return redirect_to_login(request.get_full_path(), "mfa_reauthenticate")
        return self.get_response(request)


def idle_timeout(session) -> int:
    """Seconds of inactivity a session survives: shorter once it has used the staff tools."""
    if session.get(ENTERED_STAFF_TOOLS_KEY):
        return settings.SESSION_IDLE_TIMEOUT_STAFF_TOOLS
    return settings.SESSION_IDLE_TIMEOUT


def describe_duration(seconds: int) -> str:
    """'2 hours', '30 minutes' — in the reader's language, from Django's own translations."""
    now = timezone.now()
    return timesince(now - timedelta(seconds=seconds), now)


class SignOutIdleSessionsMiddleware:
    """A session left unused for ``idle_timeout`` seconds is signed out, so an unattended screen
    in a shared office does not stay open on members' data."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(SESSIONLESS_PREFIXES) and request.user.is_authenticated:
            session = request.session
            now = int(time.time())
            last_activity = session.get(LAST_ACTIVITY_KEY)
            timeout = idle_timeout(session)
            if last_activity is not None and now - last_activity > timeout:
                return self.sign_out(request, timeout)
            if is_staff_tools_path(request.path) and not session.get(ENTERED_STAFF_TOOLS_KEY):
                session[ENTERED_STAFF_TOOLS_KEY] = True
            if last_activity is None or now - last_activity >= ACTIVITY_RESOLUTION:
                session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)

    def sign_out(self, request, timeout: int):
        logout(request)
        messages.info(
            request,
            _("You were signed out after %(duration)s of inactivity. Sign in again to continue.")
            % {"duration": describe_duration(timeout)},
        )
        return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)


def is_personal(request, response) -> bool:
    """Whether a response may carry something meant for one person or one audience."""
    if getattr(request, "exchange_gated", False) or is_staff_tools_path(request.path):
        return True
    if response.cookies:
        return True  # a session, CSRF or messages cookie: a shared cache must never replay it
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated)


class PrivateCacheForPersonalResponsesMiddleware:
    """Responses for a signed-in user or carrying gated content: ``private, no-store``.

    It sits outside the session middleware so that it sees every answer (second-factor
    redirects, idle sign-outs, language redirects, errors) and every cookie set on the way out,
    including the session cookie of a sign-in or sign-out. Every response varies on the cookie:
    one address answers visitors and members differently.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
        patch_vary_headers(response, ("Cookie",))
        return response
