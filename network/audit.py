"""Writing the append-only audit log."""

from allauth.core import context
from django.db.models import Model
from django.http import HttpRequest

from network.models import AuditEntry


def current_request() -> HttpRequest | None:
    """The request being served, if any: signal receivers learn who acted and from where."""
    return context.request


def client_address(request: HttpRequest | None) -> str | None:
    """The address the request came from (behind a proxy, REMOTE_ADDR is set by the proxy)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def _signed_in_user(request: HttpRequest | None):
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def record(
    action: str,
    *,
    actor=None,
    target: Model | None = None,
    target_label: str = "",
    reason: str = "",
    request: HttpRequest | None = None,
) -> AuditEntry:
    """Append one entry; the labels are copied so the entry survives the objects it names.

    Without an actor, the request's signed-in user acted; without either, a visitor (when
    there is a request) or the system did.
    """
    if actor is None:
        actor = _signed_in_user(request)
    has_actor = actor is not None and actor.pk is not None
    fallback = "visitor" if request is not None else "system"
    return AuditEntry.objects.create(
        actor=actor if has_actor else None,
        actor_label=str(actor.email if has_actor else fallback)[:254],
        action=action,
        target_type=target._meta.label if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=(target_label or (str(target) if target is not None else ""))[:255],
        reason=reason,
        ip_address=client_address(request),
    )
