"""Run every notebook on a folder of articles and publish the results as a site.

:func:`build_site` executes ``notebooks/*.ipynb`` (sorted), then the case studies
of ``notebooks/case_studies/`` written about these articles
(:mod:`kit.publish.case_studies`), with papermill,
injecting ``articles=<path>`` (and ``aliases=<path>`` when given) after each
notebook's ``parameters`` cell,
writes the executed notebooks to ``out_dir/notebooks/``, one page per
notebook (:func:`kit.publish.export.export_html`) and an ``index.html`` with a corpus
summary. It writes nothing outside ``out_dir``: the committed notebooks are
nbval's reference outputs.

Kernels run the Python that runs kit (``sys.executable``), whatever other
``python3`` kernelspecs are installed, import this same ``kit``, and start in
the notebooks' folder, as under nbval.

Examples
--------
>>> from kit.publish.report import build_site, find_notebooks
>>> [p.name for p in find_notebooks("notebooks")]   # one page each, see build_site
['01_entities.ipynb', '02_actor_network.ipynb', '03_timeline.ipynb']
"""

from __future__ import annotations

import json
import os
import re
import site
import sys
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from traitlets import default

from kit.nlp.cache import atomic_path, write_error
from kit.nlp.run import say
from kit.publish.export import TEMPLATE_DIR, SharedAssets, export_html, vega_bundle
from kit.publish.render import PNG_ENV

if TYPE_CHECKING:
    from kit.ingest.load import LoadResult
    from kit.schema import Article

KERNEL_NAME = "python3"
REPORT_ROWS = 200
"""Load-report rows shown on the index page; the rest are counted."""
ARTICLES_LISTED = 1000
"""Articles listed per index page: the rest on ``index-2.html``, ``index-3.html``, ..."""
PathLike = str | os.PathLike[str]


class ReportError(RuntimeError):
    """The site cannot be built; the message names the file (and cell) and the fix."""


@dataclass
class Page:
    """One notebook's page on the site."""

    notebook: str
    title: str
    href: str


