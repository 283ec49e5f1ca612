"""Turn an executed notebook into one self-contained web page.

The page looks like JupyterLab's (nbconvert's ``lab`` template) but loads
nothing from the network: no require.js, MathJax, Mermaid or widget loader,
and Vega, Vega-Lite and vega-embed are inlined once, from the bundle that
``vl-convert-python`` ships. Each chart output of :mod:`kit.publish.render` becomes a
``<div>`` plus a ``vegaEmbed`` call whose spec is JSON made safe for a
``<script>`` element (``<``, ``>``, ``&``, U+2028 and U+2029 are written as
``\\uXXXX``), so article text in chart data stays data.

Outputs that would run code or fetch things (``<script>``, event-handler
attributes, ``javascript:`` links, remote images in HTML or Markdown
outputs) stop the export with an :class:`ExportError` instead of being
published; ``application/javascript`` and widget outputs show their
``text/plain`` form. They are judged as a browser sees them: Markdown is
rendered as nbconvert renders it and HTML parsed (lxml) into elements and
attributes, so article text that pandas escaped stays text whatever it says.
A page is written to a temporary file and renamed, so a failed export leaves
no half page.

Examples
--------
>>> import nbformat
>>> from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
>>> nb = new_notebook(cells=[new_markdown_cell("# Talks"), new_code_cell("1 + 1")])
>>> nbformat.write(nb, "talks.ipynb")
>>> from kit.publish.export import export_html
>>> export_html("talks.ipynb", "talks.html")
PosixPath('talks.html')
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Collection, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import lxml.html
import nbformat
from lxml import etree
from markupsafe import Markup
from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import Preprocessor
from traitlets.config import Config

from kit.links import ARTICLES
from kit.nlp.cache import atomic_path
from kit.publish.render import VEGALITE_MIMETYPE, restore_links
from kit.publish.tables import link_tables

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "kit_html"
VEGALITE_VERSION = "5.21"
"""Vega-Lite inlined in pages: the newest 5.x that vl-convert ships, the
major version JupyterLab 4 draws the same charts with."""

CHART_MIMETYPE = "text/x-kit-chart+html"
"""Export-time only: a chart output turned into its ``<div>`` + script."""

DISPLAY_PRIORITY = [
    CHART_MIMETYPE,
    "text/html",
    "text/markdown",
    "image/svg+xml",
    "text/latex",
    "image/png",
    "image/jpeg",
    "text/plain",
]
"""Output formats a page shows, best first. JavaScript and widget outputs
are absent on purpose: they fall back to their ``text/plain`` form."""

_SCRIPT_ESCAPES = {ord(c): f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029"}

SCRIPT = "a <script> element"
EMBED = "an embedded frame or object"
HANDLER = "an event-handler attribute (on...=)"
JS_URL = "a javascript: URL"
REMOTE = "a remote resource (src=http...)"
REMOTE_CSS = "a remote CSS resource"
AMBIGUOUS = "markup a browser may parse differently (inside <{tag}>)"
"""The reasons :func:`unsafe_reason` gives."""

_EMBEDS = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta",
                     "link", "portal", "fencedframe"})
_RAW_TEXT = frozenset({"style", "xmp", "noembed", "noframes", "textarea", "title", "plaintext"})
"""Elements whose text is not markup; a ``<`` there is read as tags inside <svg>/<math>."""
_LOADING_ATTRS = frozenset({"src", "srcset", "imagesrcset", "poster", "data", "background",
                            "lowsrc", "dynsrc", "codebase"})
"""Attributes whose URL a browser fetches as the page loads; ``href`` does too, except on
links (``<a>``, ``<area>``), which fetch only when clicked."""
_LINKS = frozenset({"a", "area"})
_TEXT_ATTRS = frozenset({"title", "alt", "value", "placeholder", "label", "class", "id", "name"})
"""Attributes that hold text, never a URL a browser follows."""
_LOCAL_SCHEMES = frozenset({"data", "blob", "about", "attachment"})
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
_CSS_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.DOTALL)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)
_CSS_URLS = re.compile(r"url\(([^)]*)\)|(?:image-set|image|cross-fade)\(([^)]*)\)", re.IGNORECASE)
_CSS_STRING = re.compile(r"\"([^\"]*)\"|'([^']*)'")

_BUNDLE_SNIPPET = "window.vegaEmbed = vegaEmbed;\n"
"""vl-convert's bundle ends with this; its ``vega``/``vegaLite`` globals are null."""


class ExportError(ValueError):
    """A notebook cannot become a safe, self-contained page."""


