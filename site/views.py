"""Project-level views. Error pages need none: Django renders templates/404.html and 500.html."""

from django.contrib.auth.views import redirect_to_login
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def database_status(alias: str = "default") -> str:
    """'ok' when the database answers a trivial query, else 'unavailable' (never raises)."""
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and orchestrators: 200 when the site can serve, 503 when it cannot."""
    database = database_status()
    healthy = database == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "error", "database": database},
        status=200 if healthy else 503,
    )


def admin_login_redirect(request: HttpRequest) -> HttpResponse:
    """Send every other sign-in form to the one sign-in page, keeping where people were going."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    return redirect_to_login(next_url or "/", "account_login")
