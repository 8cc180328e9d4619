"""Project-wide middleware."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths outside the language prefixes: a 404 there is an answer, not a missing /en/ prefix.
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that it never redirects the unprefixed paths to a language version."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
