from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve as static_serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from exchange import views
from practices.api import api_router

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # The admin has no sign-in of its own: everyone signs in through allauth, with its rate
    # limits and second factors.
    path("admin/login/", views.admin_login_redirect, name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
]

# Of the media folder only image renditions (media/images/) are public files. Originals,
# documents and private/ (forum attachments) are never served from it: documents and
# attachments go through views that check who is asking (see docker/README.md for the proxy).
urlpatterns += [
    re_path(
        r"^media/(?P<path>images/[^/]+)$",
        static_serve,
        {"document_root": settings.MEDIA_ROOT},
        name="image_rendition",
    )
]

# Wagtail serves every page under its language prefix (/en/, /ar/, /ru/); it must come last.
urlpatterns += i18n_patterns(
    # Wagtail's own sign-in form for private pages would bypass allauth's limits and second
    # factors: it leads to the one sign-in page too.
    path("_util/login/", views.admin_login_redirect, name="wagtailcore_login"),
    path("accounts/", include("allauth.urls")),
    path("", include("network.urls")),
    path("", include("practices.urls")),
    path("forums/", include(("network.forum_urls", "forums"))),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
