"""Project-wide middleware: language prefixes and the browser security policies."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths outside the language prefixes: a 404 there is an answer, not a missing /en/ prefix.
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")
ADMIN = "/admin/"


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that it never redirects the unprefixed paths to a language version."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's, with ``ADMIN_CONTENT_SECURITY_POLICY`` under /admin/ and nowhere else.

    The admin runs no inline script either (``exchange.admin_csp``), but Wagtail still sets
    inline styles and previews uploads as blob: images, so it cannot live under the public
    policy. Previews are the one thing the site lets be framed, by the admin only.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(ADMIN):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        if is_framed_by_the_admin(request, response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


def is_framed_by_the_admin(request, response) -> bool:
    """Wagtail previews a page by running it through the middleware again (``is_preview``), and
    marks the admin's own framed views (block previews) ``X-Frame-Options: SAMEORIGIN``."""
    return getattr(request, "is_preview", False) or response.get("X-Frame-Options") == "SAMEORIGIN"


def permissions_policy(features: dict[str, list[str]]) -> str:
    """``{"camera": [], "publickey-credentials-get": ["self"]}`` → ``camera=(), …=(self)``."""
    return ", ".join(f"{name}=({' '.join(allowed)})" for name, allowed in features.items())


class PermissionsPolicyMiddleware:
    """Switches off the browser features the site never uses (camera, microphone, location…),
    so an injected script or a framed page cannot ask for them either."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
