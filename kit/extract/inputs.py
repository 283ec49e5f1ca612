"""What extractors share: the inputs one Doc's extractors are given.

Each extractor module lists the shared inputs its ``extract`` takes in
``INPUTS`` (``"entities"``: the name-like entities with kind, role and side,
from :func:`kit.extract.roles.read_entities`; ``"sources"``: the sourcing
phrases, from :func:`kit.extract.sources.read_sources`; ``"text"``: the Doc's
text, which spaCy rebuilds from every token each time it is asked). :class:`DocInputs`
computes each input at most once per Doc and hands it over as an argument:
nothing is passed through ``doc.user_data``.
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import TYPE_CHECKING, Any

from kit.extract.roles import Entity, read_entities
from kit.extract.sources import Source, read_sources

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAMES = ("entities", "sources", "text")


class DocInputs:
    """The shared inputs of one Doc, each computed on first use."""

    def __init__(self, doc: Doc, canon: dict[tuple[int, int], str], text: str | None = None) -> None:
        self.doc, self.canon = doc, canon
        if text is not None:
            self.text = text

    @functools.cached_property
    def text(self) -> str:
        return self.doc.text

    @functools.cached_property
    def entities(self) -> list[Entity]:
        return read_entities(self.doc, self.canon, text=self.text)

    @functools.cached_property
    def sources(self) -> list[Source]:
        return read_sources(self.doc, self.entities)

    def for_extractor(self, module: ModuleType) -> dict[str, Any]:
        """Keyword arguments for ``module.extract``: the inputs its ``INPUTS`` names.

        Raises
        ------
        ValueError
            ``INPUTS`` names an input kit does not have.
        """
        wanted = tuple(getattr(module, "INPUTS", ()))
        unknown = sorted(set(wanted) - set(NAMES))
        if unknown:
            raise ValueError(f"{module.__name__}.INPUTS names {unknown}; the inputs an extractor "
                             f"can take are {', '.join(NAMES)}")
        return {name: getattr(self, name) for name in wanted}
