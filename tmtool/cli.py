"""The command line: each command parses options, calls one library function, prints.

Library errors (``TmtoolError``) become one-line ``Error: …`` messages with exit
code 1; nothing a user can cause ends in a traceback.
"""

from __future__ import annotations

import itertools
import json
import signal
import sys
from pathlib import Path

import click

from tmtool import __version__
from tmtool.align import ALIGNERS
from tmtool.align.commands import align_files, align_jsonl, evaluate_files
from tmtool.errors import TmtoolError
from tmtool.formats import (CAT_PRESETS, FORMATS, ExportHeader, cat_rules, export_units, fit_units, item_texts, read_units,
                            srx_split)
from tmtool.ingest import discover, ingest, read_release
from tmtool.pair import pair_releases
from tmtool.pipeline import RunOptions, run_corpus, terms_from_source
from tmtool.registry import Registry
from tmtool.segment import SEGMENTERS, get_segmenter, segment_stream
from tmtool.store import STORE_NAME, Store, concordance, is_store, lookup_result, write_review_html
from tmtool.text import SOURCE_LANG, TARGET_LANG, resolve_languages
from tmtool.store.editor import make_server
from tmtool.store.sheet import read_review_sheet, write_review_sheet
from tmtool.store.show import decision_line, hit_record, hits_table, match_record, matches_table
from tmtool.terms import GLOSSARY_FORMATS, TermOptions, write_glossary
from tmtool.terms.lists import read_seeds, read_stoplist

_DEFAULTS = RunOptions()
_ALIGNER_HELP = "Sentence aligner, one of: {names}."


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TmtoolError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:  # e.g. an output folder that cannot be written
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="tmtool")
def cli():
    """Turn bilingual press releases into translation memories and glossaries."""


_min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0.0, 1.0), default=TermOptions().min_confidence, show_default=True,
    help="Lowest confidence of a glossary pair (0–1; the entries keep theirs, see docs/terms.md).")


def _direction(command):
    """``--src-lang`` and ``--tgt-lang``, with one default direction for every command."""
    command = click.option("--tgt-lang", default=TARGET_LANG, show_default=True,
                           help="Language of the translations (BCP 47).")(command)
    return click.option("--src-lang", default=SOURCE_LANG, show_default=True,
                        help="Language of the source side (BCP 47); Russian, the ministry's original, by default.")(command)


def _progress(quiet: bool):
    """A one-line progress display on stderr, only for a terminal."""
    if quiet or not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        click.echo(f"\r{stage:8} {done}/{total}", err=True, nl=done == total)

    return show


class _Names(click.ParamType):
    """Names from a registry, comma-separated when ``several`` (a tuple then). An unknown name
    is the registry's own one-line error (``UnknownNameError``: it names the known ones), raised
    while the options are read, before any work."""

    def __init__(self, registry: Registry, several: bool = False):
        self.registry, self.several = registry, several
        self.name = "names" if several else "name"

    def convert(self, value, param, ctx):
        if not isinstance(value, str):  # already converted (click converts a default once more)
            return value
        names = tuple(n.strip() for n in value.split(",") if n.strip()) if self.several else (value,)
        for name in names:
            self.registry.get(name)
        return names if self.several else value


def _names_option(*decls: str, registry: Registry, help: str, several: bool = False, **kwargs):
    """An option taking names from ``registry``; ``{names}`` in ``help`` becomes the list of them,
    read from the registry so that help and registry cannot disagree."""
    return click.option(*decls, type=_Names(registry, several),
                        help=help.format(names=", ".join(registry.names())), **kwargs)


def _release_summary(release) -> dict:
    return {
        "path": release.path, "release_id": release.release_id, "lang": release.lang,
        "date": release.date.isoformat() if release.date else None,
        "time": release.time.strftime("%H:%M") if release.time else None,
        "title": release.title, "languages": list(release.languages), "reader": release.reader,
        "encoding": release.encoding, "url": release.url,
        "paragraphs": [p.text for p in release.paragraphs],
    }


@cli.command("ingest")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", help="Language of the files (BCP 47), when their names do not say.")
@click.option("--json", "as_json", is_flag=True, help="Print each release as a JSON line.")
def ingest_command(files, lang, as_json):
    """Read release files and show what tmtool sees in them."""
    for path in files:
        release = read_release(path, lang)
        summary = _release_summary(release)
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False))
            continue
        when = " ".join(x for x in (summary["date"], summary["time"]) if x) or "no date"
        click.echo(_record(path, release.lang, when, f"{len(release.paragraphs)} paragraphs", release.title))


