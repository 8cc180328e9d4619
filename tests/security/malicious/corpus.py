"""The vendored XSS corpora (see ``tests/security/data/README.md``), read verbatim, and the ways
the suite spreads them over the fields of the site.

Each payload keeps the name of the corpus it came from, so a failure says where to look.
Payloads that occur in more than one corpus (or twice in one) are tried once, under the first
corpus that lists them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Corpus:
    key: str
    file: str
    description: str


CORPORA = (
    Corpus("blns", "xss_payloads.txt", "Big List of Naughty Strings, Script Injection"),
    Corpus("owasp", "xss_filters_seed.txt", "OWASP XSS filter evasion vectors (xss-filters)"),
    Corpus("dompurify", "dompurify_expect.json", "DOMPurify test fixtures, mXSS and bypasses"),
)


@dataclass(frozen=True)
class Payload:
    corpus: str
    number: int  # line (text files) or entry (JSON) in the corpus file, from 1
    text: str

    @property
    def label(self) -> str:
        return f"{self.corpus}#{self.number}"


def _read(corpus: Corpus) -> list[str]:
    path = DATA / corpus.file
    if path.suffix == ".json":
        return [entry["payload"] for entry in json.loads(path.read_text(encoding="utf-8"))]
    return path.read_text(encoding="utf-8").split("\n")[:-1]  # one a line, kept verbatim


@cache
def lines_by_corpus() -> dict[str, list[str]]:
    """Every entry of every corpus file, duplicates and all."""
    return {corpus.key: _read(corpus) for corpus in CORPORA}


@cache
def payloads() -> tuple[Payload, ...]:
    """Every distinct, non-blank payload, in corpus order."""
    seen: set[str] = set()
    found = []
    for key, lines in lines_by_corpus().items():
        for number, text in enumerate(lines, start=1):
            if text.strip() and text not in seen:
                seen.add(text)
                found.append(Payload(key, number, text))
    return tuple(found)


def counts_by_corpus() -> dict[str, tuple[int, int]]:
    """(entries in the file, distinct payloads tried from it) per corpus."""
    tried: dict[str, int] = {}
    for payload in payloads():
        tried[payload.corpus] = tried.get(payload.corpus, 0) + 1
    return {key: (len(lines), tried.get(key, 0)) for key, lines in lines_by_corpus().items()}


def fit(text: str, limit: int | None) -> str:
    return text if limit is None else text[:limit]


def packed(items: Iterable[Payload], limit: int, separator: str = " ") -> list[str]:
    """The payloads joined into as few strings of at most ``limit`` characters as possible, in
    order; a payload longer than ``limit`` gets a string of its own, cut to the limit."""
    chunks: list[str] = []
    current = ""
    for payload in items:
        text = payload.text
        if len(text) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(text[:limit])
            continue
        joined = f"{current}{separator}{text}" if current else text
        if len(joined) > limit:
            chunks.append(current)
            joined = text
        current = joined
    if current:
        chunks.append(current)
    return chunks


def batches(items: Iterable[Payload], size: int) -> list[list[Payload]]:
    items = list(items)
    return [items[start : start + size] for start in range(0, len(items), size)]
