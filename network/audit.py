"""Writing the append-only audit log."""

from django.db.models import Model
from django.http import HttpRequest

from network.models import AuditEntry


def client_address(request: HttpRequest | None) -> str | None:
    """The address the request came from (behind a proxy, REMOTE_ADDR is set by the proxy)."""
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def record(
    action: str,
    *,
    actor=None,
    target: Model | None = None,
    reason: str = "",
    request: HttpRequest | None = None,
) -> AuditEntry:
    """Append one entry; the labels are copied so the entry survives the objects it names."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.pk else None,
        actor_label=str(actor.email if actor is not None and actor.pk else "system"),
        action=action,
        target_type=target._meta.label if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:255] if target is not None else "",
        reason=reason,
        ip_address=client_address(request),
    )
