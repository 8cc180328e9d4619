"""What in a served page could run code that the site did not write.

The same rules are applied twice: to the HTML the test client receives, parsed by the WHATWG
algorithm browsers use (the html5lib copy bleach ships), and, in Chromium, to the live DOM after
the page has loaded (``DOM_AUDIT``). Our public templates contain none of these things, so any
that appears came from content.
"""

from __future__ import annotations

import re

from bleach._vendor import html5lib  # bleach's pinned WHATWG parser, parsing as browsers do

HTML_NS = "http://www.w3.org/1999/xhtml"
FORBIDDEN_ELEMENTS = frozenset(
    {
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "portal",
        "style",
        "noembed",
        "xmp",
        "plaintext",
        "listing",
    }
)
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "action",
        "formaction",
        "data",
        "poster",
        "background",
        "xlink:href",
        "ping",
        "cite",
        "lowsrc",
        "dynsrc",
        "codebase",
        "srcset",
        "manifest",
    }
)
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "livescript:", "data:text/html", "data:image/svg")
INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")

# Problems found by this suite and reported but not yet fixed, as pattern -> reason, each
# matched against a problem's description. A test that meets only these is marked xfail with the
# reason, so that an open finding is visible without hiding a new one; its entry goes with the
# fix. Empty: none is open.
KNOWN_FINDINGS: dict[re.Pattern, str] = {}


def _scheme_prefix(value: str) -> str:
    return INVISIBLE.sub("", value).lower()


def attribute_problem(element: str, name: str, value: str) -> str | None:
    """Why an attribute could run code or restyle the page, or None."""
    name = name.lower()
    if name.startswith("on"):
        return f"event-handler attribute {name}= on <{element}>"
    if name in ("style", "srcdoc", "formaction"):
        return f"{name}= attribute on <{element}>"
    if name in URL_ATTRIBUTES and _scheme_prefix(value).startswith(SCRIPT_SCHEMES):
        return f"script URL in {name}= on <{element}>: {value[:80]!r}"
    if element == "meta" and name == "http-equiv":
        return f"<meta http-equiv={value[:40]!r}>"
    return None


def script_problem(attributes: dict[str, str]) -> str | None:
    """Only our own static files, carrying the response's nonce, may be scripts."""
    src = attributes.get("src", "")
    if not src.startswith("/static/") or not attributes.get("nonce"):
        return f"<script> not served by us: {str(attributes)[:120]}"
    return None


def split_known(problems: list[str]) -> tuple[list[str], set[str]]:
    """(problems nobody has reported yet, reasons of the known findings among them)."""
    unknown, reasons = [], set()
    for problem in problems:
        matched = [reason for pattern, reason in KNOWN_FINDINGS.items() if pattern.search(problem)]
        if matched:
            reasons.update(matched)
        else:
            unknown.append(problem)
    return unknown, reasons


def problems_in(html: str) -> list[str]:
    """Everything in ``html`` that could run code the site did not write; empty when clean."""
    document = html5lib.parse(html, treebuilder="etree", namespaceHTMLElements=True)
    problems = []
    for node in document.iter():
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag.startswith("{"):
            continue
        namespace, name = tag[1:].split("}", 1)
        if namespace != HTML_NS:
            problems.append(f"foreign <{name}> element ({namespace.rsplit('/', 1)[-1]})")
            continue
        attributes = {str(key).split("}")[-1]: value for key, value in node.attrib.items()}
        if name in FORBIDDEN_ELEMENTS:
            problems.append(f"<{name}> element")
        if name == "script":
            problem = script_problem(attributes)
            if problem:
                problems.append(problem)
        for key, value in attributes.items():
            problem = attribute_problem(name, key, value)
            if problem:
                problems.append(problem)
    return problems


# Elements of SVG and MathML that can run script or navigate; the Wagtail admin draws its icons
# with inline SVG (symbols, paths, <use>), so there only these count.
ACTIVE_FOREIGN = frozenset(
    {
        "script",
        "foreignobject",
        "a",
        "animate",
        "set",
        "animatetransform",
        "animatemotion",
        "image",
        "iframe",
        "handler",
        "listener",
        "maction",
        "math",
        "style",
        "use-external",
    }
)

# Run in the page by Chromium: the same rules over the live DOM. ``nonce`` is the one the
# response's Content-Security-Policy names; ``admin`` marks the Wagtail admin, whose style
# attributes, SVG icons, preview frame and inert initialiser data (``exchange.admin_csp``) are
# allowed there; the lists come from ``dom_rules``.
DOM_AUDIT = r"""
({nonce, admin, forbiddenElements, urlAttributes, schemes, activeForeign}) => {
    const problems = [];
    const forbidden = new Set(forbiddenElements);
    const urls = new Set(urlAttributes);
    const squeeze = (value) => value.replace(/[\x00-\x20\x7f]+/g, "").toLowerCase();
    const isScriptUrl = (value) => schemes.some((scheme) => squeeze(value).startsWith(scheme));
    const ownPrefix = location.origin + "/static/";
    const adminPrefix = location.origin + "/admin/";
    for (const element of document.querySelectorAll("*")) {
        const name = element.localName;
        const namespace = element.namespaceURI || "";
        const foreign = !namespace.endsWith("/xhtml");
        if (foreign && (!admin || activeForeign.includes(name.toLowerCase()))) {
            problems.push(`foreign <${name}> element (${namespace})`);
        }
        // The admin's own preview panel is a frame of the admin itself.
        const adminFrame = admin && name === "iframe" &&
            (!element.getAttribute("src") || element.src.startsWith(adminPrefix));
        if (!foreign && forbidden.has(name) && !adminFrame) problems.push(`<${name}> element`);
        if (name === "script" && !foreign && !admin) {
            if (!element.src.startsWith(ownPrefix) || element.nonce !== nonce) {
                problems.push(`<script> not served by us: ${element.outerHTML.slice(0, 120)}`);
            }
        }
        // The admin runs script files of its own only; anything else there must be inert data.
        const runnable = ["", "text/javascript", "application/javascript", "module"];
        if (name === "script" && !foreign && admin &&
            runnable.includes((element.getAttribute("type") || "").toLowerCase()) &&
            !element.src.startsWith(ownPrefix) && !element.src.startsWith(adminPrefix)) {
            problems.push(`<script> not served by us: ${element.outerHTML.slice(0, 120)}`);
        }
        for (const attribute of element.attributes) {
            const key = attribute.name.toLowerCase();
            const value = attribute.value;
            if (key.startsWith("on")) {
                problems.push(`event-handler attribute ${key}= on <${name}>`);
            } else if ((key === "style" && !admin) || key === "srcdoc" || key === "formaction") {
                problems.push(`${key}= attribute on <${name}>`);
            } else if (urls.has(key) && isScriptUrl(value)) {
                problems.push(`script URL in ${key}= on <${name}>: ${value.slice(0, 80)}`);
            } else if (name === "meta" && key === "http-equiv") {
                problems.push(`<meta http-equiv=${value.slice(0, 40)}>`);
            }
        }
    }
    return problems;
}
"""


def dom_rules() -> dict:
    return {
        "forbiddenElements": sorted(FORBIDDEN_ELEMENTS),
        "urlAttributes": sorted(URL_ATTRIBUTES),
        "schemes": list(SCRIPT_SCHEMES),
        "activeForeign": sorted(ACTIVE_FOREIGN),
    }
