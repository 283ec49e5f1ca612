"""Publish: notebook outputs that stay stable (:mod:`kit.publish.render`), self-contained
HTML pages (:mod:`kit.publish.export`) and the whole site (:mod:`kit.publish.report`)."""

import kit.charts  # noqa: F401  # first: jsonschema (nbformat, Altair) without its IRI parsers
from kit.publish.export import export_html
from kit.publish.report import build_site

__all__ = ["build_site", "export_html"]
