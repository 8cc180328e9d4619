"""A stand-in for a search server the tests can switch off and on.

It keeps its documents in memory and writes down every change in the order received, so tests
can see what reached "the server" and when. Only what lies outside the project is faked here:
the embedded backend and everything else stay real.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from search.backends.base import (
    DocumentRejected,
    Hit,
    SearchBackend,
    SearchDocument,
    SearchQuery,
    SearchResults,
    SearchUnavailable,
)


class ServerState:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.down = False
        self.refused: set[str] = set()  # object keys whose documents the server rejects
        self.documents: dict[str, SearchDocument] = {}
        self.log: list[tuple[str, str]] = []

    def object_keys(self) -> set[str]:
        return {document.object_key for document in self.documents.values()}


STATE = ServerState()


class StandInServer(SearchBackend):
    name = "stand-in"

    def _reachable(self) -> None:
        if STATE.down:
            raise SearchUnavailable("connection refused")

    def search(self, query: SearchQuery) -> SearchResults:
        self._reachable()
        words = query.text.lower().split()
        found = [
            document
            for document in STATE.documents.values()
            if set(document.audiences) & query.audiences
            and all(word in f"{document.title} {document.body}".lower() for word in words)
        ]
        return SearchResults(
            hits=[Hit(document=document, score=1.0) for document in found],
            total=len(found),
            facets={},
            page=query.page,
            per_page=query.per_page,
        )

    def suggest(self, prefix: str, audiences: frozenset[str], limit: int = 8) -> list[str]:
        self._reachable()
        return []

    def related(
        self, object_key: str, audiences: frozenset[str], limit: int = 5
    ) -> list[SearchDocument]:
        self._reachable()
        return []

    def index(self, documents: Iterable[SearchDocument]) -> None:
        self._reachable()
        documents = list(documents)
        refused = {document.object_key for document in documents} & STATE.refused
        if refused:
            raise DocumentRejected(f"mapper_parsing_exception for {sorted(refused)}")
        for document in documents:
            STATE.log.append(("index", document.key))
            STATE.documents[document.key] = document

    def delete_object(self, object_key: str) -> None:
        self._reachable()
        STATE.log.append(("delete", object_key))
        for key in [k for k, d in STATE.documents.items() if d.object_key == object_key]:
            del STATE.documents[key]

    def replace_object(self, object_key: str, documents: Sequence[SearchDocument]) -> None:
        self.delete_object(object_key)
        self.index(documents)

    def rebuild(self, documents, total, progress) -> int:
        self._reachable()
        STATE.documents = {document.key: document for document in documents}
        progress(len(STATE.documents))
        return len(STATE.documents)

    def health(self) -> dict[str, object]:
        return {"reachable": not STATE.down, "documents": len(STATE.documents)}


def stand_in_server() -> StandInServer:
    return StandInServer()
