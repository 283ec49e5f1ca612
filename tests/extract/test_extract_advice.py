"""kit.extract's error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import re
from types import ModuleType

import pytest
import spacy

from kit.extract.inputs import NAMES, DocInputs


def extractor(*inputs: str) -> ModuleType:
    """An extractor module as kit.nlp.rows calls it: ``INPUTS`` and ``extract``."""
    module = ModuleType("kit.extract.mine")
    module.INPUTS = inputs  # type: ignore[attr-defined]
    module.extract = lambda doc, canon, **given: [sorted(given)]  # type: ignore[attr-defined]
    return module


def test_unknown_input_advice_every_listed_input_is_given():
    doc = spacy.blank("en")("Officials met in Geneva.")
    inputs = DocInputs(doc, {})
    with pytest.raises(ValueError) as caught:
        inputs.for_extractor(extractor("entitys"))
    listed = re.search(r"INPUTS names \['entitys'\]; the inputs an extractor can take are "
                       r"([\w, ]+)$", str(caught.value)).group(1).split(", ")
    assert listed == list(NAMES)
    module = extractor(*listed)  # the advice: name inputs from the list
    given = inputs.for_extractor(module)
    assert module.extract(doc, {}, **given) == [sorted(listed)]
    assert given["text"] == doc.text and given["entities"] == given["sources"] == []