@cli.command("pair")
@click.argument("corpus", type=click.Path(file_okay=False, path_type=Path))
@_direction
def pair_command(corpus, src_lang, tgt_lang):
    """Show which files pair as two versions of a release, and which are left over."""
    releases, skips = ingest(discover(corpus))
    pairing = pair_releases(releases, src_lang, tgt_lang)
    for pair in pairing.pairs:
        click.echo(_record("pair", pair.pair_id, pair.src.path, pair.tgt.path, f"{pair.method} {pair.score}",
                           pair.reason))
    for orphan in pairing.orphans:
        click.echo(_record("orphan", orphan.path, orphan.reason))
    for skip in skips:
        click.echo(_record("skip", skip.path, skip.reason))


def _record(*fields: object) -> str:
    """One line of tab-separated fields; a tab, line break or backslash inside a field (a file
    name may hold any of them) is written as ``\\t``, ``\\n``, ``\\r``, ``\\\\``, so one record is one line."""
    return "\t".join(str(f).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                     for f in fields)


@cli.command("run")
@click.argument("corpus", type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the outputs (created if missing).")
@_direction
@_names_option("--formats", registry=FORMATS, several=True, default=",".join(_DEFAULTS.formats), show_default=True,
               help="Comma-separated export formats; any of: {names}.")
@_names_option("--glossary", registry=GLOSSARY_FORMATS, several=True, default=",".join(_DEFAULTS.glossaries),
               show_default=True, help="Comma-separated glossary formats, empty for none; any of: {names}.")
@_names_option("--segmenter", registry=SEGMENTERS, default=_DEFAULTS.segmenter, show_default=True,
               help="Sentence segmenter, one of: {names}.")
@click.option("--srx", type=click.Path(exists=True, dir_okay=False), help="Segment with this SRX rule file.")
@_names_option("--aligner", registry=ALIGNERS, default=_DEFAULTS.aligner, show_default=True, help=_ALIGNER_HELP)
@click.option("--review-threshold", type=click.FloatRange(0.0, 1.0), default=_DEFAULTS.review_threshold,
              show_default=True, help="Hold back beads whose confidence (the probability that they are right) "
                                      "is below this; see docs/alignment.md for the reliability table.")
@click.option("--include-unsure", is_flag=True, help="Export beads the aligner is unsure of (marked for review).")
@_min_confidence_option
@_names_option("--cat", metavar="TOOL", registry=CAT_PRESETS,
               help="Re-cut units the way this CAT tool's default segmentation cuts the source, one of: {names}; "
                    "see docs/formats.md.")
@click.option("--cat-srx", type=click.Path(exists=True, dir_okay=False),
              help="Re-cut exported units along this SRX file (a CAT tool's own rules), see docs/formats.md.")
@click.option("--store", type=click.Path(dir_okay=False, path_type=Path),
              help="The translation memory to update and export from (default: OUT/tmtool.db).")
@click.option("--jobs", type=click.IntRange(min=1), help="Local processes for the per-pair work "
                                                           "[default: every core]; the outputs are the same.")
@click.option("--scheduler", metavar="ADDRESS", help="Run the per-pair work on a Dask cluster "
                                                     "(tcp://host:8786; pip install 'tmtool[dask]'); see docs/scale.md.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display.")
def run_command(corpus, out, src_lang, tgt_lang, formats, glossary, segmenter, srx, aligner, review_threshold,
                include_unsure, min_confidence, cat, cat_srx, store, jobs, scheduler, quiet):
    """Ingest, pair, segment, align and export a folder of release pages."""
    if srx and segmenter != "srx":
        raise click.UsageError("--srx works with --segmenter srx")
    _check_cat(cat, cat_srx)
    if jobs and scheduler:
        raise click.UsageError("--jobs and --scheduler exclude each other (a Dask cluster has its own workers)")
    options = RunOptions(
        src_lang=src_lang, tgt_lang=tgt_lang, formats=formats, glossaries=glossary,
        segmenter=segmenter, srx=srx,
        aligner=aligner, review_threshold=review_threshold, include_unsure=include_unsure, cat=cat,
        cat_srx=cat_srx, jobs=jobs, scheduler=scheduler, terms=TermOptions(min_confidence=min_confidence),
    )
    report = run_corpus(corpus, out, options, _progress(quiet), store=store)
    totals: dict[str, object] = {"pairs": len(report.pairs), "aligned": report.aligned, "reused": report.reused}
    # What the files hold: units merged as duplicates are not counted (the report says how many were).
    written = {fmt: stats["units"] for fmt, stats in report.export_stats.items()}
    if written:
        counts = set(written.values())
        totals["units exported"] = counts.pop() if len(counts) == 1 else " / ".join(
            f"{n} ({fmt})" for fmt, n in written.items())
    totals |= {
        "held for review": report.held_for_review,
        "orphans": len(report.orphans),
        "skipped": len(report.skips),
    }
    if report.glossary is not None:
        totals["glossary entries"] = len(report.glossary)
        for message in report.glossary.messages:
            click.echo(f"glossary: {message}", err=True)
    click.echo(", ".join(f"{v} {k}" for k, v in totals.items()))
    for edits in report.edits:
        click.echo(edits.message() if edits.kept else f"warning: {edits.message()}", err=True)
    for name, path in report.outputs.items():
        click.echo(f"{'kept' if name in report.kept else 'wrote'} {path}")
    why = report.nothing_exported(review_threshold)
    if why:
        raise click.ClickException(f"no unit exported: {why}")


@cli.command("segment")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--lang", required=True, help="Language of the text (BCP 47), e.g. en-GB or ru.")
@click.option("--srx", type=click.Path(exists=True, dir_okay=False), help="Segment with this SRX rule file.")
@click.option("--jsonl", is_flag=True, help="Each input line is a JSON object with a 'text' key.")
@click.option("--explain", is_flag=True, help="Show which rule made or refused each break.")
def segment_command(file, lang, srx, jsonl, explain):
    """Split text into sentences: one paragraph per input line, one sentence per output line."""
    segmenter = get_segmenter("srx", **({"srx_path": srx} if srx else {}))
    for line in segment_stream(file, lang, segmenter, jsonl=jsonl, explain=explain, source="-" if file.name == "<stdin>" else file.name):
        click.echo(line)


def _print_stats(stats, out, fmt: str) -> None:
    # The format is said: .xlf and .xliff are used for both XLIFF versions.
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in stats.as_dict().items() if v or k == "units")
    click.echo(f"{counts}; wrote {out} ({FORMATS.get(fmt).title})")


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_names_option("--format", "fmt", registry=FORMATS, help="Output format, one of: {names} (default: from -o).")
@_direction
def import_command(files, out, fmt, src_lang, tgt_lang):
    """Merge bilingual files (TMX, XLIFF, PO, anything translate-toolkit reads) into one TM file."""
    fmt = fmt or _format_from_suffix(out)
    units = itertools.chain.from_iterable(read_units(f, src_lang=src_lang, tgt_lang=tgt_lang) for f in files)
    _print_stats(export_units(units, out, fmt, ExportHeader(src_lang, tgt_lang)), out, fmt)


