"""Train NLTK Punkt on a fixed sample of news text and write its parameters as data files.

Usage:
    python scripts/train_punkt.py [--corpus PATH] [--articles 3000] [--out sourcing/data/punkt]

The sample is deterministic: every article of the AllSides corpus whose id is not a gold
document, taken at an even stride over the id-sorted file until `--articles` are read. The
learned abbreviations, collocations, sentence starters and orthographic context are written
sorted, one entry a line, so a retrain shows as a readable diff. sourcing/segment.py merges
the abbreviations with the hand-written lexicon punkt_abbreviations.txt.
"""

from __future__ import annotations

import argparse
import json
import lzma
import sys
from collections.abc import Iterator
from pathlib import Path

from nltk.tokenize.punkt import PunktParameters, PunktTrainer

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/allsides/articles.jsonl.xz")
GOLD_TEXTS = ROOT / "data" / "gold" / "train_texts.jsonl"
TOTAL_ARTICLES = 37554  # lines of the corpus file; the stride is computed from it
# Orthographic context is kept only for word types seen at least this often (keeps the file small).
MIN_ORTHO_COUNT = 3


def gold_ids() -> set[str]:
    """Return the ids of the gold documents, which must not be in the training sample."""
    if not GOLD_TEXTS.exists():
        return set()
    lines = GOLD_TEXTS.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["id"] for line in lines if line.strip()}


def sample_texts(corpus: Path, articles: int, skip: set[str]) -> Iterator[str]:
    """Yield the text of every stride-th article not in `skip`, up to `articles` texts."""
    stride = max(1, TOTAL_ARTICLES // articles)
    taken = 0
    with lzma.open(corpus, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % stride:
                continue
            row = json.loads(line)
            if row["id"] in skip or not row.get("text"):
                continue
            yield row["text"]
            taken += 1
            if taken >= articles:
                return


def train(texts: Iterator[str]) -> tuple[PunktParameters, dict[str, int]]:
    """Train Punkt incrementally; return its parameters and the word-type counts."""
    trainer = PunktTrainer()
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    # PunktTrainer has no public accessor for its word-type counts.
    counts = dict(trainer._type_fdist.items())
    return trainer.get_params(), counts


def write_list(path: Path, header: str, entries: list[str]) -> None:
    path.write_text(header + "".join(f"{entry}\n" for entry in entries), encoding="utf-8")


def write_params(out: Path, params: PunktParameters, counts: dict[str, int], source: str) -> None:
    """Write the four parameter files under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    note = f"# Learned by scripts/train_punkt.py (NLTK PunktTrainer) from {source}.\n"
    write_list(
        out / "abbreviations.txt",
        note + "# Abbreviation types, lower case, no final period.\n",
        sorted(params.abbrev_types),
    )
    write_list(
        out / "collocations.txt",
        note + "# Word pairs a period between does not split: first<TAB>second.\n",
        sorted(f"{a}\t{b}" for a, b in params.collocations),
    )
    write_list(
        out / "sentence_starters.txt",
        note + "# Words that frequently start a sentence.\n",
        sorted(params.sent_starters),
    )
    ortho = sorted(
        f"{typ}\t{flags}"
        for typ, flags in params.ortho_context.items()
        if counts.get(typ, 0) + counts.get(typ + ".", 0) >= MIN_ORTHO_COUNT and "\t" not in typ
    )
    write_list(
        out / "ortho_context.txt",
        note
        + "# Orthographic context (Punkt flag bits) of types seen at least "
        + f"{MIN_ORTHO_COUNT} times: type<TAB>flags.\n",
        ortho,
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "sourcing" / "data" / "punkt")
    args = parser.parse_args()
    source = (
        f"{args.articles} articles of the AllSides corpus ({args.corpus.name}, every "
        f"{max(1, TOTAL_ARTICLES // args.articles)}th by id, gold documents left out)"
    )
    params, counts = train(sample_texts(args.corpus, args.articles, gold_ids()))
    write_params(args.out, params, counts, source)
    print(
        f"abbreviations {len(params.abbrev_types)}  collocations {len(params.collocations)}  "
        f"sentence starters {len(params.sent_starters)}  ortho types {len(params.ortho_context)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
