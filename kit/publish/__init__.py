"""Publish: notebook outputs that stay stable (:mod:`kit.publish.render`), self-contained
HTML pages (:mod:`kit.publish.export`) and the whole site (:mod:`kit.publish.report`).

:func:`export_html` and :func:`build_site` are imported on first use: a notebook kernel
needs only :mod:`~kit.publish.render` and :mod:`~kit.publish.readings`, not nbconvert."""

from typing import Any

import kit.charts  # noqa: F401  # first: jsonschema (nbformat, Altair) without its IRI parsers

__all__ = ["build_site", "export_html"]


def __getattr__(name: str) -> Any:
    if name == "export_html":
        from kit.publish.export import export_html
        return export_html
    if name == "build_site":
        from kit.publish.report import build_site
        return build_site
    raise AttributeError(f"module 'kit.publish' has no attribute {name!r}")
