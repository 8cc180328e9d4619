"""Request-wide rules: staff tools need a second factor; personal responses are never shared."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from network.mfa import has_second_factor, requires_second_factor, session_used_second_factor

STAFF_TOOL_PREFIXES = ("/admin/",)


class RequireMfaForStaffToolsMiddleware:
    """Moderators, editors, vetting officers and staff enrol a second factor before their tools."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            request.path.startswith(STAFF_TOOL_PREFIXES)
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


class PrivateCacheForPersonalResponsesMiddleware:
    """Responses for a signed-in user or carrying gated content: ``private, no-store``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if getattr(request, "exchange_gated", False) or (user and user.is_authenticated):
            patch_cache_control(response, private=True, no_store=True)
        return response
