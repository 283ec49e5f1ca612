"""Show Altair charts in notebooks as plain Vega-Lite JSON.

Altair's default renderer stores ``text/html`` that loads Vega from a CDN
(blank offline), carries a random element id (so nbval sees a new output on
every run) and is blanked by JupyterLab in untrusted notebooks. kit's
renderer stores only what JupyterLab draws natively, the Vega-Lite 5 JSON
mimetype, plus a deterministic ``text/plain`` fallback. :mod:`kit.publish.export`
turns the JSON into a drawn chart when a notebook becomes a web page.

Nothing is registered on import: :func:`enable` registers and enables the
renderer named ``"kit"``, :func:`disable` puts back the one active before.

Examples
--------
>>> import altair as alt
>>> from kit.publish import render
>>> render.enable()
>>> alt.renderers.active
'kit'
>>> render.disable()
>>> alt.renderers.active != "kit"
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import altair as alt

RENDERER_NAME = "kit"
VEGALITE_MIMETYPE = "application/vnd.vegalite.v5+json"
VEGALITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
"""JupyterLab 4 draws Vega-Lite with its own Vega-Lite 5; Altair 6 writes
Vega-Lite 6 specs whose grammar Vega-Lite 5 compiles, so the spec is stored
under the v5 mimetype and ``$schema`` (tests compile it with Vega-Lite 5)."""

_COMPOSITIONS = ("layer", "hconcat", "vconcat", "concat", "facet", "repeat")

# (name, options) of the renderer that was active before enable(); None when
# kit's renderer is not enabled.
_previous: tuple[str, dict[str, Any]] | None = None


def mimebundle(spec: Mapping[str, Any], **metadata: Any) -> dict[str, Any]:
    """Turn a Vega-Lite spec into kit's notebook output.

    This is the renderer function :func:`enable` registers; Altair calls it
    with ``chart.to_dict()``.

    Parameters
    ----------
    spec:
        A Vega-Lite spec, as ``chart.to_dict()`` returns it.
    **metadata:
        Renderer options from ``alt.renderers.enable("kit", ...)``; ignored,
        so that the output depends on the spec alone.

    Returns
    -------
    dict
        Exactly two mimetypes: :data:`VEGALITE_MIMETYPE` holding a copy of
        the spec whose ``$schema`` is Vega-Lite 5, and ``text/plain``.

    Examples
    --------
    >>> bundle = mimebundle({"mark": "bar", "data": {"values": [{"a": 1}]}})
    >>> sorted(bundle)
    ['application/vnd.vegalite.v5+json', 'text/plain']
    >>> bundle["text/plain"]
    '<kit chart: 1 rows, mark bar>'
    """
    v5 = {**spec, "$schema": VEGALITE_SCHEMA}
    return {VEGALITE_MIMETYPE: v5, "text/plain": describe(spec)}


def describe(spec: Mapping[str, Any]) -> str:
    """A short, deterministic text stand-in for a chart.

    Examples
    --------
    >>> describe({"mark": {"type": "line"}, "title": "Mentions per day",
    ...           "datasets": {"d1": [{"n": 1}, {"n": 2}]}})
    "<kit chart: 2 rows, mark line, title 'Mentions per day'>"
    """
    parts = [f"{count_rows(spec)} rows", _kind(spec)]
    title = spec.get("title")
    if isinstance(title, Mapping):
        title = title.get("text")
    if isinstance(title, str) and title:
        parts.append(f"title {title!r}")
    return f"<kit chart: {', '.join(parts)}>"


def count_rows(spec: Mapping[str, Any]) -> int:
    """Rows of data stored inline in a spec (named datasets + inline values).

    Examples
    --------
    >>> count_rows({"datasets": {"a": [{}, {}]}, "data": {"values": [{}]}})
    3
    """
    total = sum(len(rows) for rows in spec.get("datasets", {}).values() if isinstance(rows, list))
    data = spec.get("data")
    if isinstance(data, Mapping) and isinstance(data.get("values"), list):
        total += len(data["values"])
    return total


def _kind(spec: Mapping[str, Any]) -> str:
    mark = spec.get("mark")
    if isinstance(mark, Mapping):
        mark = mark.get("type")
    if isinstance(mark, str):
        return f"mark {mark}"
    for key in _COMPOSITIONS:
        if key in spec:
            return key
    return "chart"


def enable() -> None:
    """Register the ``"kit"`` renderer and make it Altair's active renderer.

    Calling it again while enabled changes nothing; :func:`disable` undoes it.

    Examples
    --------
    >>> enable()
    >>> import altair as alt
    >>> alt.renderers.active
    'kit'
    >>> disable()
    """
    global _previous
    if _previous is not None and alt.renderers.active == RENDERER_NAME:
        return
    _previous = (alt.renderers.active, dict(alt.renderers.options))
    alt.renderers.register(RENDERER_NAME, mimebundle)
    alt.renderers.enable(RENDERER_NAME)


def disable() -> None:
    """Re-enable the renderer that was active before :func:`enable`.

    Also unregisters ``"kit"``. Does nothing when kit's renderer is not
    enabled.

    Examples
    --------
    >>> import altair as alt
    >>> before = alt.renderers.active
    >>> enable(); disable()
    >>> alt.renderers.active == before
    True
    """
    global _previous
    if _previous is None:
        return
    name, options = _previous
    _previous = None
    if not name or name == RENDERER_NAME:
        name, options = "default", {}
    alt.renderers.enable(name, **options)
    alt.renderers.register(RENDERER_NAME, None)


@contextmanager
def rendering() -> Iterator[None]:
    """Use kit's renderer inside a ``with`` block only.

    Examples
    --------
    >>> import altair as alt
    >>> with rendering():
    ...     alt.renderers.active
    'kit'
    """
    was_enabled = _previous is not None and alt.renderers.active == RENDERER_NAME
    enable()
    try:
        yield
    finally:
        if not was_enabled:
            disable()
