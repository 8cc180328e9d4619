"""The benchmarks' own databases, prepared before Django starts."""

from urllib.parse import urlsplit, urlunsplit


def ensure_postgres_database(url: str) -> None:
    """Create the PostgreSQL database named in ``url`` when the server lacks it."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}")
