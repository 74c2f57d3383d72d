"""tmtool: turn bilingual press-release collections into translation memories and glossaries."""

__version__ = "0.1.0"
