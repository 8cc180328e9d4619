"""The sanitiser against a public XSS payload corpus (see data/README.md).

Every payload goes through ``render_markdown`` as Markdown source and through ``clean_html`` as
raw HTML; the output is parsed again and must hold nothing executable, and cleaning it once more
must change nothing.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from network.sanitiser import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_PROTOCOLS,
    ALLOWED_TAGS,
    LINK_REL,
    clean_html,
    render_markdown,
)

DATA = Path(__file__).parent / "data" / "xss_payloads.txt"
PAYLOADS = DATA.read_text(encoding="utf-8").split("\n")[:-1]  # one a line, kept verbatim
CHUNK = 50
CHUNKS = [
    pytest.param(start, id=f"payloads-{start + 1}-{min(start + CHUNK, len(PAYLOADS))}")
    for start in range(0, len(PAYLOADS), CHUNK)
]
PIPELINES = {"markdown": render_markdown, "html": clean_html}

FORBIDDEN_TAGS = frozenset(
    {
        "script",
        "style",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "noscript",
        "template",
        "base",
        "meta",
        "link",
        "form",
    }
)
# A scheme as RFC 3986 spells it, at the start of an href.
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Anything in the raw output that a browser could take as the start of a tag.
TAG_OPEN = re.compile(r"<\s*/?\s*([^\s/>]+)")


def href_scheme(value: str) -> str | None:
    """The scheme a browser would see in an attribute value as the parser hands it over (its
    character references already decoded, once, as a browser does): control characters and
    whitespace removed, lower-cased; None for a relative URL."""
    squeezed = "".join(ch for ch in value if ord(ch) > 0x20 and ord(ch) != 0x7F)
    squeezed = "".join(ch for ch in squeezed if not ch.isspace()).lower()
    match = SCHEME.match(squeezed)
    return match.group(1) if match else None


class Auditor(HTMLParser):
    """Collects every way the parsed output breaks the allowlist."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"forbidden element <{tag}>")
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"element <{tag}> outside the allowlist")
        allowed = set(ALLOWED_ATTRIBUTES.get(tag, ()))
        names = [name for name, _ in attrs]
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event-handler attribute {name}= on <{tag}>")
            if name == "style":
                self.problems.append(f"style attribute on <{tag}>")
            if name not in allowed:
                self.problems.append(f"attribute {name}= outside the allowlist on <{tag}>")
            if name == "href":
                scheme = href_scheme(value or "")
                if scheme is not None and scheme not in ALLOWED_PROTOCOLS:
                    self.problems.append(f"href with scheme {scheme!r}: {value!r}")
        if tag == "a" and (dict(attrs).get("rel") != LINK_REL or names.count("rel") != 1):
            self.problems.append(f"<a> without rel={LINK_REL!r}: {attrs!r}")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"end tag </{tag}> outside the allowlist")

    def handle_comment(self, data):
        self.problems.append(f"comment <!--{data}-->")

    def handle_decl(self, decl):
        self.problems.append(f"declaration <!{decl}>")

    def handle_pi(self, data):
        self.problems.append(f"processing instruction <?{data}>")

    def unknown_decl(self, data):
        self.problems.append(f"declaration <![{data}]>")


def audit(output: str) -> list[str]:
    """Everything executable or outside the allowlist in ``output``; empty when it is clean."""
    auditor = Auditor()
    auditor.feed(output)
    auditor.close()
    problems = auditor.problems
    # The parser above is lenient; a browser's tokenizer is the judge, so any raw "<" that could
    # open a tag must open an allowed one too.
    for match in TAG_OPEN.finditer(output):
        name = match.group(1).lower()
        if name not in ALLOWED_TAGS:
            problems.append(f"raw tag opener {match.group(0)!r}")
    if clean_html(output) != output:
        problems.append("not idempotent: cleaning the output again changes it")
    return problems


def test_corpus_is_large_enough():
    assert len(PAYLOADS) >= 200
    assert all(PAYLOADS), "blank line in the corpus"


