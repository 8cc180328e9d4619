"""Every route of the URL configuration, walked from the resolver, with concrete arguments taken
from the seeded world — so a route added tomorrow joins the access matrix or fails the suite."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RegexPattern
from django.utils import translation

from tests.security.matrix_seed import SHARED_WORD, World


@dataclass(frozen=True)
class Route:
    name: str  # the namespaced URL name, or the pattern for an unnamed route
    pattern: str
    params: tuple[str, ...]  # keyword names, or "0", "1"… for positional regex groups
    i18n: bool

    @property
    def is_admin(self) -> bool:
        return self.pattern.startswith("admin/")


def _params(pattern) -> list[str]:
    if isinstance(pattern, RegexPattern):
        regex = re.compile(str(pattern._regex))
        if regex.groupindex:
            return list(regex.groupindex)
        return [str(n) for n in range(regex.groups)]
    return list(pattern.converters)


def _walk(patterns, prefix="", namespace="", params=(), i18n=False):
    for entry in patterns:
        names = (*params, *_params(entry.pattern))
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            localised = i18n or type(entry.pattern).__name__ == "LocalePrefixPattern"
            yield from _walk(
                entry.url_patterns, prefix + str(entry.pattern), inner, names, localised
            )
        elif isinstance(entry, URLPattern):
            full = prefix + str(entry.pattern)
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield Route(name or full, full, tuple(names), i18n)


def all_routes() -> list[Route]:
    """Each route once (the language prefix read as English)."""
    with translation.override(settings.LANGUAGE_CODE):
        seen = {}
        for route in _walk(get_resolver().url_patterns):
            seen.setdefault((route.name, route.pattern), route)
    return list(seen.values())


# Routes that cannot be given arguments, each with the reason. The suite fails when a route is
# neither given arguments below nor listed here.
COVERED_ELSEWHERE = {
    "wagtail_serve": "every live page in every locale is fetched by the page walk",
}
_NO_GATED_DATA = "holds no gated content and its objects are not seeded"
_TAXONOMY = "taxonomy terms are public vocabulary; no gated content to leak"
UNREACHABLE_ROUTES: dict[str, str] = {
    "admin/^.*/$": "the admin's catch-all for unknown addresses; admin/test404/ is fetched",
    "wagtailadmin_error_test": "Wagtail's deliberate server error for testing error reports",
    "mfa_remove_webauthn": "no security keys are seeded (TOTP only)",
    "mfa_edit_webauthn": "no security keys are seeded (TOTP only)",
    "wagtail_bulk_action": "POST-only bulk actions over a selection; no GET rendering",
    "wagtailadmin_pages:workflow_action": "needs a running workflow task state; none is seeded",
    "wagtailadmin_pages:collect_workflow_action_data": "needs a running workflow task state",
    "wagtailadmin_pages:workflow_preview": "needs a running workflow task; none is seeded",
    "wagtailadmin_pages:workflow_history_detail": "needs a workflow state; none is seeded",
    "wagtailadmin_workflows:enable": "workflows " + _NO_GATED_DATA,
    "wagtailadmin_workflows:disable": "workflows " + _NO_GATED_DATA,
    "wagtailadmin_workflows:edit": "workflows " + _NO_GATED_DATA,
    "wagtailadmin_workflows:usage": "workflows " + _NO_GATED_DATA,
    "wagtailadmin_workflows:usage_results": "workflows " + _NO_GATED_DATA,
    "wagtailadmin_workflows:remove": "workflows " + _NO_GATED_DATA,
    "wagtailadmin_workflows:add_task": "workflow task types " + _NO_GATED_DATA,
    "wagtailadmin_workflows:edit_task": "workflow tasks " + _NO_GATED_DATA,
    "wagtailadmin_workflows:disable_task": "workflow tasks " + _NO_GATED_DATA,
    "wagtailadmin_workflows:enable_task": "workflow tasks " + _NO_GATED_DATA,
    "wagtailadmin_workflows:task_chosen": "workflow tasks " + _NO_GATED_DATA,
    "wagtailadmin_editing_sessions:ping": "POST-only heartbeat of an editing session",
    "wagtailadmin_editing_sessions:release": "POST-only end of an editing session",
    "wagtailadmin_tag_model_autocomplete": "tags " + _NO_GATED_DATA,
    "simple_translation:submit_snippet_translation": "translatable snippets are taxonomy terms",
    "wagtailforms:list_submissions": "the site has no form pages",
    "wagtailforms:list_submissions_results": "the site has no form pages",
    "wagtailforms:delete_submissions": "the site has no form pages",
    "wagtailredirects:edit": "redirects " + _NO_GATED_DATA,
    "wagtailredirects:delete": "redirects " + _NO_GATED_DATA,
    "wagtaildocs:create_multiple_from_uploaded_document": "needs an unfinished upload",
    "wagtaildocs:delete_upload_multiple": "needs an unfinished upload",
    "wagtailimages:create_multiple_from_uploaded_image": "needs an unfinished upload",
    "wagtailimages:delete_upload_multiple": "needs an unfinished upload",
    "wagtailsites:edit": "sites " + _NO_GATED_DATA,
    "wagtailsites:delete": "sites " + _NO_GATED_DATA,
    "wagtailsites:history": "sites " + _NO_GATED_DATA,
    "wagtailsites:history_results": "sites " + _NO_GATED_DATA,
    "wagtailsites:usage": "sites " + _NO_GATED_DATA,
    "wagtailsites:copy": "sites " + _NO_GATED_DATA,
    "wagtaillocales:edit": "locales " + _NO_GATED_DATA,
    "wagtaillocales:delete": "locales " + _NO_GATED_DATA,
    "wagtaillocales:history": "locales " + _NO_GATED_DATA,
    "wagtaillocales:history_results": "locales " + _NO_GATED_DATA,
    "wagtaillocales:usage": "locales " + _NO_GATED_DATA,
}
for _vocabulary in ("theme", "stage", "actortype", "targetgroup", "region", "country", "standard"):
    for _view in ("edit", "delete", "usage", "history", "history_results", "copy"):
        UNREACHABLE_ROUTES[f"wagtailsnippets_practices_{_vocabulary}:{_view}"] = _TAXONOMY
    UNREACHABLE_ROUTES[f"wagtailsnippetchoosers_practices_{_vocabulary}:chosen"] = _TAXONOMY


# Objects an admin viewset's ``pk`` names, by the viewset's URL namespace.
def _admin_objects(world: World) -> dict[str, object]:
    from django.contrib.auth.models import Group

    from network.models import AuditEntry

    o = world.objects
    return {
        "wagtailadmin_api:pages": o["members_practice"],
        "wagtailadmin_api:documents": o["collection_document"],
        "wagtailadmin_api:images": o["image"],
        "wagtailadmin_collections": o["collection_document"].collection,
        "membershipapplication": world.users["applicant"].membership_application,
        "memberprofile": o["profile"],
        "organisation": o["organisation"],
        "networkgroup": o["group_a"],
        "groupmembership": o["group_membership"],
        "post": o["group_post"],
        "auditentry": AuditEntry.objects.order_by("pk").first(),
        "wagtailusers_users": world.users["member"],
        "wagtailusers_groups": Group.objects.get(name="Editors"),
        "wagtaildocs_chooser": o["collection_document"],
        "wagtailimages_chooser": o["image"],
    }


def argument_sets(route: Route, world: World) -> list[dict[str, str]] | None:
    """Concrete arguments for ``route`` from the seeded objects; None when it cannot have any."""
    if route.name in UNREACHABLE_ROUTES or route.name in COVERED_ELSEWHERE:
        return None
    if not route.params:
        return [{}]
    o = world.objects
    if route.name == "wagtaildocs_serve":
        docs = (o["members_document"], o["collection_document"])
        return [{"0": str(doc.pk), "1": doc.filename} for doc in docs]
    if route.name == "wagtailapi:pages:detail":
        return [{"pk": str(pk)} for pk in world.gated_page_ids()]
    sets = [_arguments(route, world, o["members_practice"], o["group_forum"])]
    if route.i18n:
        # Under a language prefix the translated gated practice and forum are named as well.
        translated = _arguments(route, world, o["members_practice_ru"], o["group_forum_ar"])
        sets += [translated] if translated not in sets else []
    return None if sets[0] is None else sets


def _arguments(route: Route, world: World, practice, forum) -> dict[str, str] | None:
    o = world.objects
    post, topic = o["group_post"], o["group_topic"]
    namespace = route.name.rsplit(":", 1)[0]
    admin_object = _admin_objects(world).get(namespace)
    user = world.users["member"]
    by_name = {
        "pk": admin_object.pk
        if admin_object is not None
        else (o["profile"].pk if route.name == "network:profile" else practice.pk),
        "slug": o["organisation"].slug
        if route.name == "network:organisation"
        else (forum.slug if namespace == "forums" else o["group_a"].slug),
        "page_id": o["members_event"].pk if "calendar" in route.name else practice.pk,
        "parent_page_id": practice.get_parent().pk,
        "page_to_move_id": practice.pk,
        "destination_id": practice.get_parent().pk,
        "page_pk": practice.pk,
        "page_view_restriction_id": o["page_restriction"].pk,
        "restriction_id": o["collection_document"].collection.view_restrictions.first().pk,
        "revision_id": practice.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "document_id": o["collection_document"].pk,
        "doc_id": o["collection_document"].pk,
        "image_id": o["image"].pk,
        "collection_id": o["collection_document"].collection_id,
        "filter_spec": "fill-20x10",
        "attachment_id": o["attachment"].pk,
        "topic_id": topic.pk,
        "post_id": post.pk,
        "category_id": forum.pk,
        "user_id": user.pk,
        "membership_id": o["group_membership"].pk,
        "token": o["unsubscribe_token"],
        "decision": "accept",
        "action": "lock",
        "action_name": "publish",
        "step": "basics",
        "key": "not-a-real-key",
        "uidb36": "1",
        "uidb64": "MQ",
        "path": o["rendition"].file.name,
        "content_type_app_name": "practices",
        "content_type_model_name": "practicepage",
        "app_label": "practices",
        "model_name": "practicepage",
        "app_name": "practices",
    }
    if any(param not in by_name for param in route.params):
        return None
    return {param: str(by_name[param]) for param in route.params}


# Extra query strings that turn a route into a channel (search results, suggestions, API search).
QUERIES = {
    "search:results": ["", f"?q={SHARED_WORD}", "?q=canary", "?q=closed"],
    "search:suggest": ["?q=clo", "?q=canary", "?q=members"],
    "wagtailapi:pages:listing": ["", f"?search={SHARED_WORD}", "?fields=*"],
    "wagtailapi:pages:find": ["?html_path=/practices/closed-practice/"],
    "wagtailadmin_home": [""],
}


def urls_for(route: Route, world: World, languages) -> list[str] | None:
    sets = argument_sets(route, world)
    if sets is None:
        return None
    urls = []
    # Every route under the language prefix in every language, those about one object included;
    # the others have one address.
    if not route.i18n:
        languages = (settings.LANGUAGE_CODE,)
    for language in languages:
        with translation.override(language):
            for arguments in sets:
                positional = [arguments[k] for k in sorted(arguments) if k.isdigit()]
                keywords = {k: v for k, v in arguments.items() if not k.isdigit()}
                if route.name == route.pattern:  # unnamed: the pattern is the address
                    base = "/" + route.pattern
                else:
                    base = reverse(route.name, args=positional or None, kwargs=keywords or None)
                urls += [base + query for query in QUERIES.get(route.name, [""])]
    return urls
