"""The translation memory: a SQLite store of aligned releases, with lookup, concordance and review."""

from tmtool.errors import StoreError
from tmtool.store.review import ReleaseStats, ReviewPage, release_stats, write_review_html
from tmtool.store.search import Hit, LookupResult, Match, concordance, lookup, lookup_result
from tmtool.store.store import (STORE_NAME, Edit, EditsAtSave, OutputRecord, PairLessons, PairState, Store, StoredBead,
                                StoredDoc, StoredPair, content_hash, is_store, pair_hash)

__all__ = ["STORE_NAME", "Edit", "EditsAtSave", "Hit", "LookupResult", "Match", "OutputRecord", "PairLessons", "PairState",
           "ReleaseStats", "ReviewPage", "Store", "StoreError", "StoredBead", "StoredDoc", "StoredPair", "concordance",
           "content_hash", "is_store", "lookup", "lookup_result", "pair_hash", "release_stats", "write_review_html"]
