"""Network: who acts with whom, as a ``networkx`` graph of actors (:mod:`kit.network.graph`),
written to GraphML and GEXF files (:mod:`kit.network.export`)."""

from kit.network.export import actions_path, to_gexf, to_graphml, to_graphml_pair
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
)

__all__ = ["COOCCURRENCE", "EDGE_COLUMNS", "INTERACTION", "NODE_ATTRS", "NODE_COLUMNS",
           "actions_path", "build_network", "cooccurrence_graph", "edges_table", "ego_network",
           "filter_network", "find_actor", "interaction_graph", "layout", "nodes_table",
           "to_gexf", "to_graphml", "to_graphml_pair"]