@dataclass
class CorpusSummary:
    """What the index page says about the articles (from :func:`kit.ingest.load.load`)."""

    source: str
    n_articles: int
    first: str = ""
    last: str = ""
    undated: int = 0
    sources: list[tuple[str, int]] = field(default_factory=list)
    statuses: list[tuple[str, int]] = field(default_factory=list)  # (status, files with it)
    report_rows: list[dict[str, str]] = field(default_factory=list)
    report_hidden: int = 0
    findings: int = 0  # rows of the load report: a file can have several
    files: int = 0  # the files they are about (0: as many as ``statuses`` count)
    records_skipped: int = 0  # lines or rows skipped in files that gave articles (not in ``statuses``)
    records_files: int = 0  # the files that gave articles and had lines or rows skipped

    @property
    def report_line(self) -> str:
        """The load report in a sentence: its findings, the files they are about, the articles.

        A file that gave articles is no skipped file: the lines or rows skipped in it are
        told apart ("lines.jsonl": one article, two broken lines).

        >>> CorpusSummary("in", 5, statuses=[("loaded", 1)], findings=2).report_line
        '2 findings about 1 file: 1 file loaded with a note. 5 articles loaded in all.'
        >>> CorpusSummary("in", 1, statuses=[("skipped", 1)], findings=3, files=2,
        ...               records_skipped=2, records_files=1).report_line
        '3 findings about 2 files: 1 file skipped, 2 lines or rows skipped in 1 file that gave articles. 1 article loaded in all.'
        """
        files = self.files or sum(n for _, n in self.statuses)
        told = {"loaded": "loaded with a note", "repaired": "repaired", "skipped": "skipped"}
        parts = [f"{_count(n, 'file')} {told.get(status, status)}" for status, n in self.statuses]
        if self.records_skipped:
            parts.append(f"{self.records_skipped:,} line{'' if self.records_skipped == 1 else 's'} or "
                         f"row{'' if self.records_skipped == 1 else 's'} skipped in "
                         f"{_count(self.records_files, 'file')} that gave articles")
        return (f"{_count(self.findings or files, 'finding')} about {_count(files, 'file')}: "
                f"{', '.join(parts)}. {_count(self.n_articles, 'article')} loaded in all.")


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def build_site(
    articles: PathLike | Sequence[PathLike],
    out_dir: PathLike,
    *,
    notebooks_dir: PathLike = "notebooks",
    show_code: bool = False,
    single_file: bool = False,
    progress: bool = True,
    n_process: int = 1,
    aliases: PathLike | None = None,
    parameters: Mapping[str, Any] | None = None,
    on_load: Callable[[LoadResult], None] | None = None,
) -> Path:
    """Execute every notebook on ``articles`` and write the site to ``out_dir``.

    The articles the annotation cache lacks are annotated first, once, with
    every table and ``n_process`` processes (:func:`kit.nlp.run.annotate_to_cache`);
    the notebooks then read the cache, so none of them repeats NLP another did
    (and, the cache warm, none loads the model).

    Parameters
    ----------
    articles:
        Folder (or file) of articles, or a list of them, as :func:`kit.ingest.load.load`
        reads it.
    out_dir:
        Site folder: ``index.html``, ``<notebook>.html``, ``articles/``,
        ``assets/`` and ``notebooks/``.
    notebooks_dir:
        Folder of the notebooks to run (not recursive), and of the case studies
        (``case_studies/``) run only on their own articles.
    show_code:
        Show code cells on the pages (hidden by default: the pages are for readers).
    single_file:
        Pages that hold everything they need (about 1.2 MB each) instead of
        linking the Vega bundle and style sheets written once in ``assets/``.
    progress:
        One line per notebook on stderr as it starts and ends (and papermill's
        progress bar when only one notebook runs at a time).
    n_process:
        Processes for the first annotation (``nlp.pipe``'s ``n_process``).
    aliases:
        ``alias,canonical`` CSV every notebook names actors with (injected
        as the ``aliases`` parameter); None: no alias table (not the notebooks'
        own default, which is written for their demo corpus).
    parameters:
        Other notebook parameters (``top_n``, ``min_weight``, ``tolerance_days``,
        ``model`` ...), each injected into the notebooks whose ``parameters``
        cell defines it. Every value used is listed on the index page.
    on_load:
        Called with the load result before anything else is done with it (the command
        line names each skipped file there); an error for a folder that gave no article
        then does not list them again.

    Returns
    -------
    Path
        ``out_dir/index.html``.

    Raises
    ------
    ReportError
        No notebooks or no articles, a notebook without a ``parameters``
        cell, a parameter no notebook takes, or a failing cell (named with
        its notebook and index).

    Examples
    --------
    >>> index = build_site("data/articles", "site", progress=False)
    >>> index, sorted(p.name for p in index.parent.glob("*.html"))
    (PosixPath('site/index.html'), ['01_entities.html', '02_actor_network.html', '03_timeline.html', 'index.html', 'seed_nbc_2024.html'])
    """
    from kit.counts.mentions import ACTOR_TABLES
    from kit.nlp.run import annotate, annotate_to_cache
    from kit.publish.articles import write_annotated_pages

    sources = [Path(articles)] if isinstance(articles, str | os.PathLike) else [Path(a) for a in articles]
    find_notebooks(notebooks_dir)  # no notebooks: said before the articles are read
    loaded = load_corpus(sources, on_load)
    notebooks = find_notebooks(notebooks_dir, loaded.articles)  # with its own case studies
    given = dict(parameters or {})
    takes_by_notebook = {nb: notebook_parameters(nb) for nb in notebooks}  # each read once
    _check_parameter_names(takes_by_notebook, given)
    shown = Display(sources, aliases)
    corpus = summarize(shown.label, loaded, shown)
    out = _site_folder(out_dir, Path(notebooks_dir), sources)
    shown.add(Path(out_dir))
    shown.add(Path(notebooks_dir))
    model = given.get("model")
    annotate_to_cache(loaded.articles, model=model, n_process=n_process,
                      progress=None if progress else False)
    paths = [str(p.resolve()) for p in sources]
    # no alias table unless one is given: a notebook's own default serves its demo corpus
    injected = {**given, "aliases": None if aliases is None else str(Path(aliases).resolve())}
    assets = None if single_file else SharedAssets(out / "assets")
    article_ids = {str(a.id) for a in loaded.articles}  # each gets a page in articles/

    # kernels run side by side, two more than the cores: a kernel spends part of its time
    # starting and reading files (the three notebooks at once on 2 cores: 13.8-16.1 s warm
    # on 1,000 articles, two at a time: 15.2-15.6 s); pages in notebook order
    workers = max(1, min(len(notebooks), (os.cpu_count() or 1) + 2))

    def page_of(notebook: Path) -> tuple[Page, tuple[str, dict[str, str]]]:
        if progress:
            say(f"kit report: running {notebook}")
        started = time.perf_counter()
        takes = takes_by_notebook[notebook]
        ran_with = {k: v for k, v in injected.items() if k in takes}
        executed = run_notebook(notebook, paths[0] if len(paths) == 1 else paths,
                                out / "notebooks" / notebook.name, progress=progress and workers == 1,
                                parameters=ran_with, clean=shown.clean,
                                publish=lambda nb: shown_parameters(
                                    nb, {**ran_with, "articles": sources if len(sources) > 1 else sources[0]},
                                    out / "notebooks", shown))
        page = export_html(executed, out / f"{notebook.stem}.html", no_input=not show_code,
                           assets=assets, article_ids=article_ids)
        if progress:
            say(f"kit report: {notebook} done in {time.perf_counter() - started:.1f} s")
        values = {**takes, "articles": repr(shown.label),
                  **{k: repr(v) for k, v in injected.items() if k in takes}}
        return Page(notebook.name, _title(executed) or notebook.stem, page.name), (notebook.name, values)

    def article_pages() -> Any:  # from the cache, while the kernels run
        vega_bundle()  # built once (about a second), before the first page needs it
        # named as the notebooks name them: the same alias table, the actor tables
        ann = annotate(loaded.articles, model=model, aliases=injected["aliases"],
                       tables=list(ACTOR_TABLES), progress=False)
        write_annotated_pages(ann, out / "articles", injected["aliases"])
        return ann

    with ThreadPoolExecutor(1) as beside:
        written = beside.submit(article_pages)
        with ThreadPoolExecutor(workers) as pool:
            done = list(pool.map(page_of, notebooks))
        ann = written.result()
    pages, used = [page for page, _ in done], [values for _, values in done]
    index = out / "index.html"
    build = BuildInfo.now(model, _parameter_rows(used, shown),
                          [str(a.language or "") for a in loaded.articles])
    indexes = index_pages(corpus, pages, ann.articles, build)
    for name, html in indexes.items():
        with atomic_path(out / name) as tmp:
            tmp.write_text(html, encoding="utf-8")
    prune_stale_pages(out, Path(notebooks_dir), notebooks, article_ids, indexes)
    return index


