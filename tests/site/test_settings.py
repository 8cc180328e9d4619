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


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr
