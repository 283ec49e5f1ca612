"""Altair charts built from kit's tables (pandas DataFrames) alone.

Nothing here imports spaCy. Every function takes an already-aggregated
table, so no chart embeds row-level data or hits Altair's row limit.

Importing Altair imports ``jsonschema``, whose format checkers import
``rfc3987_syntax`` when it is installed (Jupyter's ``jsonschema[format-nongpl]``
installs it), and that builds about 35 Earley parsers for the ``iri`` format
at import: 1.5–3 s in every kernel (python-jsonschema/jsonschema#1428).
Altair validates no IRI, so :func:`_jsonschema_without_iri_parsers` imports
``jsonschema`` with ``rfc3987_syntax`` hidden, once, when nothing has imported
it yet; only the ``iri`` format goes unchecked in that process.
"""

import sys


def _jsonschema_without_iri_parsers() -> None:
    if "jsonschema._format" in sys.modules or "rfc3987_syntax" in sys.modules:
        return
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # import fails: skipped
    try:
        import jsonschema._format  # noqa: F401
    finally:
        del sys.modules["rfc3987_syntax"]


_jsonschema_without_iri_parsers()

from kit.charts import theme  # noqa: E402
from kit.charts.entities import entity_bars, heatmap, label_bars  # noqa: E402

__all__ = ["entity_bars", "heatmap", "label_bars", "theme"]
