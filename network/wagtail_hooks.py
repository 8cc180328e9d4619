"""Wagtail integration: the access policy on every page and document, and the admin screens."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet

from network import audit, policy
from network.admin_views import NetworkViewSetGroup


def _refuse(request):
    """Visitors are asked to sign in; signed-in people without access learn how to get it."""
    policy.mark_gated(request)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    return TemplateResponse(request, "network/access_denied.html", status=403)


@hooks.register("on_serve_page")
def enforce_page_audience(callback):
    def serve(page, request, serve_args, serve_kwargs):
        requirements = policy.page_requirements(page)
        if not policy.satisfies(request.user, requirements):
            return _refuse(request)
        if requirements:
            policy.mark_gated(request)
        return callback(page, request, serve_args, serve_kwargs)

    return serve


@hooks.register("before_serve_document")
def enforce_document_audience(document, request):
    """Serve only to its audience; every download of a gated document goes in the audit log."""
    requirements = policy.document_requirements(document)
    if not policy.satisfies(request.user, requirements):
        return _refuse(request)
    if requirements:
        policy.mark_gated(request)
        audit.record("document.downloaded", target=document, request=request)
    return None


@hooks.register("register_admin_viewset")
def register_network_admin():
    return NetworkViewSetGroup()


@hooks.register("construct_page_chooser_queryset")
def choose_only_readable_pages(pages, request):
    """Choosers list every page to anyone in the admin; someone who may edit no page (a vetting
    officer, say) sees only the pages the access policy lets them read."""
    if _edits_pages(request.user):
        return pages
    return policy.visible_pages(pages, request.user)


@hooks.register("before_move_page")
def refuse_moves_without_permission(request, page, destination):
    """Wagtail's move confirmation shows the page before checking the mover may move it."""
    if not page.permissions_for_user(request.user).can_move():
        raise PermissionDenied


def _edits_pages(user) -> bool:
    from wagtail.permission_policies.pages import PagePermissionPolicy

    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class ChoosableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin's document API, which lists every document to anyone in the admin, answers
    only people who may choose, add or change documents."""

    def get_queryset(self):
        queryset = super().get_queryset()
        from wagtail.documents import get_document_model
        from wagtail.permissions import policy_registry

        document_permissions = policy_registry.get_by_type(get_document_model())
        allowed = document_permissions.user_has_any_permission(
            self.request.user, ["choose", "add", "change"]
        )
        return queryset if allowed else queryset.none()


@hooks.register("construct_admin_api", order=100)
def register_choosable_documents_api(router):
    """Registered after Wagtail's own endpoint, which it replaces."""
    router.register_endpoint("documents", ChoosableDocumentsAPIViewSet)
