"""The concrete indices behind the backend's alias, and the zero-downtime rebuild that swaps them.

Reads go through the alias ``<prefix>-documents``. ``rebuild`` fills a new timestamped index,
swaps the alias to it in one atomic ``_aliases`` call and only then deletes the old indices, so
searches never see a half-built index. While it runs, the new index also carries
``<prefix>-documents-building``, and writes go to every index carrying either alias, so no update
made during a rebuild is lost by the swap.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from contextlib import suppress
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, BadRequestError, Elasticsearch
from elasticsearch.helpers import streaming_bulk

from search.backends.base import Progress, SearchDocument
from search.backends.es_mapping import index_definition, to_source

BULK_CHUNK = 500
REBUILD_TIMEOUT = 120.0


class AliasedIndex:
    """One site's documents: an alias over one concrete index (two while rebuilding)."""

    def __init__(self, client: Elasticsearch, alias: str) -> None:
        self.client = client
        self.alias = alias
        self.building_alias = f"{alias}-building"

    def indices(self) -> dict[str, set[str]]:
        """Every concrete index of this alias's family, with the aliases each carries."""
        found = self.client.indices.get_alias(index=f"{self.alias}-*")
        return {
            name: set(info.get("aliases", {}))
            for name, info in found.body.items()
            if name.startswith(f"{self.alias}-")
        }

    def live(self) -> list[str]:
        """The indices searches read (one, or none before the first write)."""
        return sorted(name for name, aliases in self.indices().items() if self.alias in aliases)

    def existing_targets(self) -> list[str]:
        """Where writes go: the live index and the one being rebuilt, if any."""
        return sorted(
            name
            for name, aliases in self.indices().items()
            if aliases & {self.alias, self.building_alias}
        )

    def write_targets(self) -> list[str]:
        """Like :meth:`existing_targets`, creating the first index when there is none yet."""
        return self.existing_targets() or [self._create_first()]

    def _create_first(self) -> str:
        """The index behind the alias before any rebuild; two workers may race to create it."""
        name = f"{self.alias}-initial"
        try:
            index_definition(name, aliases=(self.alias,)).create(using=self.client)
        except BadRequestError as error:
            if error.error != "resource_already_exists_exception":
                raise
        return name

    def rebuild(self, documents: Iterable[SearchDocument], progress: Progress) -> int:
        """Fill a new index, swap the alias to it atomically, then delete the older indices
        (an interrupted earlier rebuild's included). If anything fails the new index is dropped
        and the live one keeps serving."""
        name = f"{self.alias}-{datetime.datetime.now(datetime.UTC):%Y%m%d%H%M%S%f}"
        older = self.indices()
        # Refreshing stays on while filling: writes made meanwhile wait for a refresh of this
        # index too, and would hang if refreshes were turned off.
        index_definition(name, aliases=(self.building_alias,)).create(using=self.client)
        try:
            count = self._fill(name, documents, progress)
            self.client.indices.refresh(index=name)
            self._swap_alias_to(name, older)
        except BaseException:
            with suppress(ApiError, TransportError):
                self.client.indices.delete(index=name, ignore_unavailable=True)
            raise
        if older:
            self.client.indices.delete(index=",".join(sorted(older)), ignore_unavailable=True)
        return count

    def _fill(self, name: str, documents: Iterable[SearchDocument], progress: Progress) -> int:
        """Bulk-write ``documents``, calling ``progress`` with the count written so far."""
        client = self.client.options(request_timeout=REBUILD_TIMEOUT)
        actions = (
            {"_index": name, "_id": document.key, "_source": to_source(document)}
            for document in documents
        )
        count = 0
        for _ok, _item in streaming_bulk(client, actions, chunk_size=BULK_CHUNK):
            count += 1
            if count % BULK_CHUNK == 0:
                progress(count)
        progress(count)
        return count

    def _swap_alias_to(self, name: str, older: dict[str, set[str]]) -> None:
        actions: list[dict[str, Any]] = [
            {"remove": {"index": old, "alias": self.alias}}
            for old, aliases in older.items()
            if self.alias in aliases
        ]
        actions += [
            {"add": {"index": name, "alias": self.alias}},
            {"remove": {"index": name, "alias": self.building_alias}},
        ]
        self.client.indices.update_aliases(actions=actions)
