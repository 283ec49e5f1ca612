"""kit's version (part of every cache namespace and shown on the published site), and when
this process imported kit."""

import time

__version__ = "0.1.0"

IMPORTED_NS = time.time_ns()
"""When this process imported kit (``kit/__init__`` imports this module first): a kit file
changed since then is not the code this process runs (:mod:`kit.nlp.derived` then keeps
nothing)."""