def prune_stale_pages(out: Path, notebooks_dir: Path, notebooks: Sequence[Path],
                      article_ids: Collection[str], indexes: Collection[str]) -> list[Path]:
    """Remove the pages an earlier build wrote into ``out`` that this one did not: an
    article page of an article no longer read, a further index page (``index-N.html``)
    beyond this build's, a notebook's page and executed copy for a notebook of
    ``notebooks_dir`` (or a case study) that did not run (a case study is true of its
    own articles only). Only pages kit wrote are removed (names kit gives its pages, and
    for a page the ``generator`` mark kit's templates write in its head: :data:`GENERATOR`);
    a file of the reader's own under such a name stays. Return those removed.

    >>> import tempfile
    >>> site = Path(tempfile.mkdtemp())
    >>> for name in ("articles/old.html", "articles/a1.html", "index-2.html", "notes.html"):
    ...     (site / name).parent.mkdir(exist_ok=True); _ = (site / name).write_text(GENERATOR)
    >>> _ = (site / "articles/mine.html").write_text("<p>my own notes</p>")
    >>> [p.name for p in prune_stale_pages(site, Path("notebooks"), [], {"a1"}, {"index.html"})]
    ['old.html', 'index-2.html']
    """
    from kit.publish.articles import page_name

    keep = {page_name(a) for a in article_ids}
    stale = [p for p in sorted((out / "articles").glob("*.html")) if p.name not in keep]
    stale += [p for p in sorted(out.glob("index-*.html"))
              if re.fullmatch(r"index-\d+\.html", p.name) and p.name not in indexes]
    ran = {nb.name for nb in notebooks}
    for nb in sorted(notebooks_dir.glob("*.ipynb")) + sorted((notebooks_dir / "case_studies").glob("*.ipynb")):
        if nb.name not in ran:
            stale += [p for p in (out / f"{nb.stem}.html", out / "notebooks" / nb.name) if p.is_file()]
    stale = [p for p in stale if p.suffix != ".html" or written_by_kit(p)]
    for path in stale:
        path.unlink()
    return stale


#: The mark in the head of every page kit writes (article, index and notebook pages).
GENERATOR = '<meta name="generator" content="kit">'
_GENERATOR = re.compile(r'<meta\s(?=[^>]*\bname="generator")(?=[^>]*\bcontent="kit")[^>]*>')


def written_by_kit(page: Path) -> bool:
    """Whether ``page`` carries :data:`GENERATOR` (its attributes in any order, as an
    HTML serializer may write them) in its first characters, its head."""
    try:
        with page.open(encoding="utf-8", errors="replace") as f:
            return _GENERATOR.search(f.read(16384)) is not None
    except OSError:
        return False


@dataclass
class BuildInfo:
    """What the index says about how the site was built."""

    date: str
    kit_version: str
    model: str
    parameters: list[tuple[str, str, str]]  # (name, value, notebooks)

    @classmethod
    def now(cls, model: str | None, parameters: list[tuple[str, str, str]],
            languages: Sequence[str] = ()) -> BuildInfo:
        """``languages``: of the articles; each reads with its own model (:func:`kit.nlp.pipeline.model_for`)."""
        import datetime as dt

        from kit.nlp.pipeline import ModelNotFound, model_for, model_meta, resolve_model
        from kit.version import __version__

        try:
            default = resolve_model(model)
            used = dict.fromkeys(model_for(lang, default) for lang in sorted(set(languages)) or [""])
            names = []
            for name in used:
                meta = model_meta(name)
                names.append(f"{meta['lang']}_{meta['name']} {meta['version']}" if meta else name)
        except ModelNotFound:  # the cache served every article: say what was asked for
            names = [model or os.environ.get("KIT_SPACY_MODEL") or "kit's default model"]
        date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return cls(date, __version__, ", ".join(names), parameters)


