"""Taxonomy terms in the reader's language, looked up once per vocabulary and request."""

from django import template
from django.utils.translation import get_language

register = template.Library()


def _names(context, model) -> dict:
    request = context.get("request")
    cache = getattr(request, "_term_names", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._term_names = cache
    key = (model, get_language())
    if key not in cache:
        cache[key] = dict(
            model.objects.filter(locale__language_code=get_language()).values_list(
                "translation_key", "name"
            )
        )
    return cache[key]


@register.simple_tag(takes_context=True)
def term_name(context, term) -> str:
    """The term's name in the active language, or its own name when it has no translation."""
    return _names(context, type(term)).get(term.translation_key, term.name)


@register.simple_tag(takes_context=True)
def term_names(context, terms) -> str:
    """Comma-separated names of several terms in the active language."""
    return ", ".join(term_name(context, term) for term in terms)
