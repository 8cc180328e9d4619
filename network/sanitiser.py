"""The one place member-written text becomes HTML: Markdown rendered, then cleaned with bleach
against a strict allowlist. Posts store both the source and this output, cleaned on write.

Nothing executable survives: no script, style, svg, math, iframe, object or noscript element,
no event-handler or style attribute, and links only to http(s), mailto or relative addresses.
Every link gets ``rel="nofollow noopener ugc"``. Cleaning is idempotent: cleaning the output
again changes nothing.
"""

import html
import re
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "del",
        "em",
        "h3",
        "h4",
        "h5",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "abbr": ["title"], "th": ["scope"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener ugc"
MARKDOWN_EXTENSIONS = ["fenced_code", "tables", "sane_lists"]
# What a browser ignores in an address (whitespace and control characters), and the scheme it
# then reads at the start (WHATWG URL: a letter, then letters, digits, "+", "-" or ".").
IGNORED_IN_ADDRESS = re.compile(r"[\x00-\x20\x7f-\xa0\s]+")
SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.ASCII)


def is_safe_link(href: str) -> bool:
    """True for a relative address or one whose scheme is allowed. bleach's own check is not
    enough: its URL parser reads ``javascript:123`` as a host and port, so it sees no scheme."""
    squeezed = IGNORED_IN_ADDRESS.sub("", html.unescape(href or "")).lower()
    scheme = SCHEME.match(squeezed)
    return scheme is None or scheme.group(1) in ALLOWED_PROTOCOLS


def allowed_attribute(tag: str, name: str, value: str) -> bool:
    """The allowlist of attributes, and for a link's address, an allowed scheme."""
    if name not in ALLOWED_ATTRIBUTES.get(tag, ()):
        return False
    return name != "href" or is_safe_link(value)


def _set_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


_cleaner = bleach.sanitizer.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    strip=False,  # disallowed markup is shown as text, so nothing the author wrote vanishes
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_set_rel], skip_tags={"pre", "code"})],
)


def clean_html(html: str) -> str:
    """Allowlisted HTML; safe to mark safe in templates."""
    return _cleaner.clean(html or "")


def render_markdown(source: str) -> str:
    """Member Markdown to clean HTML; any raw HTML in it goes through the same allowlist."""
    rendered = markdown.markdown(source or "", extensions=MARKDOWN_EXTENSIONS, output_format="html")
    return clean_html(rendered)
