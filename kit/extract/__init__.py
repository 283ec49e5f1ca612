"""Doc → rows: one module per table, each with ``extract(doc, canon) -> list[dict]`` and ``COLUMNS``."""
