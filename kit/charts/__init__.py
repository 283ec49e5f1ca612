"""Altair charts built from kit's tables (pandas DataFrames) alone.

Nothing here imports spaCy. Every function takes an already-aggregated
table, so no chart embeds row-level data or hits Altair's row limit.
"""

from kit.charts import theme
from kit.charts.entities import entity_bars, heatmap, label_bars

__all__ = ["entity_bars", "heatmap", "label_bars", "theme"]