def script_json(value: Any) -> str:
    """JSON that can sit inside an HTML ``<script>`` element as a JS value, without
    spaces after its separators (a chart's data is most of a page's weight).

    Examples
    --------
    >>> script_json({"text": "</script><b>&", "n": [1, 2]})
    '{"text":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026","n":[1,2]}'
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


@functools.lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega + Vega-Lite + vega-embed as one script, defining ``window.vegaEmbed``.

    Wrapped in a function so its top-level names stay out of the page's
    global scope. Cached: building it takes about a second.
    """
    import vl_convert

    bundle = vl_convert.javascript_bundle(_BUNDLE_SNIPPET, vl_version=VEGALITE_VERSION)
    if "</script" in bundle.lower():  # would end the inline <script> early
        raise ExportError(
            f"the Vega bundle of vl-convert-python {version('vl-convert-python')} contains "
            "'</script' and cannot be inlined; pin the version pyproject.toml names"
        )
    return f"(function () {{\n{bundle}\n}})();"


def chart_html(spec: Mapping[str, Any], chart_id: str) -> str:
    """The page fragment that draws one chart (its marks' links restored,
    :func:`kit.publish.render.restore_links`).

    Examples
    --------
    >>> print(chart_html({"mark": "bar"}, "kit-chart-1"))  # doctest: +NORMALIZE_WHITESPACE
    <div class="jp-OutputArea-output kit-chart" id="kit-chart-1"
         data-mime-type="application/vnd.vegalite.v5+json"></div>
    <script>kitEmbed("kit-chart-1", {"mark":"bar"});</script>
    """
    spec = restore_links(spec)  # a notebook's chart parks its marks' links; on the site they work
    return (
        f'<div class="jp-OutputArea-output kit-chart" id="{chart_id}"\n'
        f'     data-mime-type="{VEGALITE_MIMETYPE}"></div>\n'
        f'<script>kitEmbed("{chart_id}", {script_json(spec)});</script>'
    )


def unsafe_reason(html: str) -> str | None:
    """Why an HTML text, read as a browser reads it, would run code or fetch things, else ``None``.

    The text is parsed (lxml, whose libxml2 tokenizes as HTML5 does) and the
    elements and attributes it becomes are judged, so escaped text such as a
    table cell reading ``![x](https://...)`` is text, while an ``<img>``
    loading from the network is refused wherever its attributes hide it.

    Examples
    --------
    >>> unsafe_reason("<td>&lt;script&gt; ![x](https://example.org/x.png)</td>") is None
    True
    >>> unsafe_reason('<img src=x onerror="alert(1)">')
    'an event-handler attribute (on...=)'
    >>> unsafe_reason('<img src="https://example.org/pixel.gif">')
    'a remote resource (src=http...)'
    """
    try:
        root = lxml.html.document_fromstring(html)
    except etree.ParserError:  # no element at all: text and comments only
        return None
    for element in root.iter():
        if isinstance(element.tag, str):
            reason = _element_reason(element)
            if reason:
                return reason
    return None


def _element_reason(element: Any) -> str | None:
    tag = element.tag.lower().rpartition(":")[2]
    if tag == "script":
        return SCRIPT
    if tag in _EMBEDS:
        return EMBED
    if tag == "noscript" or (tag in _RAW_TEXT and "<" in "".join(element.itertext())):
        return AMBIGUOUS.format(tag=tag)
    if tag == "style" and _css_loads("".join(element.itertext()), imports=True):
        return REMOTE_CSS
    for name, value in element.attrib.items():
        name = name.lower()
        local = name.rpartition(":")[2]
        if local.startswith("on"):
            return HANDLER
        text = local in _TEXT_ATTRS or local.startswith(("aria-", "data-"))
        if not text and _url(value).startswith(("javascript:", "vbscript:")):
            return JS_URL
        loads = local in _LOADING_ATTRS or (local == "href" and tag not in _LINKS)
        if loads and any(_remote(part) for part in value.split(",")):
            return REMOTE
        if _css_loads(value, imports=name == "style"):
            return REMOTE_CSS
    return None


def _url(value: str) -> str:
    """A URL as a browser reads it, for checking: no whitespace or control characters, lower case."""
    return re.sub(r"[\x00-\x20\x7f]+", "", value).lower()


def _remote(value: str) -> bool:
    """Whether the URL (or ``srcset`` entry) ``value`` is fetched from another machine."""
    words = value.split()
    url = _url(words[0] if words else "").strip("'\"")
    if url.startswith(("//", "\\\\", "/\\", "\\/")):
        return True
    scheme = _SCHEME.match(url)
    return scheme is not None and scheme.group(1) not in _LOCAL_SCHEMES


