"""Editor benchmark: how long the editor takes to serve its release list on a large store.

The store is built cheaply: one release of ``--beads`` 1-1 beads (a third of them unsure, one
rejected) saved as a run saves it, then its documents, pair and beads copied in SQL under new
keys until there are ``--pairs`` pairs (the release list reads only those tables). Then the
editor is started on port 0 and ``GET /`` (the first page of the list, every release counted)
is timed over HTTP, and ``GET /?show=held`` too; the median of ``--repeat`` requests.

    python benchmarks/editor.py [--pairs 26000] [--beads 20] [--repeat 5]
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from storedata import save_sentences  # noqa: E402
from tmtool.store import Store  # noqa: E402
from tmtool.store.editor import make_server  # noqa: E402


def build(path: Path, pairs: int, beads: int) -> None:
    with Store.open(path) as store:
        save_sentences(store, "1", [(f"Sentence {n} of the release.", f"Предложение {n} релиза.")
                                    for n in range(beads)])
        store.set_review("1-1", "rejected")
        with store.transaction() as db:
            db.execute("UPDATE beads SET unsure = 1, score = 0.3 WHERE n % 3 = 0")
            db.execute("UPDATE documents SET date = '2019-01-01'")
            db.execute("""WITH RECURSIVE k(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM k WHERE i < ?)
                INSERT INTO documents (release_id, lang, date, title, path, url, content_hash)
                SELECT i, d.lang, date('2010-01-01', '+' || (i % 3650) || ' days'), d.title || ' ' || i,
                       d.path, d.url, d.content_hash FROM k, documents d WHERE d.release_id IS NULL""", (pairs,))
            db.execute("""INSERT INTO pairs SELECT CAST(s.release_id AS TEXT), s.id, t.id, p.method, p.score,
                       p.reason, p.content_hash, p.signature, p.saved
                FROM documents s JOIN documents t ON t.release_id = s.release_id AND t.lang = 'ru-RU'
                JOIN pairs p ON p.pair_key = '1' WHERE s.lang = 'en-GB' AND s.release_id IS NOT NULL""")
            db.execute("""INSERT INTO beads SELECT p.pair_key || '-' || b.n, p.pair_key, b.n, b.src, b.tgt, b.kind,
                       b.score, b.unsure, b.decision_key, b.edited, b.src_text, b.tgt_text
                FROM pairs p, beads b WHERE b.pair_key = '1' AND p.pair_key != '1'""")
            db.execute("""INSERT INTO reviews SELECT p.pair_key, r.decision_key, r.decision, r.decided
                FROM pairs p, reviews r WHERE r.pair_key = '1' AND p.pair_key != '1'""")


def timed_get(address, path: str, repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        conn = http.client.HTTPConnection(*address, timeout=120)
        start = time.perf_counter()
        conn.request("GET", path, headers={"Host": f"{address[0]}:{address[1]}"})
        response = conn.getresponse()
        body = response.read()
        times.append(time.perf_counter() - start)
        assert response.status == 200, response.status
        size = len(body)
        conn.close()
    return statistics.median(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=26000)
    parser.add_argument("--beads", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tm.db"
        start = time.perf_counter()
        build(path, args.pairs, args.beads)
        with Store.open(path) as store:
            counts = [store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("pairs", "beads")]
        print(f"store: {counts[0]} pairs, {counts[1]} beads, built in {time.perf_counter() - start:.1f} s")
        server = make_server(path)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            for path_query in ("/", "/?show=held", "/?release=2599"):
                median, size = timed_get(server.server_address[:2], path_query, args.repeat)
                print(f"GET {path_query}: median {median * 1000:.0f} ms of {args.repeat}, {size / 1024:.0f} KiB")
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
