"""kit's Altair theme: one look for every chart, registered on request.

Examples
--------
>>> from kit.charts import theme
>>> theme.enable()          # registers "kit" with Altair and makes it active
>>> theme.disable()         # back to Altair's default
"""

from __future__ import annotations

import altair as alt

NAME = "kit"
FONT = "Helvetica, Arial, sans-serif"
# Okabe–Ito: distinguishable for colour-blind readers.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
SIDE_COLOURS = {"United States": "#0072B2", "Mexico": "#009E73", "other": "#999999"}


def config() -> alt.theme.ThemeConfig:
    """The theme's Vega-Lite config."""
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None, "continuousWidth": 480, "continuousHeight": 300},
            "range": {"category": PALETTE},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "grid": False},
            "legend": {"labelFontSize": 11, "titleFontSize": 12},
            "title": {"fontSize": 14, "anchor": "start"},
        }
    }


def enable() -> None:
    """Register the theme (once) and make it the active Altair theme."""
    if NAME not in alt.theme.names():
        alt.theme.register(NAME, enable=False)(config)
    alt.theme.enable(NAME)


def disable(previous: str = "default") -> None:
    """Make ``previous`` the active theme again."""
    alt.theme.enable(previous)
