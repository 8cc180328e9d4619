#!/bin/sh
# Container entrypoint: apply database migrations before the web server starts,
# then hand over to the command (gunicorn by default) so it runs as PID 1 and
# receives the container's stop signal.
#
# MIGRATE_ON_START=false skips the migration step (for example when several
# replicas start at once and migrations run as a separate release step).
# One-off commands (`docker compose run web python manage.py ...`) run as given,
# without migrating first.
set -eu

if [ "${1:-}" = "gunicorn" ] && [ "${MIGRATE_ON_START:-true}" = "true" ]; then
    python manage.py migrate --noinput
fi

exec "$@"
