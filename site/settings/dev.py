"""Local development: plain HTTP on 127.0.0.1, debug pages, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-key-never-used-in-production-5b1c9e7d2a")

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
# Plain HTTP here: asking the browser to upgrade every request would break the page.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = False  # noqa: F405
ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = False  # noqa: F405

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
# Static files come straight from the finders; WhiteNoise serves the collected set in production.
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("whitenoise.")]  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
