"""Test runs: fast hashing, in-memory e-mail, no HTTPS redirect; database from DATABASE_URL."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env.str("SECRET_KEY", default="test-only-key-0c3f6a2e9b7d4158")
DEBUG = False

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
# Plain HTTP here: asking the browser to upgrade every request would break the page.
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = False  # noqa: F405
ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = False  # noqa: F405

# The browser tests' live server answers Chromium's parallel requests from several threads, and
# an in-memory SQLite database shared between threads fails a request with "table is locked"
# instead of letting it wait (the timeout above applies to files only): `make test-browser`
# names a file for the test database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    TEST_DATABASE_FILE = env.str("TEST_DATABASE_FILE", default="")
    if TEST_DATABASE_FILE:
        DATABASES["default"]["TEST"] = {"NAME": TEST_DATABASE_FILE}  # noqa: F405

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Static files come straight from the finders; WhiteNoise serves the collected set in production.
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("whitenoise.")]  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True
