"""Check teacher keys against gold: the share of keyed answers that agree with GUIDELINES.

Every statement a key.json answer rests on (classify, trace a relay, name the source, the
anonymous statements listed, the statements of an IMVAIN source) is one keyed item: its
keyed type against the gold type of the statement holding it. "Strict" counts the gold
`type`; "defensible" also counts a type the gold gives in `alt` (GUIDELINES rule 12). Relays
("Passed on by") are checked against the gold `via`, reasons ("reason given") against the
gold `anonymity_reason` where the gold has one.

Articles with no gold are checked against a reader's judgement instead: `--readings FILE`
(JSONL, one row per keyed statement: `id`, `statement`, `text`, the reader's `reading` and
`alt` under GUIDELINES, the `rule` that decides, `reason_reading` for anonymous statements,
`source_ok` false where the key names the wrong source, with that source in `source_keyed`).
A keyed item counts when its article id, statement index and text match a row, or else when
its text is exactly the text of one row of that article and of no other (the statement
moved when sentences were split anew: the same sentence, read once); any other keyed item
is listed as unread, so a key generated after the analyzer changed shows what still needs a
reader.

A statement the analyzer split off a gold sentence ("... peace mission?" | "Pompeo told
reporters.") holds no gold offset; it is checked against the gold row of the sentence it
was split from (the last gold statement before it) and counted as `split`.

Usage:
    python -m sourcing exercise seeds/003_18ff2beae2687fe6.txt -o keys/003 --level advanced
    python scripts/key_agreement.py keys/*/key.json --gold data/gold/seeds.jsonl \
        --texts seeds [--json figures.json] [--list]
    python scripts/key_agreement.py keys/*/key.json --readings docs/exercise_agreement_heldout.jsonl

One command, keys made afresh (advanced level, seed 0, one key per article, as the readings
were taken) from the corpus for every article of a readings file:
    python scripts/key_agreement.py --readings docs/exercise_agreement_heldout2.jsonl \
        --corpus ../shared/corpus/allsides/articles.jsonl.xz [--keys-out keys2] --list
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sourcing.evaluation import GoldRow, load_gold, load_texts

REASON_GIVEN = "reason given"


def keyed_items(key: dict[str, Any]) -> list[dict[str, Any]]:
    """Return one item per (article, statement) an answer rests on, with its keyed facts."""
    items: dict[tuple[int, int], dict[str, Any]] = {}
    for question in key["questions"]:
        for proof in question["evidence"]:
            item = items.setdefault((proof["article"], proof["statement"]), {
                "article": proof["article"], "statement": proof["statement"],
                "start": proof["start"], "end": proof["end"], "type": proof["type"],
                "text": proof["text"], "source": proof.get("source"), "kinds": [], "via": None,
                "reason": None,
            })
            item["kinds"].append(question["kind"])
            if question["kind"] == "trace_relay":
                item["via"] = question["answer"][1].removeprefix("Passed on by: ")
            if question["kind"] == "find_anonymous":
                line = next(a for a in question["answer"] if a.startswith(f"[{proof['statement']}]"))
                item["reason"] = f"] {REASON_GIVEN}" in line
    return list(items.values())


def gold_for(item: dict[str, Any], rows: list[GoldRow]) -> GoldRow | None:
    """Return the gold statement row inside the keyed statement's span, if any."""
    inside = [r for r in rows if r.role == "statement" and item["start"] <= r.offset < item["end"]]
    return inside[0] if inside else None


def split_from(item: dict[str, Any], rows: list[GoldRow], text: str) -> GoldRow | None:
    """Return the gold sentence a keyed statement was split from: the last gold row before it,
    when only one line of text (no paragraph break) and no other gold row lie between."""
    before = [r for r in rows if r.offset < item["start"]]
    if not before or before[-1].role != "statement" or "\n\n" in text[before[-1].offset : item["start"]]:
        return None
    return before[-1]


def doc_name(article: dict[str, Any], gold: dict[str, list[GoldRow]]) -> str | None:
    """Return the gold document name of a key's article (by id, else by file name)."""
    for name in (f"{article.get('id')}.txt", Path(article.get("path") or "").name):
        if name in gold:
            return name
    return None


def same_via(gold: str | None, keyed: str | None) -> bool:
    if not gold or not keyed:
        return not gold and not keyed
    return gold.casefold() in keyed.casefold() or keyed.casefold() in gold.casefold()


