"""Rendering pages in Chromium with a hook that records any script a payload manages to run.

Each page is opened twice. Once as served, under its Content-Security-Policy, where the live
DOM is audited (``markup.DOM_AUDIT``) and any blocked script is reported by the ``browser``
fixture; and once with the policy bypassed, so that markup that got through the sanitiser or
the templates would actually run and be recorded, rather than be stopped by the policy alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from django.test import Client

from tests.security.malicious.markup import DOM_AUDIT, dom_rules
from tests.security.malicious.probe import PAGES_ENFORCED, PAGES_RENDERED

# Replaces every function an XSS payload calls to prove itself, and the ways to run a string
# as code, with recorders; runs before any script of the page.
MARKER = "/*malicious-input-suite*/"
EXECUTION_HOOK = r"""
((MARKER) => {
    const calls = [];
    Object.defineProperty(window, "__xssCalls", { value: calls });
    const record = (kind, args) => {
        calls.push(`${kind}(${Array.from(args).map(String).join(", ").slice(0, 160)})`);
    };
    for (const name of ["alert", "confirm", "prompt", "print"]) {
        window[name] = function () { record(name, arguments); return null; };
    }
    // The suite's own evaluations (marked) still run: Playwright evaluates through eval.
    const ownEval = window.eval;
    const OwnFunction = window.Function;
    const ours = (args) => args.length && String(args[args.length - 1]).includes(MARKER);
    window.eval = function (code) {
        if (ours(arguments)) return ownEval(code);
        record("eval", arguments);
    };
    window.Function = function () {
        if (ours(arguments)) return OwnFunction.apply(this, arguments);
        record("Function", arguments);
        return function () {};
    };
    for (const name of ["setTimeout", "setInterval"]) {
        const original = window[name];
        window[name] = function (handler, ...rest) {
            if (typeof handler !== "function") {
                record(`${name} with a string`, [handler]);
                return 0;
            }
            return original.call(window, handler, ...rest);
        };
    }
    for (const name of ["write", "writeln"]) {
        Document.prototype[name] = function () { record(`document.${name}`, arguments); };
    }
})(__MARKER__);
""".replace("__MARKER__", json.dumps(MARKER))
NONCE = re.compile(r"'nonce-([^']+)'")
# One round trip per page: what the DOM holds, then what the hook recorded.
AUDIT_CALL = f"(rules) => {MARKER} [({DOM_AUDIT.strip()})(rules), window.__xssCalls]"


def signed_in(user) -> Client:
    """A client with a session for ``user`` (members and applicants need no second factor)."""
    client = Client()
    client.force_login(user)
    return client


# Pictures and fonts are never fetched: the live server's in-memory SQLite locks under a burst of
# parallel image requests, and an injected <img> whose load fails fires its onerror at once.
# Chromium pauses them for the suite to refuse; Playwright's own interception would also switch
# off the cache and fetch every style sheet and script again for each page.
REFUSED_RESOURCES = ("Image", "Media", "Font")


def _refuse_resources(devtools) -> None:
    def refuse(event: dict) -> None:
        devtools.send(
            "Fetch.failRequest", {"requestId": event["requestId"], "errorReason": "BlockedByClient"}
        )

    devtools.on("Fetch.requestPaused", refuse)
    devtools.send("Fetch.enable", {"patterns": [{"resourceType": t} for t in REFUSED_RESOURCES]})


@dataclass
class Renderer:
    """One reader's tabs: policy bypassed (every page), policy enforced (pages asked for)."""

    browser: object
    base_url: str
    client: Client | None = None  # whose cookies (session) the tabs carry
    admin: bool = False
    problems: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.bypassed, self.enforced = (self._tab(bypass) for bypass in (True, False))

    def _tab(self, bypass: bool):
        context = self.browser.new_context(bypass_csp=bypass)
        context.add_init_script(EXECUTION_HOOK)
        if self.client is not None:
            context.add_cookies(
                [
                    {"name": name, "value": morsel.value, "url": self.base_url}
                    for name, morsel in self.client.cookies.items()
                ]
            )
        context.set_default_timeout(90_000)
        tab = context.new_page()
        _refuse_resources(context.new_cdp_session(tab))
        return tab

    def render(self, path: str, what: str = "", enforced: bool = False) -> None:
        """Open ``path`` with the policy bypassed (and, if asked, enforced too); note any server
        error, DOM problem or recorded call."""
        label = f"{path[:120]} ({what})" if what else path[:120]
        for tab in (self.bypassed, self.enforced) if enforced else (self.bypassed,):
            response = tab.goto(self.base_url + path, wait_until="load")
            if response is None or response.status >= 500:
                self.problems.append(f"{label}: HTTP {response.status if response else '?'}")
                continue
            found = NONCE.search(response.headers.get("content-security-policy", ""))
            rules = {"nonce": found.group(1) if found else "", "admin": self.admin, **dom_rules()}
            problems, calls = tab.evaluate(AUDIT_CALL, rules)
            self.problems += [f"{label}: {problem}" for problem in problems]
            self.problems += [f"{label}: script ran: {call}" for call in calls]
        PAGES_RENDERED.append(path)
        if enforced:
            PAGES_ENFORCED.append(path)

    def close(self) -> None:
        for tab in (self.bypassed, self.enforced):
            tab.context.close()
