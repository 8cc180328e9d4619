"""The search page (a plain GET form that works without JavaScript) and the suggestions that
enhance it."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language

from network import policy
from search import display, service
from search.backends.base import FACET_FIELDS
from search.forms import SearchForm


def _selected_filters(request: HttpRequest) -> dict[str, tuple[str, ...]]:
    return service.clean_filters({name: request.GET.getlist(name) for name in FACET_FIELDS})


def _search(request: HttpRequest, text: str, filters: dict, sort: str, page: int):
    results = service.search_for(request.user, text, filters, sort, page, get_language())
    paginator = Paginator(range(results.total), results.per_page)
    if results.total and page > paginator.num_pages:  # an old link past the last page
        page = paginator.num_pages
        results = service.search_for(request.user, text, filters, sort, page, get_language())
    return results, paginator.get_page(page)


def search_page(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        policy.mark_gated(request)
    form = SearchForm(request.GET or None)
    filters = _selected_filters(request)
    context = {"form": form, "filters": filters, "results": None}
    form.is_valid()  # a bad page or sort number in an old link is ignored, not refused
    data = getattr(form, "cleaned_data", {})
    text = data.get("q", "")
    if "q" not in form.errors and (text or filters):
        results, page_obj = _search(
            request, text, filters, data.get("sort") or "", data.get("page") or 1
        )
        context.update(
            results=results,
            page_obj=page_obj,
            items=[display.result_item(hit) for hit in results.hits],
            facets=display.facet_groups(results.facets, filters),
            query=text,
        )
    return render(request, "search/search.html", context)


def suggest(request: HttpRequest) -> JsonResponse:
    """Titles completing what was typed, for the search boxes' list of suggestions."""
    if request.user.is_authenticated:
        policy.mark_gated(request)
    titles = service.suggestions_for(request.user, request.GET.get("q", ""))
    return JsonResponse({"suggestions": titles})
