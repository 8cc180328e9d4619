"""Building what the search tests search: hand-written documents, indexed content, people."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.models import AnonymousUser

from network import policy
from network.choices import MemberStatus
from search.backends.base import SearchBackend, SearchDocument, SearchQuery
from search.documents import documents_for
from tests.factories import AccountFactory, join_group, member

PUBLIC = frozenset({"public"})
MEMBERS = frozenset({"public", "members"})


def doc(key: str, title: str, body: str = "", **fields: Any) -> SearchDocument:
    """A main document of a practice in English for everyone, unless told otherwise."""
    values: dict[str, Any] = {
        "key": key,
        "object_key": key.partition("#")[0],
        "kind": "practice",
        "title": title,
        "body": body,
        "url": f"/en/practices/{key.replace(':', '-')}/",
        "language": "en",
        "audiences": ("public",),
        "translations": (fields.get("language", "en"),),
        "translation_key": key.partition("#")[0],
    }
    values.update(fields)
    return SearchDocument(**values)


def index_objects(backend: SearchBackend, *objects) -> list[SearchDocument]:
    """Index what the content pipeline would index for ``objects``; returns the documents."""
    documents = [document for obj in objects for document in documents_for(obj)]
    backend.index(documents)
    return documents


def ask(
    backend: SearchBackend, text: str, audiences=PUBLIC, **options: Any
) -> tuple[list[str], Any]:
    """(keys of the hits, results) of one query."""
    results = backend.search(SearchQuery(text=text, audiences=frozenset(audiences), **options))
    return [hit.document.key for hit in results.hits], results


def audiences_of(user) -> frozenset[str]:
    return policy.audiences_for(user)


def people(group, other_group) -> dict[str, Any]:
    """The six kinds of searcher the access rules distinguish."""
    in_group = member()
    join_group(in_group, group)
    in_other_group = member()
    join_group(in_other_group, other_group)
    return {
        "visitor": AnonymousUser(),
        "applicant": AccountFactory(),
        "member": member(),
        "group member": in_group,
        "other group member": in_other_group,
        "suspended member": member(status=MemberStatus.SUSPENDED),
    }


def days_ago(days: int) -> datetime.date:
    return datetime.date(2024, 6, 1) - datetime.timedelta(days=days)


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose page says ``text`` (Latin letters), as an uploaded report would."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
