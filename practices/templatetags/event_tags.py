"""What an event page shows depends on the reader: these tags ask the access policy."""

from django import template

from network import policy

register = template.Library()


@register.simple_tag(takes_context=True)
def can_see_recording(context, page) -> bool:
    """Only vetted members in good standing get the recording link."""
    request = context.get("request")
    return bool(page.recording_url) and request is not None and policy.is_member(request.user)