class Display:
    """How paths of this machine appear on the site: as the user typed them when
    relative, else by their last part; never absolute.

    >>> Display([Path("/home/ana/corpus")], None).label
    'corpus'
    """

    def __init__(self, sources: Sequence[Path], aliases: PathLike | None) -> None:
        self.names: dict[str, str] = {}
        for path in [*sources, *([Path(aliases)] if aliases is not None else [])]:
            self.add(path)
        self.label = ", ".join(self.names[str(p.resolve())] for p in sources)
        root = Path(__file__).resolve().parents[2]  # the folder kit/ is in: code paths in tracebacks
        self.names.setdefault(str(root), ".")
        self.names.setdefault(sys.prefix, "<python>")

    def add(self, path: Path) -> None:
        """Show ``path`` (absolute or not) as typed when relative, else by its last part."""
        self.names[str(path.resolve())] = (path.name if path.is_absolute() else path.as_posix()) or "."

    def text(self, value: str) -> str:
        """``value`` with every known absolute path replaced by its display form."""
        for absolute in sorted(self.names, key=len, reverse=True):
            if absolute in value:
                value = value.replace(absolute, self.names[absolute])
        return value

    def clean(self, value: Any) -> Any:
        """``value`` (a notebook, or any JSON value) with no absolute path in any string."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.clean(v) for v in value]
        if isinstance(value, dict):
            return {k: self.clean(v) for k, v in value.items()}
        return value


def notebook_parameters(notebook: PathLike) -> dict[str, str]:
    """The names a notebook's ``parameters`` cell sets, with their values as written.

    >>> sorted(notebook_parameters("notebooks/03_timeline.ipynb"))
    ['aliases', 'articles', 'model', 'tolerance_days']
    """
    import ast

    cells = [cell for _, cell in _tagged_cells(Path(notebook), "parameters")]
    if not cells:
        return {}
    found: dict[str, str] = {}
    try:
        tree = ast.parse(cells[0].source)
    except SyntaxError:
        return {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = ast.get_source_segment(cells[0].source, node.value) or ""
    return found


def _check_parameter_names(takes: Mapping[Path, Mapping[str, str]], given: Mapping[str, Any]) -> None:
    known = {name for names in takes.values() for name in names}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ReportError(f"no notebook takes the parameter(s) {', '.join(unknown)}; the "
                          f"notebooks' parameters cells set {', '.join(sorted(known))}")


def _parameter_rows(used: Sequence[tuple[str, dict[str, str]]], shown: Display,
                    ) -> list[tuple[str, str, str]]:
    """(name, value, notebooks) for every parameter value a notebook ran with."""
    rows: dict[tuple[str, str], list[str]] = {}
    for notebook, values in used:
        for name, value in values.items():
            rows.setdefault((name, shown.text(value)), []).append(Path(notebook).stem)
    return [(name, value, ", ".join(nbs)) for (name, value), nbs in sorted(rows.items())]


def find_notebooks(notebooks_dir: PathLike, articles: Sequence[Article] | None = None,
                   ) -> list[Path]:
    """The notebooks a site is built from: those of ``notebooks_dir``, sorted by name,
    then the case studies of ``notebooks_dir/case_studies/`` written about ``articles``
    (:func:`kit.publish.case_studies.find_case_studies`; none when ``articles`` is None).

    Examples
    --------
    >>> [p.name for p in find_notebooks("notebooks")]
    ['01_entities.ipynb', '02_actor_network.ipynb', '03_timeline.ipynb']
    """
    from kit.publish.case_studies import CaseStudyError, find_case_studies

    folder = Path(notebooks_dir)
    found = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    if not found:
        raise ReportError(
            f"no notebooks (*.ipynb) in {str(folder)!r}: build_site runs the notebooks of "
            "that folder; pass notebooks_dir=... (command line: --notebooks DIR) or run "
            "from the repository root"
        )
    if articles is None:
        return found
    try:
        return found + find_case_studies(folder, articles)
    except CaseStudyError as err:  # a case study that declares no corpus
        raise ReportError(str(err)) from err


SITE_FOLDERS = ("articles", "assets", "notebooks")
"""The folders a site writes inside ``out_dir``: no folder of articles may be one of them."""


def _site_folder(out_dir: PathLike, notebooks_dir: Path, sources: Sequence[Path] = ()) -> Path:
    out = Path(out_dir)
    for target in (out, out / "notebooks"):
        if target.resolve() == notebooks_dir.resolve():
            raise ReportError(
                f"out_dir {str(out)!r} would write into the notebooks folder "
                f"{str(notebooks_dir)!r}, whose outputs nbval compares against; "
                "choose another out_dir, e.g. 'site'"
            )
    if out.exists() and not out.is_dir():
        raise ReportError(f"out_dir {str(out)!r} is a file, not a folder: a site is a folder of "
                          f"pages; choose another out_dir, e.g. {str(out.with_name(out.stem + '_site'))!r}")
    for source in sources:
        for folder in SITE_FOLDERS:
            if source.resolve().is_relative_to((out / folder).resolve()):
                raise ReportError(
                    f"out_dir {str(out)!r} would write the site's {folder}/ into {str(source)!r}, "
                    "the articles it reads (the next run would read kit's pages as articles); "
                    f"choose another out_dir, e.g. {str(out / 'site')!r}"
                )
    try:
        (out / "notebooks").mkdir(parents=True, exist_ok=True)
    except OSError as err:  # read-only, disk full: say so before minutes of NLP
        raise write_error(out / "notebooks", err, "choose another out_dir (--out)") from err
    return out


def load_corpus(sources: Path | Sequence[Path],
                on_load: Callable[[LoadResult], None] | None = None) -> LoadResult:
    """Load the articles of a site (one folder or file, or several), ``on_load`` told
    of the result first.

    Raises
    ------
    ReportError
        A path does not exist, or none holds a loadable article.
    """
    from kit.ingest.load import load

    sources = [sources] if isinstance(sources, Path) else list(sources)
    for articles in sources:
        if not articles.exists():
            raise ReportError(f"no articles folder or file at {str(articles)!r}; pass the folder "
                              "of articles to read, e.g. data/articles")
    result = load(sources[0] if len(sources) == 1 else sources)
    if on_load is not None:
        on_load(result)
    if not result.articles:
        why = ("every file was skipped, as listed above" if on_load is not None and result.told("")
               else result.skipped() or "no files")
        raise ReportError(
            f"no articles loaded from {', '.join(map(str, sources))!r} ({why}): "
            "put .txt/.md/.html/.jsonl/.csv article files there, or check "
            "kit.ingest.load.load(path).report for why files were skipped"
        )
    return result


def summarize(label: str, result: LoadResult, shown: Display | None = None) -> CorpusSummary:
    """Summarize the loaded articles (of the sources called ``label``) for the index
    page, their files' paths as ``shown`` displays them."""
    dates = sorted(a.published for a in result.articles if a.published is not None)
    sources: dict[str, int] = {}
    for article in result.articles:
        sources[article.source or "(unknown)"] = sources.get(article.source or "(unknown)", 0) + 1
    report = result.report
    # files, not rows: one file can have two findings of one status; a file that gave
    # articles is not a skipped file: its skipped lines or rows are counted apart
    gave = {str(a.path) for a in result.articles}
    typed = report.astype({"status": str, "path": str})
    records = (typed["status"] == "skipped") & typed["path"].isin(gave)
    statuses = typed[~records].groupby("status")["path"].nunique()
    rows = report.head(REPORT_ROWS)[["path", "status", "reason"]].astype(str)
    if shown is not None:
        rows = rows.map(shown.text)
    return CorpusSummary(
        source=label, n_articles=len(result.articles),
        first=str(dates[0]) if dates else "", last=str(dates[-1]) if dates else "",
        undated=len(result.articles) - len(dates),
        sources=sorted(sources.items(), key=lambda item: (-item[1], item[0])),
        statuses=sorted((str(k), int(v)) for k, v in statuses.items()),
        report_rows=rows.to_dict("records"), report_hidden=max(0, len(report) - REPORT_ROWS),
        findings=len(report), files=int(report["path"].nunique()),
        records_skipped=int(records.sum()), records_files=int(typed.loc[records, "path"].nunique()),
    )