def check(keys: list[Path], gold: dict[str, list[GoldRow]], texts: dict[str, Any]) -> dict[str, Any]:
    """Compare every keyed item of `keys` with the gold; return counts and the item list."""
    figures: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    listed = []
    for path in keys:
        key = json.loads(path.read_text(encoding="utf-8"))
        for item in keyed_items(key):
            article = key["articles"][item["article"]]
            name = doc_name(article, gold)
            row = gold_for(item, gold[name]) if name else None
            document = texts.get(name) if name else None
            if name and document is not None and row is None:
                row = split_from(item, gold[name], document.text)
                figures["split"] += row is not None
            if row is None or document is None:
                figures["no_gold"] += 1
                continue
            assert document.text[item["start"] : item["end"]] == item["text"], (path, item)
            strict = row.type == item["type"]
            defensible = strict or item["type"] in row.alt
            figures["items"] += 1
            figures["strict"] += strict
            figures["defensible"] += defensible
            for kind in set(item["kinds"]):
                counts = by_kind.setdefault(kind, Counter())
                counts["items"] += 1
                counts["strict"] += strict
                counts["defensible"] += defensible
            if item["via"] is not None:
                figures["vias"] += 1
                figures["vias_agree"] += same_via(row.via, item["via"])
            if item["reason"] is not None and row.type == "unnamed_source" and row.anonymity_reason is not None:
                figures["reasons"] += 1
                figures["reasons_agree"] += item["reason"] == bool(row.anonymity_reason)
            listed.append({"key": str(path), "doc": name, "statement": item["statement"],
                           "keyed": item["type"], "gold": row.type, "alt": list(row.alt),
                           "agree": "strict" if strict else "alt" if defensible else "no",
                           "kinds": sorted(set(item["kinds"])), "text": item["text"][:120]})
    return {"figures": dict(figures), "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
            "items": listed}


def load_readings(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """Read a reader's judgements, by (article id, statement index)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {(row["id"], row["statement"]): row for row in rows}


def reading_of(item: dict[str, Any], article_id: str, readings: dict[tuple[str, int], dict[str, Any]],
               by_text: dict[tuple[str, str], list[dict[str, Any]]]) -> dict[str, Any] | None:
    """Return the reading of a keyed statement: the row of its index when the texts agree, else
    the one row of the article with exactly its text (None when there is none, or several)."""
    row = readings.get((article_id, item["statement"]))
    if row is not None and item["text"].startswith(row["text"]):
        return row
    same = by_text.get((article_id, item["text"]), [])
    return same[0] if len(same) == 1 else None


def rows_by_text(readings: dict[tuple[str, int], dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Group the reading rows by (article id, statement text)."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for (article_id, _), row in readings.items():
        grouped.setdefault((article_id, row["text"]), []).append(row)
    return grouped


def check_readings(keys: list[Path], readings: dict[tuple[str, int], dict[str, Any]]) -> dict[str, Any]:
    """Compare every keyed item of `keys` with the reader's judgement of that statement."""
    figures: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    listed, unread = [], []
    by_text = rows_by_text(readings)
    for path in keys:
        key = json.loads(path.read_text(encoding="utf-8"))
        for item in keyed_items(key):
            article = key["articles"][item["article"]]
            row = reading_of(item, article.get("id") or "", readings, by_text)
            if row is None:
                unread.append({"key": str(path), "id": article.get("id"),
                               "statement": item["statement"], "keyed": item["type"]})
                continue
            if row["statement"] != item["statement"]:
                figures["moved"] += 1  # matched by its text: the statement's index changed since read
            strict = row["reading"] == item["type"]
            defensible = strict or item["type"] in row.get("alt", [])
            figures["items"] += 1
            figures["strict"] += strict
            figures["defensible"] += defensible
            if row.get("source_ok") is False and "source_keyed" in row and row["source_keyed"] != item["source"]:
                figures["source_changed"] += 1  # the key names another source than when read
            else:
                figures["source_wrong"] += defensible and row.get("source_ok") is False
            for kind in set(item["kinds"]):
                counts = by_kind.setdefault(kind, Counter())
                counts["items"] += 1
                counts["strict"] += strict
                counts["defensible"] += defensible
            if item["reason"] is not None and row.get("reason_reading") is not None:
                figures["reasons"] += 1
                figures["reasons_agree"] += item["reason"] == row["reason_reading"]
            listed.append({"key": str(path), "doc": article.get("id"), "statement": item["statement"],
                           "keyed": item["type"], "gold": row["reading"], "alt": row.get("alt", []),
                           "agree": "strict" if strict else "alt" if defensible else "no",
                           "rule": row.get("rule"), "kinds": sorted(set(item["kinds"])),
                           "text": item["text"][:120]})
    return {"figures": dict(figures), "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
            "items": listed, "unread": unread}


def generate_keys(ids: set[str] | list[str], corpus: Path, level: str, seed: int, out: Path,
                  listing: Path | None = None) -> list[Path]:
    """Analyze the corpus articles `ids` and write one key.json per article under `out` (and,
    with `listing`, every statement of each article with the keyed ones marked, in the order
    of `ids`; see `blind_listing`)."""
    from sourcing.api import read_inputs
    from sourcing.exercises import build_exercises, exercise_files
    from sourcing.pipeline import analyze

    wanted = set(ids)
    documents = {d.id: d for d in read_inputs(corpus) if d.id in wanted}
    missing = sorted(wanted - set(documents))
    if missing:
        raise SystemExit(f"not in {corpus}: {', '.join(missing)}")
    paths, parts = [], []
    for article_id in sorted(wanted) if isinstance(ids, set) else ids:
        report = analyze(documents[article_id])
        files = exercise_files(build_exercises([report], level, seed))
        path = out / article_id / "key.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files["key.json"], encoding="utf-8")
        paths.append(path)
        parts.append(blind_listing(report, {i["statement"] for i in keyed_items(json.loads(files["key.json"]))}))
    if listing is not None:
        listing.write_text("\n".join(parts), encoding="utf-8")
    return paths


def blind_listing(report: Any, keyed: set[int]) -> str:
    """Every statement of `report`, numbered, the `keyed` ones marked `**`, a blank line between
    paragraphs; no type, source or reason, so a reader can read the keyed ones before the key."""
    document = report.document
    lines = [f"===== {document.id} | {document.outlet} | keyed {len(keyed)}"]
    end = 0
    for statement in report.statements:
        if "\n" in document.text[end : statement.span.start]:
            lines.append("")
        end = statement.span.end
        mark = "**" if statement.index in keyed else "  "
        lines.append(f"{mark}[{statement.index}] {statement.text}")
    return "\n".join(lines) + "\n"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("keys", type=Path, nargs="*", help="key.json files")
    parser.add_argument("--gold", type=Path, action="append", default=[], help="gold JSONL")
    parser.add_argument("--texts", type=Path, action="append", default=[],
                        help="folder of .txt or JSONL with id/text (as for evaluate.py)")
    parser.add_argument("--readings", type=Path,
                        help="a reader's judgements (JSONL) instead of --gold and --texts")
    parser.add_argument("--json", type=Path, help="also write figures and items here")
    parser.add_argument("--list", action="store_true", help="print every disagreeing item")
    parser.add_argument("--corpus", type=Path,
                        help="with --readings and no keys: make the keys of the readings' "
                             "articles from this corpus (JSONL, .jsonl.xz) first")
    parser.add_argument("--level", default="advanced", help="level of the keys made (advanced)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the keys made (0)")
    parser.add_argument("--keys-out", type=Path, help="keep the keys made here (default: a temporary folder)")
    parser.add_argument("--ids", type=Path, help="with --corpus and --listing: article ids, one a line, "
                                                 "instead of --readings (a new draw)")
    parser.add_argument("--listing", type=Path, help="with --corpus: also write the articles' statements "
                                                     "with the keyed ones marked, no keyed type or source")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="keys-") as scratch:
        if args.corpus and args.ids and args.listing:
            ids = [line.strip() for line in args.ids.read_text(encoding="utf-8").splitlines() if line.strip()]
            generate_keys(ids, args.corpus, args.level, args.seed, args.keys_out or Path(scratch), args.listing)
            print(f"listing of {len(ids)} articles written to {args.listing}")
            return 0
        if args.corpus and args.readings and not args.keys:
            readings = load_readings(args.readings)
            out = args.keys_out or Path(scratch)
            args.keys = generate_keys({i for i, _ in readings}, args.corpus, args.level, args.seed, out,
                                      args.listing)
            print(f"keys of {len(args.keys)} articles made" + (f" in {out}" if args.keys_out else ""))
        return report(parser, args)


