"""kit.network's error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import ast
import re

import pytest
from test_network import hand_graph

from kit.network.graph import build_network, ego_network, nodes_table


def test_unknown_actor_advice_an_id_or_a_listed_name_works():
    G = hand_graph()
    with pytest.raises(KeyError) as caught:
        ego_network(G, "Nobody")
    message = caught.value.args[0]
    assert "(see nodes_table(G))" in message
    names = ast.literal_eval(re.search(r"one of the names (\[.*?\])", message).group(1))
    assert names == sorted(nodes_table(G)["name"])
    for name in names:
        assert name in {d["name"] for _, d in ego_network(G, name).nodes(data=True)}
    assert set(ego_network(G, "a")) == {"a", "b", "c"}  # or an actor_id


@pytest.mark.model
def test_unknown_article_advice_a_known_id_works(seed_ann):
    with pytest.raises(KeyError) as caught:
        build_network(seed_ann, article="nope")
    message = caught.value.args[0]
    assert "(see ann.articles)" in message
    known = ast.literal_eval(re.search(r"known ids start (\[.*?\])", message).group(1))
    assert known == seed_ann.articles["article_id"].tolist()[:3]
    assert build_network(seed_ann, article=known[0]).number_of_nodes() > 0
