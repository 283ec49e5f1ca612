"""Show Altair charts in notebooks as plain Vega-Lite JSON.

Altair's default renderer stores ``text/html`` that loads Vega from a CDN
(blank offline), carries a random element id (so nbval sees a new output on
every run) and is blanked by JupyterLab in untrusted notebooks. kit's
renderer stores only what JupyterLab draws natively, the Vega-Lite 5 JSON
mimetype, plus a deterministic ``text/plain`` fallback. :mod:`kit.publish.export`
turns the JSON into a drawn chart when a notebook becomes a web page.

It also stores the chart as ``image/png`` (drawn by vl-convert), because
JupyterLab's Vega renderer, on drawing a chart output without one, adds its
own PNG to the output, which marks the notebook modified as soon as it opens.
``kit report`` turns this off (``KIT_CHART_PNG=0`` in its kernels): its pages
draw the JSON, and a PNG costs its kernel 0.1-0.8 s a chart.

A chart mark's link to its sentence (Vega-Lite ``href``, :mod:`kit.links`) points at
the site's article pages, which exist only on the site: in JupyterLab a click would
take the notebook's tab to a missing page. So the notebook output keeps each
``href`` channel parked in ``usermeta`` (:data:`LINKS_KEY`), where Vega ignores it,
and :mod:`kit.publish.export` puts it back on the site's pages
(:func:`restore_links`).

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

import base64
import os
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

PNG_ENV = "KIT_CHART_PNG"
"""Environment variable: ``0`` stores charts without their PNG (see the module docstring)."""
PNG_VEGALITE_VERSION = "5.21"
"""The Vega-Lite the PNG is drawn with: the 5.x that JupyterLab 4 and the pages draw with
(:data:`kit.publish.export.VEGALITE_VERSION`)."""

_COMPOSITIONS = ("layer", "hconcat", "vconcat", "concat", "facet", "repeat")

# (name, options) of the renderer that was active before enable(); None when
# kit's renderer is not enabled.
_previous: tuple[str, dict[str, Any]] | None = None


def mimebundle(spec: Mapping[str, Any], png: bool = False, **metadata: Any) -> dict[str, Any]:
    """Turn a Vega-Lite spec into kit's notebook output.

    This is the renderer function :func:`enable` registers; Altair calls it
    with ``chart.to_dict()`` and the options :func:`enable` gave.

    Parameters
    ----------
    spec:
        A Vega-Lite spec, as ``chart.to_dict()`` returns it.
    png:
        Also store the chart as ``image/png`` (what :func:`enable` asks for,
        unless ``KIT_CHART_PNG=0``).
    **metadata:
        Other renderer options from ``alt.renderers.enable("kit", ...)``;
        ignored, so that the output depends on the spec alone.

    Returns
    -------
    dict
        :data:`VEGALITE_MIMETYPE` holding a copy of the spec whose
        ``$schema`` is Vega-Lite 5, ``text/plain`` and, with ``png``,
        ``image/png`` (base64, as notebooks store it).

    Examples
    --------
    >>> bundle = mimebundle({"mark": "bar", "data": {"values": [{"a": 1}]}})
    >>> sorted(bundle)
    ['application/vnd.vegalite.v5+json', 'text/plain']
    >>> bundle["text/plain"]
    '<kit chart: 1 rows, mark bar>'
    """
    v5 = park_links({**spec, "$schema": VEGALITE_SCHEMA})
    bundle = {VEGALITE_MIMETYPE: v5, "text/plain": describe(spec)}
    if png:
        bundle["image/png"] = chart_png(v5)
    return bundle


LINKS_KEY = "kit_links"
"""``usermeta`` key of a notebook chart: ``{unit path: href channel}`` parked by
:func:`park_links` (a path is the keys and indexes from the spec's root, joined by ``/``)."""


def park_links(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose units have no ``href`` channel; the channels are kept in
    ``usermeta[LINKS_KEY]`` by unit path.

    >>> parked = park_links({"layer": [{"mark": "bar", "encoding": {"href": {"field": "href"}}}]})
    >>> parked["layer"][0]["encoding"], parked["usermeta"]
    ({}, {'kit_links': {'layer/0': {'field': 'href'}}})
    """
    parked: dict[str, Any] = {}
    out = _without_links(spec, "", parked)
    if parked:
        out["usermeta"] = {**out.get("usermeta", {}), LINKS_KEY: parked}
    return out


def restore_links(spec: Mapping[str, Any]) -> dict[str, Any]:
    """``spec`` with the ``href`` channels :func:`park_links` parked back on their units.

    >>> spec = {"layer": [{"mark": "bar", "encoding": {"href": {"field": "href"}}}]}
    >>> restore_links(park_links(spec)) == spec
    True
    """
    out = {k: v for k, v in spec.items() if k != "usermeta"}
    usermeta = {k: v for k, v in spec.get("usermeta", {}).items() if k != LINKS_KEY}
    if usermeta:
        out["usermeta"] = usermeta
    for path, channel in spec.get("usermeta", {}).get(LINKS_KEY, {}).items():
        unit: Any = out
        for part in filter(None, path.split("/")):
            unit = unit[int(part)] if isinstance(unit, list) else unit[part]
        unit.setdefault("encoding", {})["href"] = channel
    return out


def _without_links(value: Any, path: str, parked: dict[str, Any]) -> Any:
    if isinstance(value, list):
        return [_without_links(v, f"{path}/{i}", parked) for i, v in enumerate(value)]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key == "datasets" or key == "data":
            out[key] = item  # rows are data, never units
        elif key == "encoding" and isinstance(item, dict) and "href" in item:
            parked[path.strip("/")] = item["href"]
            out[key] = {k: v for k, v in item.items() if k != "href"}
        else:
            out[key] = _without_links(item, f"{path}/{key}", parked)
    return out


def chart_png(spec: Mapping[str, Any]) -> str:
    """The chart drawn as a PNG by vl-convert, base64-encoded (the same bytes for the same spec).

    Examples
    --------
    >>> chart_png({"mark": "bar", "data": {"values": [{"a": 1}]}})[:8]
    'iVBORw0K'
    """
    import vl_convert

    image = vl_convert.vegalite_to_png(dict(spec), vl_version=PNG_VEGALITE_VERSION)
    return base64.b64encode(image).decode("ascii")


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


def enable(png: bool | None = None) -> None:
    """Register the ``"kit"`` renderer and make it Altair's active renderer.

    ``png``: store each chart's PNG too (see the module docstring); by
    default yes, unless the environment sets ``KIT_CHART_PNG=0``. Calling it
    again while enabled only applies ``png``; :func:`disable` undoes it.

    Examples
    --------
    >>> enable()
    >>> import altair as alt
    >>> alt.renderers.active
    'kit'
    >>> disable()
    """
    global _previous
    if png is None:
        png = os.environ.get(PNG_ENV, "1") != "0"
    if _previous is None or alt.renderers.active != RENDERER_NAME:
        _previous = (alt.renderers.active, dict(alt.renderers.options))
        alt.renderers.register(RENDERER_NAME, mimebundle)
    alt.renderers.enable(RENDERER_NAME, png=png)


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