def index_html(corpus: CorpusSummary, pages: Sequence[Page], articles: Any = None,
               build: BuildInfo | None = None) -> str:
    """The front page: links to every page, the first :data:`ARTICLES_LISTED` articles'
    pages (``articles``: the articles table) and the other lists of articles, the corpus
    summary and how the site was built, all escaped."""
    return next(_index_pages(corpus, pages, articles, build))[1]  # the others not rendered


def index_pages(corpus: CorpusSummary, pages: Sequence[Page], articles: Any = None,
                build: BuildInfo | None = None) -> dict[str, str]:
    """The front page (``index.html``) and, when there are more than
    :data:`ARTICLES_LISTED` articles, a page listing each further
    :data:`ARTICLES_LISTED` (``index-2.html``, ...), by publication date then file
    name, the undated last: every article is
    listed, and no page grows with the corpus."""
    return dict(_index_pages(corpus, pages, articles, build))


def _index_pages(corpus: CorpusSummary, pages: Sequence[Page], articles: Any,
                 build: BuildInfo | None) -> Iterator[tuple[str, str]]:
    """``(file name, html)`` of each index page, front page first, rendered as asked for."""
    import jinja2

    from kit.publish.articles import html_lang, page_name
    from kit.version import __version__

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True)
    template = env.get_template("index.html.j2")
    listed = [] if articles is None else [
        {"href": f"articles/{page_name(str(a['article_id']))}", "title": a.get("title") or a["article_id"],
         "source": a.get("source") or "", "published": "" if a.get("published") is None
         or str(a.get("published")) in ("NaT", "nan", "None") else str(a.get("published"))[:10],
         "id": str(a["article_id"]), "lang": html_lang(a.get("language"))}
        for a in articles.to_dict("records")]
    # by publication date, then file; the undated last: the order a reader reads the story in
    listed.sort(key=lambda a: (a["published"] == "", a["published"], a["id"]))
    chunks = [listed[i:i + ARTICLES_LISTED] for i in range(0, len(listed), ARTICLES_LISTED)] or [[]]
    names = ["index.html", *(f"index-{n}.html" for n in range(2, len(chunks) + 1))]
    pager = [{"href": name, "label": f"{i * ARTICLES_LISTED + 1:,}–{i * ARTICLES_LISTED + len(chunk):,}"}
             for i, (name, chunk) in enumerate(zip(names, chunks))] if len(chunks) > 1 else []
    for n, (name, chunk) in enumerate(zip(names, chunks), start=1):
        yield name, template.render(title="kit report", corpus=corpus, pages=pages, articles=chunk,
                                    kit_version=__version__, build=build, part=n, pager=pager,
                                    n_listed=len(listed))


