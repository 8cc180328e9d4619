"""The Elasticsearch backend for tests: a real server when ``ELASTICSEARCH_URL`` is set, otherwise
the in-memory OpenSearch-compatible emulator from PyPI (``osmem-server``).

:func:`make_elasticsearch_backend` gives each test a backend with its own index prefix (its
indices are deleted afterwards), on one server per test session: the emulator is started on
first use (``osmem_server.OsmemServer.start``, a bundled static binary listening on a free
loopback port, stopped at the end of the session and also when the test process exits). The
client reaches the emulator through :mod:`tests.search.es_transport`, which turns the client's
``compatible-with=8`` media types into plain JSON; against a real server the ordinary client is
used, unchanged. Without osmem-server and without ``ELASTICSEARCH_URL`` the tests are skipped.

What the emulator cannot show, and only these differ there (see :data:`EMULATOR_GAPS`,
:func:`expect_emulator_gap`):

* ``scoring`` — it scores with bleve's BM25, not Lucene's: which documents match is the same,
  but ``_score`` values, ties and the order of close candidates are not.
* ``analysers`` — it indexes with bleve's analysers, not Lucene's. Its ``english`` and
  ``russian`` analysers stem and drop stop words (with bleve's stemmers and stop lists, so rare
  word forms can differ), but it has no ``arabic`` analyser for indexing: it falls back to
  ``standard`` (it prints a warning saying so), so Arabic prefixes, stems and normalisation
  (``والأطفال`` → ``اطفال``) are not matched there.

Its phrase suggester only changes one word at a time and ignores ``collate``; "did you mean" does
not depend on either (the backend also asks the term suggester, and counts every candidate under
the audience filter itself), so it is not a gap for this backend.

Completion suggestions with audience contexts, ``more_like_this``, highlighting with the HTML
encoder, terms aggregations, ``delete_by_query`` and atomic alias swaps all work
on the emulator and are tested there as on Elasticsearch. Writes are visible at once on the
emulator, so it cannot show the refresh window (the backend waits for refresh on every write).
"""

from __future__ import annotations

import os
import uuid

import pytest
from elasticsearch import Elasticsearch

from search.backends.base import SearchBackend
from search.backends.elasticsearch import ElasticsearchBackend
from tests.search.es_transport import emulator_client, recording_client

EMULATOR_GAPS: dict[str, str] = {
    "scoring": "osmem-server scores with bleve's BM25, not Lucene's (order of close matches)",
    "analysers": "osmem-server indexes with bleve's analysers and has no arabic analyser",
}

_SERVER = pytest.StashKey[object]()


def elasticsearch_url() -> str:
    """The real server the suite should use, or "" for the emulator."""
    return os.environ.get("ELASTICSEARCH_URL", "").strip()


def running_on_emulator() -> bool:
    return not elasticsearch_url()


def make_elasticsearch_backend(request: pytest.FixtureRequest) -> SearchBackend:
    """An ElasticsearchBackend on fresh indices of the session's server; skipped without one."""
    url = elasticsearch_url() or _emulator_url(request.config)
    if running_on_emulator():
        client = emulator_client(url, request_timeout=30)
    else:
        client = recording_client(url, request_timeout=30)
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    request.addfinalizer(lambda: drop_indices(client, prefix))
    return ElasticsearchBackend(url, prefix, client=client)


def expect_emulator_gap(request: pytest.FixtureRequest, backend: SearchBackend, gap: str) -> None:
    """Mark the running test as expected to fail when ``backend`` runs on the emulator."""
    if isinstance(backend, ElasticsearchBackend) and running_on_emulator():
        request.applymarker(pytest.mark.xfail(reason=EMULATOR_GAPS[gap], strict=False))


def drop_indices(client: Elasticsearch, prefix: str) -> None:
    """Delete every index a test's backend made (by name: servers refuse wildcard deletes)."""
    names = list(client.indices.get(index=f"{prefix}-*", expand_wildcards="all").body)
    if names:
        client.indices.delete(index=",".join(names))


def _emulator_url(config: pytest.Config) -> str:
    server = config.stash.get(_SERVER, None)
    if server is None:
        osmem = pytest.importorskip(
            "osmem_server",
            reason="osmem-server is not installed (pip install osmem-server), "
            "and ELASTICSEARCH_URL names no Elasticsearch server",
        )
        server = osmem.OsmemServer.start(japanese=False)
        config.stash[_SERVER] = server
        config.add_cleanup(server.close)
    return server.url
