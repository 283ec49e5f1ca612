"""A page opened in headless Chromium, with what it asked for and what went wrong:
shared by the site tests and the JupyterLab tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from playwright.sync_api import Page


@dataclass
class Visit:
    """``page``'s requests (and websockets) and uncaught errors, recorded from now on;
    ``local``: the addresses that are no request to the outside world."""

    page: Page
    local: re.Pattern[str]
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("websocket", lambda ws: self.requests.append(ws.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def remote_requests(self) -> list[str]:
        return [url for url in self.requests if not self.local.match(url)]
