"""kit.charts' error messages tell the user what to do: each test does exactly that."""

from __future__ import annotations

import re

import pytest
from test_charts_network import graph

from kit.charts.network import network
from kit.network import graph as network_graph


def test_too_big_a_network_advice_runs_as_written():
    G = graph(n_extra=400)
    with pytest.raises(ValueError) as caught:
        network(G)
    calls = re.search(r"draw fewer with kit\.network\.graph\.(filter_network\(G, [^)]*\)) or "
                      r"(ego_network\(G, actor\))", str(caught.value)).groups()
    assert calls == ("filter_network(G, min_weight=2, drop_isolates=True)", "ego_network(G, actor)")
    scope = {"G": G, "actor": "Alicia Bárcena", **vars(network_graph)}
    for call in calls:
        smaller = eval(call, scope)
        assert 0 < smaller.number_of_nodes() < G.number_of_nodes()
        assert network(smaller).to_dict()["layer"]
