"""The Wagtail admin without inline scripts, so that its Content-Security-Policy has no
'unsafe-inline' for scripts (``ADMIN_CONTENT_SECURITY_POLICY``).

Wagtail 8 follows each chooser rendered as a form field with ``<script>new PageChooser("id",
{...});</script>`` (``BaseChooser.render``), and its date pickers and inline panels with inline
scripts in templates. Each becomes an inert element naming the initialiser and its arguments,
``<script type="application/json" data-admin-init="PageChooser" data-admin-init-id="…"
data-admin-init-options="{…}">``, which ``static/exchange/admin-init.js`` turns into the same
call for an allow-list of Wagtail's initialisers.

The panel templates are overridden in ``templates/wagtailadmin/panels/``, the date and time
widgets in ``home/templates/wagtailadmin/widgets/`` (Django's form renderer reads only the apps'
templates). The chooser writes its script in code, so ``install`` replaces ``BaseChooser.render``
with a copy that writes the element instead: Wagtail 8 offers no other way in (Wagtail issues
#1288 and #12940). ``tests/security/test_headers.py`` fails if Wagtail's ``render`` starts doing
anything this copy does not, or a chooser class appears whose script it cannot rewrite.
"""

import json
from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.widgets import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

WAGTAIL_CHOOSER_RENDER = BaseChooser.render
TASK_CHOOSER = "createTaskChooser"


def initialiser(name: str, element_id: str | None = None, options: Any = None) -> SafeString:
    """The element that asks admin-init.js to call Wagtail's ``name(element_id, options)``;
    both arguments are left out of the call when None."""
    attributes = format_html(' data-admin-init="{}"', name)
    if element_id is not None:
        attributes += format_html(' data-admin-init-id="{}"', element_id)
    if options is not None:
        attributes += format_html(' data-admin-init-options="{}"', json.dumps(options))
    return format_html('<script type="application/json"{}></script>', attributes)


def initialiser_name(chooser_class: type[BaseChooser]) -> str | None:
    """The Wagtail initialiser that the inline script of ``chooser_class`` calls: its
    ``js_constructor`` (``new PageChooser(id, options)``), or the task chooser's
    ``createTaskChooser(id)``. None for a class that writes a script of its own: there is no
    telling what that script does."""
    if chooser_class.render_js_init is BaseChooser.render_js_init:
        return chooser_class.js_constructor
    if chooser_class.render_js_init is AdminTaskChooser.render_js_init:
        return TASK_CHOOSER
    return None


def chooser_initialiser(
    widget: BaseChooser, element_id: str, name: str, value_data
) -> SafeString | None:
    """The ``initialiser`` element making the call ``widget.render_js_init`` would write."""
    initialiser_function = initialiser_name(type(widget))
    if initialiser_function is None:
        return None
    if initialiser_function == TASK_CHOOSER:
        return initialiser(TASK_CHOOSER, element_id)
    options = widget.get_js_init_options(element_id, name, value_data)
    return initialiser(initialiser_function, element_id, options)


def render_chooser(self: BaseChooser, name, value, attrs=None, renderer=None) -> SafeString:
    """``BaseChooser.render`` of Wagtail 8.0, with ``chooser_initialiser`` in place of the
    inline ``<script>``.

    A chooser with a script of its own keeps Wagtail's rendering: the policy blocks its script
    (Chromium reports it, and the browser journeys fail) but the rest of the form still works.
    """
    try:
        element_id = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from error
    value_data = self.get_value_data(value)
    script = chooser_initialiser(self, element_id, name, value_data)
    if script is None:
        return WAGTAIL_CHOOSER_RENDER(self, name, value, attrs, renderer)
    widget_html = self.render_html(name, value_data, attrs)
    # The widget's own template, which Wagtail marks safe the same way.
    return mark_safe(f"{widget_html}{script}")  # noqa: S308


def install() -> None:
    """Makes every chooser widget render without an inline script; called once, at app ready."""
    BaseChooser.render = render_chooser
