"""Production settings: Django's deployment checklist passes, and the browser policies they send
are the strict ones, read in a fresh interpreter exactly as a production process would."""

import json
import os
import subprocess
import sys

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "exchange.settings.production",
    "SECRET_KEY": "k7#Qm2!vX9pL4zR8tY1wE6uI3oP0aS5dF7gH2jK9lZ4xC1vB8nM",
    "ALLOWED_HOSTS": "exchange.example.org",
    "DATABASE_URL": "postgres://exchange:secret@db.internal:5432/exchange",
    "REDIS_URL": "redis://cache.internal:6379/0",
}
# Settings a developer's shell may hold that would change what production looks like here.
OVERRIDDEN = {
    *PRODUCTION_ENV,
    "USE_X_FORWARDED_PROTO",
    "SECURE_SSL_REDIRECT",
    "TRUSTED_PROXY_COUNT",
    "SESSION_IDLE_TIMEOUT",
    "SESSION_IDLE_TIMEOUT_STAFF_TOOLS",
}

# Prints the policies production would send, built by django-csp from the settings.
PRINT_POLICIES = """
import json
import django
django.setup()
from csp.utils import build_policy
from django.conf import settings
print(json.dumps({
    "public": build_policy(),
    "admin": build_policy(config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]),
    "middleware": settings.MIDDLEWARE,
    "trusted_proxies": settings.ALLAUTH_TRUSTED_PROXY_COUNT,
    "idle": [settings.SESSION_IDLE_TIMEOUT, settings.SESSION_IDLE_TIMEOUT_STAFF_TOOLS],
}))
"""


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in OVERRIDDEN}
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], capture_output=True, text=True, env={**clean, **env}, timeout=120
    )


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return run(["manage.py", *args], env)


def production_settings(**extra_env: str) -> dict:
    result = run(["-c", PRINT_POLICIES], {**PRODUCTION_ENV, **extra_env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";"))}


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_sends_the_strict_content_security_policy():
    policies = production_settings()

    public = directives(policies["public"])
    assert public == {
        "default-src": ["'self'"],
        "script-src": ["'self'"],  # plus this response's nonce, when the page uses one
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "upgrade-insecure-requests": [],
    }
    assert "'unsafe-inline'" not in policies["public"]
    assert "'unsafe-eval'" not in policies["public"] + policies["admin"]
    assert "exchange.middleware.ContentSecurityPolicyMiddleware" in policies["middleware"]
    assert "exchange.middleware.PermissionsPolicyMiddleware" in policies["middleware"]


def test_the_admin_policy_runs_only_our_own_script_files_and_frames_nothing():
    admin = directives(production_settings()["admin"])

    assert admin["script-src"] == ["'self'"]
    assert admin["frame-ancestors"] == ["'none'"]
    assert admin["object-src"] == ["'none'"]
    assert admin["upgrade-insecure-requests"] == []


def test_sessions_end_when_idle_in_production():
    assert production_settings()["idle"] == [2 * 60 * 60, 30 * 60]


def test_behind_the_tls_proxy_rate_limits_count_each_client_not_the_proxy():
    assert production_settings()["trusted_proxies"] == 0
    assert production_settings(USE_X_FORWARDED_PROTO="true")["trusted_proxies"] == 1
