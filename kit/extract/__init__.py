"""Doc → rows: one module per table, each with ``extract(doc, canon) -> list[dict]``,
``COLUMNS``, and ``COMPONENTS``: the spaCy components it reads beyond those every
table needs (see :data:`kit.nlp.pipeline.CORE_COMPONENTS`)."""
