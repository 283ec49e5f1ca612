"""kit's version: part of every cache namespace and shown on the published site."""

__version__ = "0.1.0"
