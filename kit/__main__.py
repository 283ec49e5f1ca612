"""kit's command line: ``python -m kit COMMAND ...`` (or ``kit COMMAND ...``).

Commands live in :data:`COMMANDS`, one row each. A table command
(``entities``, ``actors``, ``network``, ``timeline``) is one
:func:`table_command` row: load the articles, annotate them, build a table,
write it as CSV, JSON or Parquet (the network as two GraphML files:
``--out network.graphml`` holds the co-occurrence ties, undirected, and
``network-actions.graphml`` the actor → target ties, directed). Every command
takes ``--aliases FILE`` (an ``alias,canonical`` CSV such as ``data/aliases.csv``),
so that all of them name each actor alike.

Exit status: 0 on success, 1 with a one-line message on stderr when kit
cannot do the work, 2 for a malformed command line, 130 when interrupted
(Ctrl-C, at once even with ``--n-process`` > 1; the articles annotated so far
stay in the cache and the next run annotates only the rest).

Examples
--------
.. code-block:: console

    $ python -m kit report data/articles data/demo --out site --top 20
    $ python -m kit entities data/articles --format csv --out entities.csv
    $ python -m kit actors data/articles --aliases data/aliases.csv --out actors.csv
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

FORMATS = ("csv", "json", "parquet", "graphml")


class Command(NamedTuple):
    """One subcommand: its help line, its arguments and what it does."""

    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], None]


def _configure_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("articles", nargs="+",
                        help="folders (or files) of articles, read as one corpus")
    parser.add_argument("--out", required=True, help="site folder to write, e.g. site")
    parser.add_argument("--show-code", action="store_true",
                        help="show the notebooks' code cells on the pages (hidden by default)")
    parser.add_argument("--no-input", action="store_true", help=argparse.SUPPRESS)  # the default now
    parser.add_argument("--single-file", action="store_true",
                        help="pages that hold everything (about 1.2 MB each) instead of "
                             "sharing assets/")
    parser.add_argument("--notebooks", default="notebooks",
                        help="folder of notebooks to run (default: %(default)s)")
    parser.add_argument("--quiet", action="store_true", help="no progress output")
    _add_aliases(parser)
    parser.add_argument("--model", help="spaCy model (default: kit's)")
    for flag, name, kind, what in REPORT_PARAMETERS:
        parser.add_argument(flag, dest=name, type=kind, metavar="N", help=what)
    _add_n_process(parser, default=default_n_process())


REPORT_PARAMETERS = (
    ("--top", "top_n", int, "entities and actors the charts and tables show "
                            "(default: each notebook's own)"),
    ("--network-top", "network_top", int, "how many of the most mentioned actors the network "
                                          "draws (default: the notebook's own)"),
    ("--min-weight", "min_weight", int, "ties named in fewer sentences are not drawn "
                                        "(default: the notebook's own)"),
    ("--tolerance-days", "tolerance_days", int, "how many days apart two articles may date one "
                                                "meeting (default: the notebook's own)"),
)
"""Notebook parameters ``kit report`` passes on: (flag, parameter, type, help)."""


def default_n_process() -> int:
    """Processes ``kit report`` annotates with by default: the cores, at most 4
    (each process holds its own copy of the spaCy model, ~0.5 GB)."""
    return max(1, min(4, os.cpu_count() or 1))


def _add_n_process(parser: argparse.ArgumentParser, default: int) -> None:
    parser.add_argument("--n-process", type=int, default=default, metavar="N",
                        help="processes to annotate with (default: %(default)s)")


def _add_aliases(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--aliases", metavar="FILE",
                        help="alias,canonical CSV that merges names, e.g. data/aliases.csv")


def check_aliases(path: str | None) -> None:
    """Fail now, naming the file, if ``--aliases`` is not a readable alias table."""
    if path is None:
        return
    if not Path(path).is_file():
        raise FileNotFoundError(f"--aliases {path!r}: no such file; pass an alias,canonical CSV "
                                "(one alias and its canonical name a line), e.g. data/aliases.csv")
    from kit.lexicon.canonical import read_alias_table

    read_alias_table(path)  # a malformed table fails here, naming its file and columns


def _run_report(args: argparse.Namespace) -> None:
    from kit.publish.report import build_site

    for articles in args.articles:
        check_out(articles, args.out)
    check_aliases(args.aliases)
    names = ["model", *(name for _, name, _, _ in REPORT_PARAMETERS)]
    parameters = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    for flag, name, _, _ in REPORT_PARAMETERS:
        if parameters.get(name, 1) < 0:
            raise ValueError(f"{flag} {parameters[name]} is negative; pass a number >= 0")
    index = build_site(args.articles, args.out, notebooks_dir=args.notebooks,
                       show_code=args.show_code, single_file=args.single_file,
                       progress=not args.quiet, n_process=args.n_process,
                       aliases=args.aliases, parameters=parameters,
                       on_load=lambda corpus: tell_load(corpus, "kit report", quiet=args.quiet,
                                                        notes="the load report of the site's index page"))
    print(index)


def table_command(what: str, build: Callable[..., Any], formats: Sequence[str],
                  tables: Sequence[str] | None = None,
                  options: Sequence[tuple[str, str, type, str]] = ()) -> Command:
    """A command that writes one table (or graph) built from annotated articles.

    ``build`` takes :class:`kit.schema.Annotations` and the ``--aliases`` file
    (or None) and returns a pandas DataFrame (or a networkx graph for
    ``graphml``); ``tables`` names the extractor tables it reads (all if
    None), so only their spaCy components run. ``options`` are more flags, as
    :data:`REPORT_PARAMETERS` gives them: a number >= 0 passed to ``build`` by
    keyword when given.
    """

    def configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("articles", help="folder (or file) of articles")
        parser.add_argument("--format", choices=formats, default=formats[0],
                            help="output format (default: %(default)s)")
        parser.add_argument("--out", help=GRAPHML_OUT if "graphml" in formats
                            else "file to write (default: standard output)")
        parser.add_argument("--model", help="spaCy model (default: kit's)")
        _add_aliases(parser)
        _add_n_process(parser, default=1)
        for flag, name, kind, text in options:
            parser.add_argument(flag, dest=name, type=kind, metavar="N", help=text)

    def run(args: argparse.Namespace) -> None:
        _check_destination(args.format, args.out)  # before minutes of NLP, not after
        check_articles(args.articles)
        check_out(args.articles, args.out)
        check_aliases(args.aliases)
        given = {name: getattr(args, name) for _, name, _, _ in options if getattr(args, name) is not None}
        for flag, name, _, _ in options:
            if given.get(name, 0) < 0:
                raise ValueError(f"{flag} {given[name]} is negative; pass a number >= 0")
        from kit.ingest.load import load
        from kit.nlp.rows import KitRuleWarning
        from kit.nlp.run import annotate

        corpus = load(args.articles)
        tell_load(corpus, f"kit {args.command}")
        if not corpus.articles:
            why = "every file was skipped, as listed above" if corpus.told("") else "no files"
            raise ValueError(f"no articles loaded from {args.articles!r} ({why}); "
                             "see kit.load(path).report for why")
        with warnings.catch_warnings():  # told once, below, as the run's own report
            warnings.simplefilter("ignore", KitRuleWarning)
            ann = annotate(corpus.articles, model=args.model, tables=tables, n_process=args.n_process,
                           aliases=args.aliases)
        tell_failures(ann.failures, f"kit {args.command}")
        table = build(ann, args.aliases, **given)
        write(table, args.format, args.out)

    return Command(f"write the {what} table", configure, run)


def tell_load(corpus: Any, who: str, quiet: bool = False, notes: str = "kit.load(path).report") -> None:
    """Say on standard error how many articles were loaded from how many files, and name
    each skipped file with its reason (:meth:`kit.ingest.load.LoadResult.told`; ``notes``:
    where the notes on loaded files are listed); with ``quiet``, only when a file was skipped."""
    from kit.nlp.run import say

    lines = corpus.told(who, notes)
    if quiet and len(lines) <= 1:
        return
    for line in lines:
        say(line)


def tell_failures(failures: Any, who: str) -> None:
    """Say on standard error which articles were read without one of kit's rules, and
    why (:attr:`kit.schema.Annotations.failures`): nothing if none was."""
    if failures.empty:
        return
    print(f"{who}: {failures['article_id'].nunique()} article(s) read without a rule of kit's "
          "that failed on them (please report it):", file=sys.stderr)
    for row in failures.itertuples(index=False):
        print(f"  {row.article_id}: {row.rule} ({row.error})", file=sys.stderr)


GRAPHML_OUT = ("GraphML file of who is named with whom (undirected), e.g. network.graphml; who acts "
               "on whom (actor -> target, directed) goes beside it, to network-actions.graphml")


def _entity_counts(ann: Any, aliases: str | None) -> Any:
    from kit.counts.entities import entity_counts

    return entity_counts(ann, aliases=aliases)


def _actor_registry(ann: Any, aliases: str | None) -> Any:
    """The actor registry (its ``credit`` column: true for an actor named only in bylines
    and photo credits, "By X", whom the network leaves out)."""
    from kit.actors.registry import actor_registry

    return actor_registry(ann, aliases=aliases)


def _network(ann: Any, aliases: str | None) -> Any:
    from kit.network.graph import build_network

    return build_network(ann, aliases=aliases)


def _events(ann: Any, aliases: str | None, tolerance_days: int | None = None) -> Any:
    from kit.timeline.events import DEFAULT_WINDOW, events

    window = DEFAULT_WINDOW if tolerance_days is None else tolerance_days
    return events(ann, aliases=aliases, tolerance_days=window)


def check_articles(articles: str) -> None:
    """Fail now, in the command line's words, if ``articles`` names no folder or file.

    >>> check_articles("no/such/folder")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no articles folder or file at 'no/such/folder' (working directory: ...
    """
    if not Path(articles).exists():
        raise FileNotFoundError(f"no articles folder or file at {articles!r} (working directory: "
                                f"{Path.cwd()}); pass the folder of your articles, e.g. data/articles")


def check_out(articles: str, out: str | None) -> None:
    """Refuse an ``--out`` inside the articles folder (or the articles file itself).

    The next run would read kit's own pages and tables as articles.

    Examples
    --------
    >>> check_out("data/articles", "data/articles/site")
    Traceback (most recent call last):
    ...
    ValueError: --out 'data/articles/site' is inside the articles folder 'data/articles' (...
    """
    if out is None:
        return
    source, target = Path(articles).resolve(), Path(out).resolve()
    if source.is_dir() and target.is_relative_to(source):
        suggestion = source.parent / target.name
        raise ValueError(
            f"--out {out!r} is inside the articles folder {articles!r} ({source}); the next run "
            f"would read kit's outputs as articles. Write outside it, e.g. --out {str(suggestion)!r}"
        )
    if target == source:
        raise ValueError(f"--out {out!r} is the articles file {articles!r}; kit would overwrite "
                         "the article it reads. Choose another file.")


def _check_destination(fmt: str, out: str | None) -> None:
    if fmt in ("parquet", "graphml") and out is None:
        raise ValueError(f"{fmt} is a binary/file format: pass --out FILE")


def write(table: Any, fmt: str, out: str | None) -> None:
    """Write a DataFrame as csv/json/parquet to ``out`` or stdout, or an actor
    network as graphml to ``out`` and its ``-actions`` file (their paths printed)."""
    _check_destination(fmt, out)
    if fmt == "graphml":
        from kit.network.export import to_graphml_pair

        assert out is not None  # _check_destination refused stdout above
        for path in to_graphml_pair(table, out):  # written beside and renamed, as below
            print(path)
    elif out is None:
        if fmt == "csv":
            spreadsheet_safe(table).to_csv(sys.stdout, index=False)
        else:
            print(_json(table))
    else:
        from kit.nlp.cache import atomic_path

        with atomic_path(out) as tmp:  # out holds the old file or the whole new one
            if fmt == "csv":
                spreadsheet_safe(table).to_csv(tmp, index=False)
            elif fmt == "json":
                tmp.write_text(_json(table) + "\n", encoding="utf-8")
            else:
                table.to_parquet(tmp, index=False)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a CSV cell as a formula (OWASP, "CSV injection")."""


def spreadsheet_safe(table: Any) -> Any:
    """``table`` with every text cell a spreadsheet would run as a formula
    (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) led by a
    ``'``, as OWASP advises; only CSV is written this way (JSON and Parquet keep
    the text as it is).

    Examples
    --------
    >>> import pandas as pd
    >>> spreadsheet_safe(pd.DataFrame({"a": ["=HYPERLINK(1)", "ok", 3]}))["a"].tolist()
    ["'=HYPERLINK(1)", 'ok', 3]
    """
    text = [c for c in table.columns if table[c].dtype == object or str(table[c].dtype).startswith("str")]
    if not text:
        return table
    safe = table.copy()
    for column in text:
        safe[column] = [f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v
                        for v in safe[column]]
    return safe


def _json(table: Any) -> str:
    return str(table.to_json(orient="records", force_ascii=False, date_format="iso", indent=1))


COMMANDS: dict[str, Command] = {
    "report": Command("run every notebook on ARTICLES and write a web site", _configure_report,
                      _run_report),
    # entity counts name actors as the registry does: they read its tables (kit.counts.mentions)
    "entities": table_command("entity counts", _entity_counts, ("csv", "json", "parquet"),
                              tables=["roles", "sources"]),
    "actors": table_command("actor registry", _actor_registry, ("csv", "json", "parquet")),
    "network": table_command("actor network", _network, ("graphml",))._replace(
        help="write the actor network as GraphML: co-occurrence (undirected), actions (directed)"),
    "timeline": table_command("dated events", _events, ("csv", "json", "parquet"),
                              options=[("--tolerance-days", "tolerance_days", int,
                                        "how many days apart two articles may date one meeting "
                                        "(default: kit.timeline.DEFAULT_WINDOW)")]),
}


def parser() -> argparse.ArgumentParser:
    """The argument parser, one subparser per row of :data:`COMMANDS`."""
    top = argparse.ArgumentParser(prog="kit", description="Read news coverage with kit.")
    top.add_argument("--traceback", action="store_true", help="show the full error on failure")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in COMMANDS.items():
        command.configure(sub.add_parser(name, help=command.help, description=command.help))
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = parser().parse_args(argv)
    try:
        COMMANDS[args.command].run(args)
    except BrokenPipeError:  # e.g. `kit entities ... | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"kit {args.command}: interrupted; the articles annotated so far stay in the "
              "cache, a re-run annotates only the rest", file=sys.stderr)
        return 130
    except Exception as err:
        if args.traceback:
            raise
        print(f"kit {args.command}: error: {_one_line(err)}", file=sys.stderr)
        return 1
    return 0


def _one_line(err: Exception) -> str:
    message = " ".join(str(err).split())
    if type(err).__name__ in ("ReportError", "ExportError") and message:
        return message
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


if __name__ == "__main__":
    sys.exit(main())