def report(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Check the keys of `args` and print (and write) the figures."""
    if not args.keys:
        parser.error("give key.json files, or --readings with --corpus")
    if args.readings:
        result = check_readings(args.keys, load_readings(args.readings))
        f = result["figures"]
        print(f"keyed statements checked against a reading: {f.get('items', 0)} "
              f"(unread: {len(result['unread'])}; agreeing type, wrong source named: "
              f"{f.get('source_wrong', 0)}; wrong source when read, another one now: "
              f"{f.get('source_changed', 0)})")
        if f.get("moved"):
            print(f"  of them read at another index, matched by their text: {f['moved']}")
    elif args.gold and args.texts:
        gold: dict[str, list[GoldRow]] = {}
        for path in args.gold:
            gold |= load_gold(path)
        result = check(args.keys, gold, load_texts(args.texts))
        f = result["figures"]
        print(f"keyed statements checked against gold: {f.get('items', 0)} "
              f"(no gold row: {f.get('no_gold', 0)}; split from a gold sentence: {f.get('split', 0)})")
    else:
        parser.error("give --readings, or --gold and --texts")
    print(f"  agree (type):                 {_share(f.get('strict', 0), f.get('items', 0))}")
    print(f"  agree (type or alt):          {_share(f.get('defensible', 0), f.get('items', 0))}")
    print(f"  relays, 'passed on by' = via: {_share(f.get('vias_agree', 0), f.get('vias', 0))}")
    print(f"  'reason given' agrees:        {_share(f.get('reasons_agree', 0), f.get('reasons', 0))}")
    for kind, counts in result["by_kind"].items():
        print(f"  {kind:15} {_share(counts['strict'], counts['items'])} strict, "
              f"{_share(counts['defensible'], counts['items'])} with alt")
    if args.list:
        for item in result["items"]:
            if item["agree"] == "no":
                print(f"  DISAGREE {item['doc']} [{item['statement']}] keyed {item['keyed']}, "
                      f"gold {item['gold']} {item['alt']}: {item['text']}")
        for item in result.get("unread", []):
            print(f"  UNREAD {item['id']} [{item['statement']}] keyed {item['keyed']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
