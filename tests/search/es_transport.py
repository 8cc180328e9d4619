"""Test-only HTTP nodes that let the Elasticsearch 8 client talk to an OpenSearch-compatible server.

The client sends ``application/vnd.elasticsearch+json; compatible-with=8`` (and the ``x-ndjson``
variant for bulk) as ``Accept`` and ``Content-Type``. Real Elasticsearch accepts them; the
in-memory OpenSearch emulator answers 406. This node rewrites them to the plain media types on
the way out, and on the way back adds the ``X-Elastic-Product`` header the client checks on every
successful response, in case the server does not send it. Nothing else is touched, so the backend
under test sends exactly the requests it would send to Elasticsearch.

Both nodes here also record the JSON bodies of the requests they send, so tests can read what the
backend asked the server (e.g. that every search carries the audience filter); against a real
server only the recording one is used.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass
from typing import Any, ClassVar

from elastic_transport import HttpHeaders, Urllib3HttpNode
from elasticsearch import Elasticsearch

_COMPAT_MEDIA_TYPE = re.compile(
    r"application/vnd\.elasticsearch\+([\w.-]+)\s*(?:;\s*compatible-with\s*=\s*\d+)?"
)


def plain_media_type(value: str) -> str:
    """``application/vnd.elasticsearch+json; compatible-with=8`` → ``application/json``."""
    return _COMPAT_MEDIA_TYPE.sub(r"application/\1", value)


@dataclass(frozen=True)
class SentRequest:
    method: str
    path: str
    bodies: tuple[Any, ...]  # one JSON value per line for ndjson, else one


class RecordingNode(Urllib3HttpNode):
    """An urllib3 node that keeps the JSON bodies it sends, for tests to read."""

    #: Every request sent through any recording node, oldest first. Tests clear it.
    sent: ClassVar[deque[SentRequest]] = deque(maxlen=500)

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        self.sent.append(SentRequest(method, target.partition("?")[0], _decode(body)))
        return super().perform_request(method, target, body, headers, **kwargs)


class PlainJsonNode(RecordingNode):
    """A recording node speaking plain JSON to the emulator; see the module docstring."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        plain_headers = HttpHeaders()
        for name, value in (headers or {}).items():
            plain_headers[name] = plain_media_type(value)
        response = super().perform_request(method, target, body, plain_headers, **kwargs)
        if 200 <= response.meta.status < 300:
            response.meta.headers.setdefault("x-elastic-product", "Elasticsearch")
        return response


def _decode(body: bytes | None) -> tuple[Any, ...]:
    if not body:
        return ()
    lines = [line for line in body.decode().splitlines() if line.strip()]
    try:
        return tuple(json.loads(line) for line in lines)
    except ValueError:
        return (body.decode(),)


def emulator_client(url: str, **options: Any) -> Elasticsearch:
    """A client for the emulator at ``url``: plain JSON, requests recorded."""
    return Elasticsearch(url, node_class=PlainJsonNode, **options)


def recording_client(url: str, **options: Any) -> Elasticsearch:
    """A client for a real server at ``url``, unchanged but for recording its requests."""
    return Elasticsearch(url, node_class=RecordingNode, **options)
