"""Network: who acts with whom, as a ``networkx`` graph of actors (:mod:`kit.network.graph`)."""

from kit.network.graph import (
    COOCCURRENCE,
    EDGE_COLUMNS,
    INTERACTION,
    NODE_ATTRS,
    NODE_COLUMNS,
    build_network,
    cooccurrence_graph,
    edges_table,
    ego_network,
    filter_network,
    find_actor,
    interaction_graph,
    layout,
    nodes_table,
    to_gexf,
    to_graphml,
)

__all__ = ["COOCCURRENCE", "EDGE_COLUMNS", "INTERACTION", "NODE_ATTRS", "NODE_COLUMNS",
           "build_network", "cooccurrence_graph", "edges_table", "ego_network",
           "filter_network", "find_actor", "interaction_graph", "layout", "nodes_table",
           "to_gexf", "to_graphml"]
