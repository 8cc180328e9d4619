"""Snippets for result lists: the text around the first match, escaped, with matches marked.

The text is split into matched and unmatched pieces first and every piece is escaped before the
``<mark>`` tags are added, so nothing a document contains (a ``<script>`` in a post) can become
markup, and a mark never lands inside an escaped entity.
"""

import re

from django.utils.html import escape

WORD = re.compile(r"\w+", re.UNICODE)
SNIPPET_WORDS = 30
MIN_PREFIX = 4
#: Characters before the first match that a snippet may start from (room for a third of
#: SNIPPET_WORDS words of any length).
CONTEXT_CHARS = 500


def query_terms(text: str) -> list[str]:
    """The words of a query, lower-cased, without duplicates, longest first."""
    terms = {word.casefold() for word in WORD.findall(text or "")}
    return sorted(terms, key=lambda term: (-len(term), term))


def _matches(word: str, terms: list[str]) -> bool:
    """A word matches a term it equals or, for longer terms, starts with (so "assessments" is
    marked for "assessment", as stemming backends match it)."""
    folded = word.casefold()
    return any(
        folded == term or (len(term) >= MIN_PREFIX and folded.startswith(term)) for term in terms
    )


def _first_match_at(text: str, terms: list[str]) -> int:
    """Where the first word matching a term (as :func:`_matches` decides) begins, or 0."""
    if not terms:
        return 0
    alternatives = [re.escape(term) + ("" if len(term) >= MIN_PREFIX else r"\b") for term in terms]
    found = re.search(r"\b(?:" + "|".join(alternatives) + ")", text, re.IGNORECASE)
    return found.start() if found else 0


def _near_first_match(text: str, terms: list[str]) -> str:
    """The stretch of a long text a snippet can come from: a few hundred characters before its
    first match and more after it, so a snippet of a 300-page report reads a page, not the
    report. Short texts are returned whole."""
    if len(text) <= 4 * CONTEXT_CHARS:
        return text
    first = _first_match_at(text, terms)
    return text[max(0, first - CONTEXT_CHARS) : first + 3 * CONTEXT_CHARS]


def highlight(text: str, query: str, words: int = SNIPPET_WORDS) -> str:
    """Safe HTML: about ``words`` words of ``text`` around the first match, matches in <mark>."""
    terms = query_terms(query)
    text = _near_first_match(text or "", terms)
    found = list(WORD.finditer(text))
    if not found:
        return ""
    first = next((index for index, m in enumerate(found) if _matches(m.group(), terms)), 0)
    start_word = max(first - words // 3, 0)
    end_word = min(start_word + words, len(found))
    start = found[start_word].start() if start_word else 0
    end = found[end_word - 1].end() if end_word < len(found) else len(text)
    pieces = []
    cursor = start
    for match in found[start_word:end_word]:
        if _matches(match.group(), terms):
            pieces.append(escape(text[cursor : match.start()]))
            pieces.append(f"<mark>{escape(match.group())}</mark>")
            cursor = match.end()
    pieces.append(escape(text[cursor:end]))
    snippet = "".join(pieces).strip()
    if start_word:
        snippet = "… " + snippet
    if end_word < len(found):
        snippet += " …"
    return snippet
