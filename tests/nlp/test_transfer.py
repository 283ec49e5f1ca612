"""srsly's msgpack hooks read once while Docs cross between processes (kit.nlp.transfer)."""

from __future__ import annotations

from collections.abc import Iterator

import catalogue
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab
from srsly.msgpack import msgpack_decoders, msgpack_encoders

from kit.nlp.transfer import hooks_read_once

REGISTRIES = (msgpack_encoders, msgpack_decoders)


@pytest.fixture(autouse=True)
def live_registries() -> Iterator[None]:
    """The registries as srsly made them, for the test: a slim Doc built in this process
    by another test (as in a worker) reads them once for the rest of the process."""
    pinned = {r: vars(r).pop("get_all") for r in REGISTRIES if "get_all" in vars(r)}
    yield
    for registry, get_all in pinned.items():
        registry.get_all = get_all


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The namespaces whose entry points are read, one item per read."""
    seen: list[tuple[str, ...]] = []
    original = catalogue.Registry.get_entry_points

    def counted(self: catalogue.Registry) -> dict:
        seen.append(self.namespace)
        return original(self)

    monkeypatch.setattr(catalogue.Registry, "get_entry_points", counted)
    return seen


def _round_trip(doc: Doc) -> bytes:
    return Doc(Vocab()).from_bytes(doc.to_bytes()).to_bytes()


def test_each_registry_is_read_once_however_many_docs_cross(scans: list) -> None:
    doc = Doc(Vocab(), words=["The", "envoys", "met", "."])
    doc.user_data["kit_tables"] = {"roles": [{"name": "A", "start": 3}]}
    before = _round_trip(doc)
    assert len(scans) >= 6  # without the block: every pack and unpack reads them again
    scans.clear()
    with hooks_read_once():
        inside = [_round_trip(doc) for _ in range(5)]
    assert sorted(scans) == sorted(r.namespace for r in REGISTRIES)
    assert inside == [before] * 5  # the same bytes


def test_the_registries_answer_live_again_after_the_block_even_on_error(scans: list) -> None:
    with pytest.raises(RuntimeError), hooks_read_once():
        assert all("get_all" in vars(r) for r in REGISTRIES)
        raise RuntimeError("a worker died")
    assert not any("get_all" in vars(r) for r in REGISTRIES)
    scans.clear()
    Doc(Vocab(), words=["Talks"]).to_bytes()
    assert scans  # read again, as srsly does


def test_an_inner_block_leaves_the_outer_one_in_force() -> None:
    with hooks_read_once():
        with hooks_read_once():
            pass
        assert all("get_all" in vars(r) for r in REGISTRIES)
    assert not any("get_all" in vars(r) for r in REGISTRIES)
