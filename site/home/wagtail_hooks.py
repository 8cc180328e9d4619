"""Wagtail admin integration of the project itself."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def run_admin_initialisers() -> SafeString:
    """The admin's widget and panel initialisers, written as data instead of inline scripts
    (``exchange.admin_csp``); deferred, so that it runs after every widget's own scripts."""
    return format_html('<script defer src="{}"></script>', static("exchange/admin-init.js"))