@cli.command("export")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@_names_option("--format", "fmt", registry=FORMATS, help="Output format, one of: {names} (default: from -o).")
@_direction
@_names_option("--cat", metavar="TOOL", registry=CAT_PRESETS,
               help="Re-cut units the way this CAT tool's default segmentation cuts the source, one of: {names}; "
                    "see docs/formats.md.")
@click.option("--cat-srx", type=click.Path(exists=True, dir_okay=False),
              help="Re-cut units along this SRX file (a CAT tool's own rules).")
@click.option("--include-unsure", is_flag=True, help="From a store: also the beads held for review.")
@click.option("--no-merge", is_flag=True, help="Keep exact duplicates as separate units.")
def export_command(source, out, fmt, src_lang, tgt_lang, cat, cat_srx, include_unsure, no_merge):
    """Write the units of a store, a run folder (its TMX) or a TM file, in any format and direction."""
    fmt = fmt or _format_from_suffix(out)
    _check_cat(cat, cat_srx)
    rules = cat_rules(cat, cat_srx)  # an unknown tool is an error before anything is read
    if is_store(source):
        with Store.open(source, create=False) as store:
            src_lang, tgt_lang = resolve_languages(src_lang, tgt_lang, store.languages())
            units = list(store.units(src_lang, tgt_lang, include_unsure))
    else:
        resolve_languages(src_lang, tgt_lang, ())
        units = read_units(_run_tmx(source) if source.is_dir() else source, src_lang=src_lang, tgt_lang=tgt_lang)
    header = ExportHeader(src_lang, tgt_lang)
    units = fit_units(units, srx_split(rules, src_lang)) if rules else item_texts(units)
    _print_stats(export_units(units, out, fmt, header, merge_duplicates=not no_merge), out, fmt)


