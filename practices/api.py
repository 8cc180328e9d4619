"""The read-only JSON API (Wagtail API v2): public pages only, and only their public fields.

Whoever asks, the API answers as it would answer an anonymous visitor: it never authenticates
the request, and every query (listing, detail, ``type=`` filters, ``find``, the parent of a page)
starts from the pages the access policy shows to nobody in particular. Its responses are
therefore the same for everyone and may be kept by shared caches, provided they check back first:
a page made private must disappear from the API at once.

The fields are an allow-list kept here, not on the models, so that a field added to a model later
is never published by accident. A practice shows its summary and key facts, never its sections:
each section has its own audience, and even the public ones are for the page itself. Filtering
and ordering are allowed on a few fields only, so that no query can probe a hidden value (a
withheld city, for instance). Full-text search is left to the site's own access-aware search.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.utils.cache import patch_cache_control
from rest_framework.fields import Field
from rest_framework.permissions import AllowAny
from wagtail.api import APIField
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    LocaleFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from network import policy


class TermSlugsField(Field):
    """A many-to-many vocabulary (themes, stages) as its slugs, the same in every language."""

    def to_representation(self, terms):
        return sorted({term.slug for term in terms.all()})


class LocationField(Field):
    """A practice's country (slug) or city, or null when the location is withheld."""

    def get_attribute(self, instance):
        if instance.location_withheld:
            return None
        return super().get_attribute(instance)

    def to_representation(self, value):
        return getattr(value, "slug", value)


PRACTICE_FIELDS = [
    "summary",
    APIField("country", serializer=LocationField(read_only=True)),
    APIField("city", serializer=LocationField(read_only=True)),
    "status",
    APIField("themes", serializer=TermSlugsField(read_only=True)),
    APIField("stages", serializer=TermSlugsField(read_only=True)),
    "review_label",
    "last_reviewed",
]
RESOURCE_FIELDS = [
    "summary",
    "resource_type",
    "authors",
    "publisher",
    "year",
    "language",
    APIField("themes", serializer=TermSlugsField(read_only=True)),
    "external_url",
]
# Page type -> the fields shown besides id and title. Any other page type shows only those two.
PUBLIC_FIELDS = {
    "practices.PracticePage": PRACTICE_FIELDS,
    "practices.ResourcePage": RESOURCE_FIELDS,
}
# Fields a query may filter or order on (``?status=ongoing``, ``?order=-year``).
QUERYABLE_FIELDS = {
    "id",
    "title",
    "slug",
    "first_published_at",
    "status",
    "review_label",
    "resource_type",
    "year",
    "language",
}


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters, answering a malformed date with a 400 rather than a 500."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as error:
            raise BadRequestError(f"field filter error: {' '.join(error.messages)}") from error


class PublicPagesAPIViewSet(PagesAPIViewSet):
    authentication_classes = ()
    permission_classes = (AllowAny,)
    filter_backends = [
        CheckedFieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }
    meta_fields = [
        "type",
        "detail_url",
        "html_url",
        "slug",
        "seo_title",
        "search_description",
        "first_published_at",
        "parent",
        "locale",
    ]

    def get_base_queryset(self):
        """Every page that an anonymous visitor may see, on the requested site."""
        return policy.visible_pages(super().get_base_queryset(), AnonymousUser())

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + PUBLIC_FIELDS.get(model._meta.label, []))

    @classmethod
    def get_meta_fields(cls, model):
        return cls._convert_api_fields(cls.meta_fields)

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only=db_fields_only)
        if db_fields_only:
            return [field for field in fields if field in QUERYABLE_FIELDS]
        return fields

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_cache_control(response, public=True, no_cache=True)
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