# jupyter_client picks a kernel's ports before the kernel binds them, and another socket on
# the machine can take one in between (jupyter_client issue 487): the kernel then exits
# ("Address already in use") before it answers, having run no cell, and a new start draws
# new ports. Seen once in 900 kernels started three at a time.
KERNEL_STARTS = 3


def _died_starting(err: Exception) -> bool:
    """Whether ``err`` is a kernel that exited before it answered (no cell has run)."""
    return isinstance(err, RuntimeError) and "died before replying to kernel_info" in str(err)


def run_notebook(notebook: PathLike, articles: str | list[str], out_path: PathLike, *,
                 progress: bool = False, parameters: dict[str, Any] | None = None,
                 clean: Callable[[Any], Any] | None = None,
                 publish: Callable[[Any], None] | None = None) -> Path:
    """Execute one notebook with papermill, injecting ``articles`` (a path or a list)
    and ``parameters``; ``clean`` rewrites the executed notebook's JSON before it is saved,
    and ``publish``, when every cell ran, the notebook itself first (:func:`shown_parameters`).

    Raises
    ------
    ReportError
        The notebook has no ``parameters`` cell defining ``articles``, a cell
        fails (the message names notebook, cell index and error), or the kernel
        cannot be started (a kernel that exits before it answers is started
        again, up to ``KERNEL_STARTS`` times in all).
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    _install_local_handler()
    source, out = Path(notebook).resolve(), Path(out_path).resolve()
    _check_parameters(source)
    failed = None
    with atomic_path(out) as tmp:  # papermill saves as it goes: out gets only the whole notebook
        for start in range(1, KERNEL_STARTS + 1):
            try:
                papermill.execute_notebook(
                    str(source), str(tmp), parameters={**(parameters or {}), "articles": articles},
                    kernel_name=KERNEL_NAME, language="python",
                    # the kernel starts in the notebook's folder (nbclient's resources path), as
                    # under nbval; papermill's own cwd= would chdir this whole process, which
                    # notebooks run side by side in threads must not do
                    resources={"metadata": {"path": str(source.parent.resolve())}},
                    progress_bar=progress, kernel_manager_class=CurrentEnvKernelManager,
                    request_save_on_cell_execute=False,  # saved once, at the end (or on an error)
                )
            except PapermillExecutionError as err:  # kept: the message points at its traceback
                failed = err
            except Exception as err:  # kernel died, timed out, could not start, ...
                if _died_starting(err) and start < KERNEL_STARTS:
                    say(f"kit report: the kernel for {source.name} exited before it answered "
                        f"(start {start} of {KERNEL_STARTS}); starting another")
                    continue
                raise ReportError(f"{source} could not be executed: {type(err).__name__}: "
                                  f"{_first_line(str(err))}") from err
            break
        _record_output_path(tmp, out, clean, publish if failed is None else None)
    if failed is not None:
        raise ReportError(_cell_failure(source, out, failed)) from failed
    return out


def _install_local_handler() -> None:
    """Make papermill read and write local files without changing the working directory.

    papermill's own local handler wraps every read and write in ``os.chdir`` (to
    the folder current when a run began, restored after), and keeps that folder
    in one handler shared by all runs: notebooks run side by side in threads
    then move the whole process's working directory under each other, so a
    relative path written by another thread at that moment lands in, or is
    looked for in, another folder. This handler joins relative paths to that
    folder instead.
    """
    from papermill.iorw import papermill_io

    # papermill 2.x keeps (scheme, handler) pairs; the last "local" one serves plain paths
    handlers = papermill_io._handlers
    for i, (scheme, handler) in enumerate(handlers):
        if scheme == "local" and not isinstance(handler, _LocalFiles):
            handlers[i] = (scheme, _LocalFiles())


class _LocalFiles:
    """papermill's local file handler (read, listdir, write, pretty_path, cwd), no chdir."""

    def __init__(self) -> None:
        self._cwd: str | None = None

    def _path(self, path: str) -> str:
        return os.path.join(self._cwd, path) if self._cwd is not None else path

    def read(self, path: str) -> str:
        try:
            with open(self._path(path), encoding="utf-8") as f:
                return f.read()
        except OSError as err:
            try:  # papermill also passes a notebook's JSON text as a "path"
                json.loads(path)
            except ValueError:
                raise err from None
            return path

    def listdir(self, path: str) -> list[str]:
        return [os.path.join(path, name) for name in os.listdir(self._path(path))]

    def write(self, buf: str, path: str) -> None:
        folder = os.path.dirname(self._path(path))
        if folder and not os.path.exists(folder):
            raise FileNotFoundError(f"output folder {os.path.dirname(path)} doesn't exist.")
        with open(self._path(path), "w", encoding="utf-8") as f:
            f.write(buf)

    def pretty_path(self, path: str) -> str:
        return path

    def cwd(self, new_path: str | None) -> str | None:
        old, self._cwd = self._cwd, new_path
        return old