def _check_cat(cat: str | None, cat_srx: str | None) -> None:
    if cat and cat_srx:
        raise click.UsageError("--cat and --cat-srx exclude each other (--cat TOOL is that tool's own rules)")


def _format_from_suffix(path: Path) -> str:
    by_suffix = {f".{exporter.extension}": name for name, exporter in FORMATS}
    if path.suffix.lower() not in by_suffix:
        raise click.UsageError(f"cannot tell the format from {path.name!r}: give --format")
    return by_suffix[path.suffix.lower()]


def _run_tmx(folder: Path) -> Path:
    found = sorted(folder.glob("*.tmx"))
    if len(found) != 1:
        raise click.UsageError(f"{folder}: expected one run TMX in the folder, found {len(found)}")
    return found[0]


@cli.command("align")
@click.argument("src", required=False, type=click.Path(exists=True, dir_okay=False))
@click.argument("tgt", required=False, type=click.Path(exists=True, dir_okay=False))
@_direction
@_names_option("--aligner", registry=ALIGNERS, default=_DEFAULTS.aligner, show_default=True, help=_ALIGNER_HELP)
@click.option("--jsonl", type=click.Path(exists=True, dir_okay=False),
              help='Align the documents of a JSONL file: {"id", "src": [...], "tgt": [...]} per line.')
def align_command(src, tgt, src_lang, tgt_lang, aligner, jsonl):
    """Align two files of one sentence per line; print one bead per line: [i, …]:[j, …]<TAB>confidence."""
    if jsonl and (src or tgt):
        raise click.UsageError("give either SRC and TGT or --jsonl FILE")
    if jsonl:
        lines, warnings = align_jsonl(jsonl, src_lang, tgt_lang, aligner)
    elif src and tgt:
        lines, warnings = align_files(src, tgt, src_lang, tgt_lang, aligner)
    else:
        raise click.UsageError("give SRC and TGT (one sentence per line) or --jsonl FILE")
    for line in lines:
        click.echo(line)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)


@cli.command("eval-align")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
def eval_align_command(gold, pred):
    """Strict and lax precision, recall and F1 of PRED beads against GOLD (Vecalign's definitions)."""
    click.echo(evaluate_files(gold, pred).table())


DEFAULT_STORE = Path("exports") / STORE_NAME
_store_option = click.option(
    "--store", "store_path", default=DEFAULT_STORE, show_default=True,
    type=click.Path(dir_okay=False, path_type=Path), help="The translation memory (written by `tmtool run`).")


