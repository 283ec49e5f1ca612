"""Where a text's quotations are: the spans between quotation marks.

:mod:`kit.extract.quotes` reads who said each; :mod:`kit.extract.roles` reads a country
word inside one as what its speaker says of others, and :mod:`kit.extract.dates` a date
inside one as the speaker's. A module of its own so that any extractor may ask, whatever
it imports.
"""

from __future__ import annotations

import re

QUOTATION = re.compile(r"“(?P<curly>[^”]+)”|«(?P<angle>[^»]+)»|\"(?P<straight>[^\"\n]+)\"")
"""A quotation between curly, angle or straight double quotes (a straight one within one line)."""


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (inside the marks), in order.

    Examples
    --------
    >>> quotation_spans('He said “yes.” Then "no." Dijo «sí».')
    [(9, 13), (21, 24), (32, 34)]
    """
    spans = []
    for match in QUOTATION.finditer(text):
        group = next(g for g in ("curly", "angle", "straight") if match.group(g) is not None)
        start, end = match.span(group)
        inner = text[start:end]
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip())
        if end > start:
            spans.append((start, end))
    return spans