@pytest.mark.parametrize("pipeline", sorted(PIPELINES))
@pytest.mark.parametrize("start", CHUNKS)
def test_nothing_executable_survives(pipeline, start):
    sanitise = PIPELINES[pipeline]
    failures = []
    for index, payload in enumerate(PAYLOADS[start : start + CHUNK], start=start + 1):
        output = sanitise(payload)
        problems = audit(output)
        if problems:
            failures.append(
                f"line {index}: {payload!r}\n    -> {output!r}\n    " + "\n    ".join(problems)
            )
    assert not failures, f"{len(failures)} payload(s) got through:\n" + "\n".join(failures)


# Behaviour worth spelling out, one case each.


def test_javascript_link_loses_its_href():
    assert render_markdown("[click](javascript:alert(1))") == (
        f'<p><a rel="{LINK_REL}">click</a></p>'
    )
    assert "href" not in clean_html('<a href="JaVaScRiPt:alert(1)">x</a>')
    assert "href" not in clean_html('<a href="jav&#x09;ascript:alert(1)">x</a>')


def test_a_script_scheme_followed_by_digits_loses_its_href():
    """bleach alone keeps ``javascript:123``: its URL parser reads ``scheme:<digits>`` as a host
    and port and sees no scheme. The sanitiser reads the scheme itself, as a browser would."""
    assert render_markdown("[x](javascript:123)") == f'<p><a rel="{LINK_REL}">x</a></p>'
    for href in (
        "javascript:123",
        "JaVaScRiPt:1",
        "vbscript:0",
        "&#106;avascript:7",
        " java\tscript:1",
    ):
        assert clean_html(f'<a href="{href}">x</a>') == f'<a rel="{LINK_REL}">x</a>', href


def test_relative_and_allowed_links_keep_their_href():
    for href in (
        "/en/forums/",
        "#replies",
        "notes?a=b:c",
        "mailto:a@example.org",
        "HTTPS://e.org/",
    ):
        assert clean_html(f'<a href="{href}">x</a>') == f'<a href="{href}" rel="{LINK_REL}">x</a>'


def test_data_url_refused():
    source = "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
    assert render_markdown(source) == f'<p><a rel="{LINK_REL}">x</a></p>'
    assert "href" not in clean_html('<a href="data:text/html,<script>alert(1)</script>">x</a>')


def test_img_with_onerror_is_shown_as_text():
    assert clean_html("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert render_markdown("<img src=x onerror=alert(1)>") == (
        "<p>&lt;img src=x onerror=alert(1)&gt;</p>"
    )


def test_plain_link_gets_the_rel():
    assert render_markdown("[site](https://example.org/)") == (
        f'<p><a href="https://example.org/" rel="{LINK_REL}">site</a></p>'
    )
    assert clean_html('<a href="https://e.org" rel="opener" onclick="x()">a</a>') == (
        f'<a href="https://e.org" rel="{LINK_REL}">a</a>'
    )
    assert render_markdown("see https://example.org/ now") == (
        f'<p>see <a href="https://example.org/" rel="{LINK_REL}">https://example.org/</a> now</p>'
    )


def test_auditor_catches_what_it_should():
    """The checks above are only as good as the auditor; it must flag known-bad output."""
    bad = [
        "<script>alert(1)</script>",
        '<a href="java&#115;cript:alert(1)" rel="nofollow noopener ugc">x</a>',
        '<a href=" &#1;javascript:alert(1)" rel="nofollow noopener ugc">x</a>',
        '<a href="https://e.org">no rel</a>',
        '<p onclick="x()">x</p>',
        '<b style="color:red">x</b>',
        '<img src="x">',
        "<svg><a>x</a></svg>",
    ]
    for output in bad:
        assert audit(output), output
    assert not audit(f'<p><a href="mailto:a@example.org" rel="{LINK_REL}">a</a></p>')