def _record_output_path(written: Path, out: Path, clean: Callable[[Any], Any] | None,
                        publish: Callable[[Any], None] | None = None) -> None:
    """Name ``out``, not the temporary file, in the notebook's papermill metadata; give
    the cell papermill injects a stable id (papermill draws a random one), so the same
    articles and parameters give the same notebook and page; ``publish`` the notebook
    (:func:`shown_parameters`), then ``clean`` it."""
    nb = nbformat.read(written, as_version=4)
    if "papermill" in nb.metadata:
        nb.metadata.papermill["output_path"] = str(out)
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
    if publish is not None:
        publish(nb)
    nbformat.write(nbformat.from_dict(clean(nb)) if clean else nb, written)


def shown_parameters(nb: Any, used: Mapping[str, Any], folder: Path, shown: Display,
                     root: Path | None = None) -> None:
    """Make an executed notebook's ``parameters`` cell say what it ran with, as a reader who
    downloads it can re-run it: each value ``used`` (a path or a list of them for ``articles``,
    ``aliases``) in place of the notebook's own default, which served its demo corpus
    (``"../data/demo"``), its comments kept; papermill's injected cell, which held them,
    removed. A path is written relative to ``folder`` (the site's ``notebooks/``, where the
    notebook is published) when both lie in ``root`` (default: the folder ``kit report`` ran
    in), so the notebook re-runs where it is published beside its articles; else by the name
    the site shows it by (:class:`Display`; its last part: no path of this machine), and the
    cell's first line says to point it at the reader's copy.

    >>> import nbformat.v4 as v4, tempfile
    >>> here = Path(tempfile.mkdtemp())
    >>> nb = v4.new_notebook(cells=[
    ...     v4.new_code_cell('articles = ["../data/demo"]  # folders\\ntop_n = 15  # rows', metadata={"tags": ["parameters"]}),
    ...     v4.new_code_cell('articles = "/x/corpus"', metadata={"tags": ["injected-parameters"]})])
    >>> shown_parameters(nb, {"articles": here / "corpus", "top_n": 20}, here / "site" / "notebooks",
    ...                  Display([], None), root=here)
    >>> print(nb.cells[0].source)  # doctest: +ELLIPSIS
    # The parameters kit report ran this notebook with; paths are relative to this notebook...
    articles = "../../corpus"  # folders
    top_n = 20  # rows
    >>> len(nb.cells)
    1
    """
    import ast

    cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        return
    cell, reachable = cells[0], True

    def value(name: str, given: Any) -> Any:
        nonlocal reachable
        if name not in ("articles", "aliases") or given is None:
            return given
        if isinstance(given, list | tuple):
            return [value(name, g) for g in given]
        path, here = Path(given).resolve(), (root or Path.cwd()).resolve()
        if path.is_relative_to(here) and folder.resolve().is_relative_to(here):
            return Path(os.path.relpath(path, folder.resolve())).as_posix()
        reachable = False
        named = shown.text(str(path))
        return path.name if Path(named).is_absolute() else named

    values = {name: value(name, given) for name, given in used.items()}
    source = cell.source
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    edits = [(node.value, values[node.targets[0].id]) for node in tree.body
             if isinstance(node, ast.Assign) and len(node.targets) == 1
             and isinstance(node.targets[0], ast.Name) and node.targets[0].id in values]
    for node, new in sorted(edits, key=lambda e: (e[0].lineno, e[0].col_offset), reverse=True):
        start = starts[node.lineno - 1] + _char_offset(lines[node.lineno - 1], node.col_offset)
        last, column = node.end_lineno or node.lineno, node.end_col_offset or 0
        end = starts[last - 1] + _char_offset(lines[last - 1], column)
        source = source[:start] + _python(new) + source[end:]
    note = ("# The parameters kit report ran this notebook with; paths are relative to this notebook "
            "(the site's notebooks/ folder, beside the articles it read): to re-run it elsewhere, "
            "point them at your copy.\n") if reachable else (
            "# The parameters kit report ran this notebook with; a path is shown by its name alone "
            "(it lay outside the folder kit report ran in): set `articles` (and `aliases`) to your "
            "copy's path before re-running.\n")
    body = [line for line in source.splitlines(keepends=True) if not line.startswith("# Parameters")]
    cell.source = note + "".join(body)
    nb.cells = [c for c in nb.cells if "injected-parameters" not in c.get("metadata", {}).get("tags", [])]


