"""Search on other pages: related practices, found over what the reader may see."""

from django import template

from search.documents import KIND_PRACTICE, object_key
from search.service import related_for

register = template.Library()


@register.simple_tag(takes_context=True)
def related_practices(context, page, limit: int = 3) -> list:
    request = context.get("request")
    if request is None or page is None or not page.pk:
        return []
    return related_for(request.user, object_key(page), limit=limit, kind=KIND_PRACTICE)
