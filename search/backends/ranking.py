"""Relevance of the matches in a window, computed from their text, for SQLite.

FTS5's ``bm25()`` weighs each term by its rarity in the whole index, and finds that rarity by
reading every match of the term (of a phrase: matching the phrase in every document) before it
scores the first row. With 1.1 million documents that pass cost 20–75 ms per query while the
match itself took 1–7 ms (bench/search.py), and it grows with the index, not with the window.

Ranking here is BM25 without that weight: each term's frequency, saturated and normalised by
the length of the field relative to the window's average, the title counting
:data:`~search.backends.fulltext.TITLE_WEIGHT` times. Every match contains every term of an
AND query, so rarity would mostly rescale all of them alike. Frequencies are counted as
substrings (the index decides what matches; this only orders the window), in the first
:data:`SCORED_CHARS` characters of the body, so a long PDF costs no more than a page.
"""

from __future__ import annotations

from collections.abc import Sequence

from modelsearch.query import And, Not, Or, Phrase, PlainText

#: How much of each body is read to count terms.
SCORED_CHARS = 4000
K1 = 1.2
B = 0.75


def terms_of(parsed) -> tuple[str, ...]:
    """The words and phrases of a modelsearch query that a match may contain, folded."""
    if isinstance(parsed, PlainText):
        return tuple(word.casefold() for word in parsed.query_string.split())
    if isinstance(parsed, Phrase):
        return (" ".join(parsed.query_string.split()).casefold(),)
    if isinstance(parsed, (And, Or)):
        return tuple(term for part in parsed.subqueries for term in terms_of(part))
    if isinstance(parsed, Not):
        return ()
    return ()


def _saturated(frequency: int, length: int, average: float) -> float:
    if not frequency:
        return 0.0
    return frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / average))


def _spellings(term: str) -> tuple[str, ...]:
    """``term`` as a body may write it: in lower case, or capitalised at the start of a
    sentence (scripts without case have one spelling)."""
    return tuple(dict.fromkeys((term, term[:1].upper() + term[1:])))


def scores(texts: Sequence[tuple[str, str]], terms: Sequence[str], title_weight: float) -> list:
    """One score per ``(title, body)`` of ``texts``, higher for better matches of ``terms``
    (folded). Titles are folded; bodies are searched for each term's :func:`_spellings`
    instead, as folding a thousand bodies cost more than the search itself."""
    if not texts:
        return []
    spellings = [_spellings(term) for term in terms]
    titles = [title.casefold() for title, _body in texts]
    bodies = [body for _title, body in texts]
    average_title = max(1.0, sum(map(len, titles)) / len(titles))
    average_body = max(1.0, sum(map(len, bodies)) / len(bodies))
    return [
        sum(
            title_weight * _saturated(title.count(term), len(title), average_title)
            + _saturated(sum(map(body.count, written)), len(body), average_body)
            for term, written in zip(terms, spellings, strict=True)
        )
        for title, body in zip(titles, bodies, strict=True)
    ]
