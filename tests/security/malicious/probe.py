"""A browser stand-in that keeps every server error instead of stopping at the first, and the
tally of what the suite tried, printed when the session ends."""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.test import Client

from tests.security.malicious.corpus import Payload

# Server errors found by this suite and reported but not yet fixed, as (path, exception) ->
# reason; see ``markup.KNOWN_FINDINGS`` for how a test treats them. Empty: none is open.
KNOWN_SERVER_ERRORS: dict[tuple[re.Pattern, re.Pattern], str] = {}

# entry point -> (payloads tried, requests sent); filled in by the tests, printed by conftest.
TALLY: dict[str, tuple[int, int]] = {}
PAGES_RENDERED: list[str] = []  # every page Chromium rendered with the policy bypassed
PAGES_ENFORCED: list[str] = []  # those rendered again under their policy


def tally(entry_point: str, payloads: int, requests: int = 0) -> None:
    tried, sent = TALLY.get(entry_point, (0, 0))
    TALLY[entry_point] = (max(tried, payloads), sent + requests)


def _labels(items: Iterable[Payload]) -> str:
    labels = [item.label for item in items]
    shown = ", ".join(labels[:6])
    return shown + (f" and {len(labels) - 6} more" if len(labels) > 6 else "")


@dataclass
class Probe:
    """A test client (signed in as ``user`` when given) whose 5xx answers are collected with
    the payloads that were in the request, so one run reports every failing input."""

    user: object = None
    errors: list[str] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    requests: int = 0

    def __post_init__(self):
        self.client = Client(raise_request_exception=False)
        if self.user is not None:
            self.client.force_login(self.user)

    def get(self, url: str, items: Iterable[Payload] = (), data=None):
        return self._send("get", url, items, data)

    def post(self, url: str, data: dict, items: Iterable[Payload] = (), **extra):
        return self._send("post", url, items, data, **extra)

    def _send(self, method: str, url: str, items, data, **extra):
        response = getattr(self.client, method)(url, data, **extra)
        self.requests += 1
        if response.status_code >= 500:
            detail = ""
            if getattr(response, "exc_info", None):
                detail = "".join(traceback.format_exception(*response.exc_info)[-3:]).strip()
            known = [
                reason
                for (path, error), reason in KNOWN_SERVER_ERRORS.items()
                if path.search(url) and error.search(detail)
            ]
            if known:
                self.known.update(known)
                return response
            self.errors.append(
                f"{method.upper()} {url} -> {response.status_code} with {_labels(items)}\n{detail}"
            )
        return response

    def assert_no_server_errors(self) -> None:
        assert not self.errors, f"{len(self.errors)} server error(s):\n" + "\n\n".join(self.errors)
