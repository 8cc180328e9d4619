"""SQLite: the FTS5 table of titles that suggestions and "did you mean" match word prefixes on
(see :data:`search.backends.fulltext.TITLES_TABLE`), filled from the entries already indexed.
Nothing on PostgreSQL, which keeps these titles in modelsearch's autocomplete vector."""

from django.db import migrations
from django.db.models import F

from search.backends.fulltext import TITLED_KINDS, TITLES_TABLE, TITLES_TABLE_SQL, insert_titles
from search.models import filter_tokens_of

BATCH = 2000


def create_titles(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    schema_editor.execute(TITLES_TABLE_SQL)
    entries = apps.get_model("search", "SearchEntry").objects.filter(
        kind__in=TITLED_KINDS, key=F("object_key")
    )
    rows = []
    with schema_editor.connection.cursor() as cursor:
        for entry in entries.order_by("id").iterator(chunk_size=BATCH):
            rows.append((entry.pk, entry.title.lower(), filter_tokens_of(entry)))
            if len(rows) >= BATCH:
                insert_titles(cursor, rows)
                rows = []
        insert_titles(cursor, rows)


def drop_titles(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {TITLES_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_index")]

    operations = [migrations.RunPython(create_titles, drop_titles)]