def _css_loads(css: str, *, imports: bool) -> bool:
    """Whether CSS text fetches a remote URL (``url()``, ``image-set()``, or ``@import``)."""
    if not any(word in css.lower() for word in ("url", "image", "@", "\\")):
        return False
    text = _CSS_ESCAPE.sub(_css_unescape, _CSS_COMMENT.sub("", css))
    if imports and "@import" in text.lower():
        return True
    for match in _CSS_URLS.finditer(text):
        if match.group(1) is not None:
            if _remote(match.group(1)):
                return True
        elif any(_remote(a or b) for a, b in _CSS_STRING.findall(match.group(2))):
            return True
    return False


def _css_unescape(match: re.Match[str]) -> str:
    if match.group(1):
        return chr(min(int(match.group(1), 16), 0x10FFFF) or 0xFFFD)
    return match.group(2)


def markdown_html(source: str, attachments: Mapping[str, Any] | None = None) -> str:
    """Markdown as nbconvert renders it on a page (raw HTML kept, as in JupyterLab).

    Examples
    --------
    >>> markdown_html("![b](https://example.org/b.png)").strip()
    '<p><img src="https://example.org/b.png" alt="b" /></p>'
    """
    from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

    renderer = IPythonRenderer(escape=False, attachments=dict(attachments or {}))
    return str(MarkdownWithMath(renderer=renderer).render(source))


