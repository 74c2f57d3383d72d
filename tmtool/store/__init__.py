"""The translation memory: a SQLite store of aligned releases, with lookup, concordance and review."""

from tmtool.errors import StoreError
from tmtool.store.review import ReleaseStats, ReviewPage, write_review_html
from tmtool.store.search import Hit, Match, concordance, lookup
from tmtool.store.store import (PairState, Store, StoredBead, StoredDoc, StoredPair, content_hash, is_store,
                                pair_hash)

__all__ = ["Hit", "Match", "PairState", "ReleaseStats", "ReviewPage", "Store", "StoreError", "StoredBead",
           "StoredDoc", "StoredPair", "concordance", "content_hash", "is_store", "lookup", "pair_hash",
           "write_review_html"]
