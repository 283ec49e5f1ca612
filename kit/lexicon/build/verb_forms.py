"""Generate ``verb_forms.csv``: the irregular forms of English verbs and their lemmas.

``python -m kit.lexicon.build.verb_forms [--check]`` reads the verb exceptions of the
English lemmatizer of kit's pinned spaCy model (its ``lemma_exc`` table: "flew" →
"fly", "met" → "meet", "held" → "hold") and writes one row per form that does not
start with its lemma's stem, sorted, with the model's name and version as the source. :func:`kit.timeline.evidence.says` reads
them: a verb is said in a text when one of its forms is a word of it, and the
forms of irregular verbs do not start with the lemma. The model is loaded only
here, when the file is made or checked, never while kit runs.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from kit.lexicon.build import common
from kit.lexicon.build.common import Left
from kit.lexicon.files import DATA_DIR
from kit.lexicon.wordlists import verb_stem

FILE = "verb_forms.csv"
COLUMNS = ("form", "lemma", "lang", "source")


def make(model: str | None = None) -> str:
    """The text of ``verb_forms.csv`` from the lemmatizer of ``model`` (the one English
    pipeline installed, kit's pinned model, if None): one row per (form, lemma).

    Raises
    ------
    RuntimeError
        No English pipeline is installed, or several and ``model`` names none.
    """
    import spacy

    with warnings.catch_warnings():  # listing reads every model's meta: W095 for the Spanish one
        warnings.simplefilter("ignore", UserWarning)
        english = sorted(m for m in spacy.util.get_installed_models() if m.startswith("en_"))
    if model is None and len(english) != 1:
        raise RuntimeError(f"installed English spaCy pipelines: {english or 'none'}; "
                           "pass the one to read (make install puts kit's in place)")
    nlp = spacy.load(model or english[0])
    table, source = common.verb_lookup(nlp, "lemma_exc")
    rows = sorted({(form.lower(), lemma.lower()) for form, lemmas in table.items() for lemma in lemmas
                   if form.isalpha() and lemma.isalpha() and not _regular(form.lower(), lemma.lower())})
    return common.csv_text(COLUMNS, ((form, lemma, "en", source) for form, lemma in rows))


def _regular(form: str, lemma: str) -> bool:
    """Whether ``form`` starts with the stem of ``lemma`` (:func:`kit.lexicon.wordlists.verb_stem`)
    that :func:`kit.timeline.evidence.says` already finds ("abetted": "abet"): only the
    other forms are kept ("met": "meet")."""
    stem = verb_stem(lemma)
    return stem is not None and form.startswith(stem)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kit.lexicon.build.verb_forms [--check] [--data-dir DIR]``."""
    return common.main(argv, module="kit.lexicon.build.verb_forms", doc=__doc__,
                       make=_files, origin="the spaCy model's lemmatizer gives")


def _files(data_dir: Path = DATA_DIR) -> tuple[dict[str, str], list[Left]]:
    return {FILE: make()}, []


if __name__ == "__main__":
    sys.exit(main())