def _python(value: Any) -> str:
    """``value`` as Python source, strings in double quotes as papermill writes them."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_python(v) for v in value) + "]"
    return repr(value)


def _char_offset(line: str, byte_offset: int) -> int:
    """The character index of ``ast``'s UTF-8 byte column ``byte_offset`` in ``line``."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


def _tagged_cells(notebook: Path, tag: str) -> list[tuple[int, Any]]:
    """``(index, cell)`` of each cell of ``notebook`` tagged ``tag``, in order."""
    nb = nbformat.read(notebook, as_version=4)
    return [(i, c) for i, c in enumerate(nb.cells) if tag in c.get("metadata", {}).get("tags", [])]


def _check_parameters(notebook: Path) -> None:
    cells = [cell for _, cell in _tagged_cells(notebook, "parameters")]
    if not cells or not re.search(r"^\s*articles\s*=", cells[0].source, re.MULTILINE):
        raise ReportError(
            f"{notebook} has no cell tagged 'parameters' that sets `articles = ...`; "
            "kit injects the articles path after that cell, so without it the notebook "
            "would read its own. Tag the first cell 'parameters' (JupyterLab: Property "
            "Inspector > Cell Tags) and define `articles` there."
        )


def _cell_failure(source: Path, executed: Path, err: Any) -> str:
    index = err.cell_index
    injected = [i for i, _ in _tagged_cells(executed, "injected-parameters")]
    if injected and index > injected[0]:
        index -= 1  # count cells as in the notebook's own file
    return (
        f"{source} failed in cell {index} (counting from 0; In [{err.exec_count}], "
        f"starting {_first_line(err.source)!r}): {err.ename}: {_first_line(err.evalue)}. "
        f"The executed notebook with the full traceback is {executed}"
    )


def _first_line(text: str, limit: int = 200) -> str:
    line = next((s.strip() for s in str(text).splitlines() if s.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _title(notebook: Path) -> str:
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+?)\s*#*\s*$", cell.source, re.MULTILINE)
            if match:
                return match.group(1)
    return ""


class CurrentEnvKernelSpecManager(KernelSpecManager):  # type: ignore[misc]
    """Resolve ``python3`` to ipykernel in this interpreter, importing this kit."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name != KERNEL_NAME:
            return super().get_kernel_spec(kernel_name)
        from ipykernel.kernelspec import RESOURCES, get_kernel_dict

        spec = get_kernel_dict()
        # no kernel log on the console: on every start it warns that messages on the
        # loopback are unencrypted (they never leave this machine), and jupyter_client's
        # shutdown always interrupts the kernel first, which it logs as an ERROR
        # ("KeyboardInterrupt caught"). A failing cell is reported by papermill.
        spec["argv"] = [*spec["argv"], "--IPKernelApp.log_level=CRITICAL"]
        return KernelSpec(resource_dir=RESOURCES, env=_kernel_env(), **spec)


class CurrentEnvKernelManager(AsyncKernelManager):  # type: ignore[misc]
    """papermill/nbclient kernel manager using :class:`CurrentEnvKernelSpecManager`."""

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return CurrentEnvKernelSpecManager(data_dir=self.data_dir)


def _kernel_env() -> dict[str, str]:
    env = {PNG_ENV: "0"}  # pages draw the charts' JSON: no PNG to slow the kernels down
    root = str(Path(__file__).resolve().parents[2])  # the folder kit/ is in
    if root in site.getsitepackages():
        return env
    paths = [root, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**env, "PYTHONPATH": os.pathsep.join(dict.fromkeys(paths))}