@cli.command("lookup")
@click.argument("text")
@click.option("--lang", help="Language of TEXT (default: guessed from its script).")
@click.option("--min-score", type=click.FloatRange(0, 100), default=70, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the matches as JSON.")
@_store_option
def lookup_command(text, lang, min_score, limit, as_json, store_path):
    """Fuzzy matches for TEXT in the translation memory, ranked like a CAT tool's match percentage."""
    with Store.open(store_path, create=False) as store:
        result = lookup_result(store, text, lang, min_score, limit)
    if as_json:
        click.echo(json.dumps([match_record(m) for m in result.matches], ensure_ascii=False, indent=2))
    else:
        click.echo(matches_table(result))


@cli.command("concordance")
@click.argument("phrase")
@click.option("--lang", help="Language of PHRASE (default: guessed from its script).")
@click.option("--json", "as_json", is_flag=True, help="Print the units as JSON, with the phrase's spans.")
@_store_option
def concordance_command(phrase, lang, as_json, store_path):
    """Every unit holding PHRASE (Russian in any word form), with its translation."""
    with Store.open(store_path, create=False) as store:
        hits = concordance(store, phrase, lang)
    if as_json:
        click.echo(json.dumps([hit_record(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        click.echo(hits_table(hits, phrase))


@cli.command("review")
@click.argument("store_path", metavar="STORE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the HTML review page.")
@click.option("--accept", multiple=True, metavar="BEAD_ID", help="Accept a bead (kept across re-runs).")
@click.option("--reject", multiple=True, metavar="BEAD_ID", help="Reject a bead: it never reaches an export.")
@click.option("--clear", multiple=True, metavar="BEAD_ID", help="Withdraw a decision.")
@click.option("--serve", is_flag=True, help="Run the editor: a web page to review and fix beads (Ctrl-C stops it).")
@click.option("--port", type=click.IntRange(0, 65535), default=8016, show_default=True,
              help="With --serve: the port (0: any free one).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="With --serve: the address to listen on; anything but loopback lets other machines edit.")
@click.option("--export", "sheet_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the review spreadsheet (.xlsx): a row per bead, the two sides and a decision column.")
@click.option("--import", "sheet_in", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Apply a review spreadsheet's decisions; a changed text becomes an edited unit.")
def review_command(store_path, out, accept, reject, clear, serve, port, host, sheet_out, sheet_in):
    """Record reviewers' decisions on beads, write the review page or spreadsheet, or run the editor."""
    if not (out or accept or reject or clear or serve or sheet_out or sheet_in):
        raise click.UsageError("give -o FILE, --serve, --export/--import FILE.xlsx and/or "
                               "--accept/--reject/--clear BEAD_ID")
    if serve:
        if out or accept or reject or clear or sheet_out or sheet_in:
            raise click.UsageError("--serve runs the editor alone")
        server = make_server(store_path, host, port)
        click.echo(f"The editor of {store_path} is at {server.url} (Ctrl-C stops it)")
        with server:
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass
        return
    with Store.open(store_path, create=False) as store:
        for decision, bead_ids in (("accepted", accept), ("rejected", reject), (None, clear)):
            for bead_id in bead_ids:
                click.echo(decision_line(store.set_review(bead_id, decision)))
        if sheet_in:
            click.echo(read_review_sheet(store, sheet_in).summary())
        if sheet_out:
            click.echo(f"wrote {sheet_out}: {write_review_sheet(store, sheet_out)} beads")
        if out:
            click.echo(write_review_html(store, out).summary())


_GLOSSARY_SUFFIXES = {".tbx": "tbx", ".csv": "csv", ".tsv": "tsv", ".txt": "tsv", ".tab": "tsv", ".utf8": "tsv"}


@cli.command("terms")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@_direction
@click.option("--min-freq", type=click.IntRange(1), default=TermOptions().min_freq, show_default=True,
              help="Fewest occurrences of a term pair.")
@click.option("--top", type=click.IntRange(1), help="Keep only the N best entries.")
@_min_confidence_option
@click.option("--stoplist", type=click.Path(exists=True, dir_okay=False), help="Terms to leave out, one per line.")
@click.option("--seed", type=click.Path(exists=True, dir_okay=False),
              help="Known entries (TSV, CSV or TBX) linked before anything else.")
@_names_option("--format", "fmt", registry=GLOSSARY_FORMATS,
               help="Glossary format, one of: {names} (default: from the -o extension, else tbx).")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the glossary here.")
@click.option("--check", is_flag=True, help="List the terms translated more than one way, one rendering a line: "
                                            "term, its language, rendering, units, releases, unit ids.")
def terms_command(source, src_lang, tgt_lang, min_freq, top, min_confidence, stoplist, seed, fmt, out, check):
    """Extract a bilingual glossary from a corpus folder, a store, or a TMX/XLIFF/PO file."""
    if not (out or check):
        raise click.UsageError("give -o FILE and/or --check")
    fmt = fmt or _GLOSSARY_SUFFIXES.get(out.suffix.lower() if out else "", "tbx")
    options = TermOptions(
        min_freq=min_freq, top=top, min_confidence=min_confidence,
        stoplist=read_stoplist(stoplist) if stoplist else frozenset(),
        seeds=read_seeds(seed, src_lang, tgt_lang) if seed else (),
    )
    glossary = terms_from_source(source, src_lang, tgt_lang, options)
    for message in glossary.messages:
        click.echo(message, err=True)
    if check:
        for found in glossary.inconsistencies:
            for rendering in found.renderings:
                click.echo(_record(found.term, found.lang, rendering.term, len(rendering.unit_ids), rendering.releases,
                                   ",".join(rendering.unit_ids)))
    if out:
        write_glossary(glossary, out, fmt)
        click.echo(f"{len(glossary)} entries, wrote {out}", err=check)  # stdout stays the check's


def main() -> None:
    # Terminated or hung up, tmtool unwinds as on Ctrl-C: a half-written output's temporary
    # file is removed and an open store transaction rolled back (the default would kill it).
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):  # no SIGHUP on Windows
        if sig is not None:
            signal.signal(sig, _stop)
    cli(prog_name="tmtool")


def _stop(signum: int, frame) -> None:
    raise SystemExit(128 + signum)