class ChartPreprocessor(Preprocessor):  # type: ignore[misc]
    """Turn kit chart outputs into page fragments; refuse unsafe outputs; link the
    evidence of HTML tables to the article pages when ``resources["kit_article_ids"]``
    names the corpus's articles (:func:`kit.publish.tables.link_tables`).

    Sets ``resources["kit_charts"]`` (number of charts) and the scripts the
    ``kit_html`` template inlines once.
    """

    def preprocess(self, nb: Any, resources: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        name = resources.get("metadata", {}).get("name", "notebook")
        charts = 0
        for index, cell in enumerate(nb.cells):
            if cell.cell_type == "markdown":
                html = markdown_html(cell.source, cell.get("attachments"))
                _check(html, f"{name}: markdown cell {index}")
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                _check_output(data, f"{name}: cell {index}")
                _link_output(data, resources, f"{name}: cell {index}")
                if VEGALITE_MIMETYPE in data:
                    charts += 1
                    spec = data.pop(VEGALITE_MIMETYPE)
                    data[CHART_MIMETYPE] = chart_html(spec, f"kit-chart-{charts}")
        resources["kit_charts"] = charts
        shared = resources.get("kit_assets")
        if charts and shared is not None:
            shared.add("vega.js", vega_bundle())
            shared.add("kit_embed.js", (TEMPLATE_DIR / TEMPLATE_NAME / "kit_embed.js").read_text("utf-8"))
        resources["kit_vega_bundle"] = vega_bundle() if charts and shared is None else ""
        resources["kit_chart_mimetype"] = CHART_MIMETYPE
        return nb, resources


def _check(text: str, where: str) -> None:
    reason = unsafe_reason(text)
    if reason:
        raise ExportError(
            f"{where} contains {reason}; kit pages run no code from outputs and load "
            "nothing from the network. Show tables as plain DataFrames (pandas escapes "
            "HTML; for a Styler use .format(escape='html')) and charts through "
            "kit.publish.render.enable(), then re-run the notebook."
        )


def _link_output(data: dict[str, Any], resources: Mapping[str, Any], where: str) -> None:
    """Link the evidence of an HTML output's tables; the linked output passes the same check."""
    ids = resources.get("kit_article_ids")
    if not ids or "text/html" not in data:
        return
    html = _text(data["text/html"])
    linked = link_tables(html, ids, resources.get("kit_articles_href", ARTICLES))
    if linked != html:
        _check(linked, f"{where}, text/html output with links")
        data["text/html"] = linked


def _check_output(data: Mapping[str, Any], where: str) -> None:
    if "text/html" in data:
        _check(_text(data["text/html"]), f"{where}, text/html output")
    if "text/markdown" in data:
        _check(markdown_html(_text(data["text/markdown"])), f"{where}, text/markdown output")
    others = [m for m in data if "vegalite" in m and m != VEGALITE_MIMETYPE]
    if others:
        raise ExportError(
            f"{where} has a chart output of type {others[0]!r}; kit pages draw only "
            f"{VEGALITE_MIMETYPE!r}. Call kit.publish.render.enable() before drawing charts "
            "and re-run the notebook."
        )


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


class PageExporter(HTMLExporter):  # type: ignore[misc]
    """nbconvert's HTML exporter with kit's template and chart handling."""

    @property
    def default_config(self) -> Config:
        config = super().default_config
        config.merge(Config({"NbConvertBase": {"display_data_priority": DISPLAY_PRIORITY}}))
        return config

    def _init_resources(self, resources: dict[str, Any]) -> dict[str, Any]:
        resources = super()._init_resources(resources)
        shared = resources.get("kit_assets")
        if shared is not None:  # Lab's style sheets once for the site, linked from each page
            env = self.environment

            def link_css(name: str) -> Markup:
                return shared.link(Path(name).name, env.loader.get_source(env, name)[0])

            resources["include_css"] = link_css
        return resources

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("template_name", TEMPLATE_NAME)
        kwargs.setdefault("extra_template_basedirs", [str(TEMPLATE_DIR)])
        super().__init__(**kwargs)
        self.register_preprocessor(ChartPreprocessor(), enabled=True)


class SharedAssets:
    """Files pages share (the Vega bundle, Lab's style sheets), written once in ``folder``.

    A page links them by a path relative to its own folder (``href_from``), so
    a site moved as a whole keeps working.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.page_dir = self.folder.parent
        self.written: dict[str, str] = {}

    def href_from(self, page_dir: Path) -> str:
        return Path(os.path.relpath(self.folder, page_dir)).as_posix() + "/"

    def add(self, name: str, text: str) -> str:
        """Write ``folder/name`` (once per content); return its href from the page."""
        if self.written.get(name) != text:
            target = self.folder / name
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                self.folder.mkdir(parents=True, exist_ok=True)
                with atomic_path(target) as tmp:
                    tmp.write_text(text, encoding="utf-8")
            self.written[name] = text
        return self.href_from(self.page_dir) + name

    def link(self, name: str, css: str) -> Markup:
        """A ``<link>`` to the style sheet ``name`` (written with :meth:`add`)."""
        return Markup('<link rel="stylesheet" type="text/css" href="{}">').format(self.add(name, css))


def export_html(
    notebook: str | os.PathLike[str] | nbformat.NotebookNode,
    out_path: str | os.PathLike[str],
    *,
    no_input: bool = False,
    assets: SharedAssets | None = None,
    article_ids: Collection[str] | None = None,
    articles_href: str = ARTICLES,
) -> Path:
    """Write an executed notebook as one HTML page: self-contained, or linking the
    Vega bundle and style sheets that ``assets`` writes once for every page.

    Parameters
    ----------
    notebook:
        Path of an executed ``.ipynb`` file, or a notebook node.
    out_path:
        The ``.html`` file to write; its folder is created.
    no_input:
        Hide code cells and prompts, showing only Markdown and outputs.
    assets:
        Shared files of a site (:class:`SharedAssets`); None inlines everything.
    article_ids:
        The ids of the articles that have a page (a site's ``articles/``): the
        evidence ids of tables that name them become links to their sentences
        (:mod:`kit.publish.tables`). None: tables link nowhere.
    articles_href:
        The folder of the article pages as seen from the page's folder (relative).

    Returns
    -------
    Path
        ``out_path``.

    Raises
    ------
    ExportError
        An output would run code or load something from the network, or a
        chart was drawn without kit's renderer.

    Examples
    --------
    >>> import nbformat
    >>> from nbformat.v4 import new_code_cell, new_notebook
    >>> nbformat.write(new_notebook(cells=[new_code_cell("1 + 1")]), "sum.ipynb")
    >>> export_html("sum.ipynb", "sum.html", no_input=True)   # or a notebook of build_site
    PosixPath('sum.html')
    """
    out = Path(out_path)
    nb, source = _read(notebook)
    title = nb.metadata.get("title") or (source.stem if source else out.stem)
    resources: dict[str, Any] = {
        "metadata": {"name": title, "path": str(source.parent if source else out.parent)}}
    if assets is not None:
        assets.page_dir = out.parent
        resources["kit_assets"] = assets
        resources["kit_assets_href"] = assets.href_from(out.parent)
    if article_ids:
        resources["kit_article_ids"] = frozenset(str(a) for a in article_ids)
        resources["kit_articles_href"] = articles_href
    exporter = PageExporter(
        exclude_input=no_input, exclude_input_prompt=no_input, exclude_output_prompt=no_input
    )
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    with atomic_path(out) as tmp:
        tmp.write_text(body, encoding="utf-8")
    return out


def _read(
    notebook: str | os.PathLike[str] | nbformat.NotebookNode,
) -> tuple[nbformat.NotebookNode, Path | None]:
    if isinstance(notebook, nbformat.NotebookNode):
        return notebook, None
    path = Path(notebook)
    if not path.is_file():
        raise FileNotFoundError(
            f"no notebook at {str(path)!r}: export_html expects an executed .ipynb file "
            "(build one with kit.publish.report.build_site or papermill)"
        )
    return nbformat.read(path, as_version=4), path
