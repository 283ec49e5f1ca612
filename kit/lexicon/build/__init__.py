"""Generators that build rows of kit's lexicons from maintained packages.

Run by hand (``python -m kit.lexicon.build.countries``), never imported when
kit runs: the packages they read are the optional ``lexicons`` extra, and
kit reads only the files they write to ``kit/lexicon/data/``.
"""
