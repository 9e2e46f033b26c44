"""The README's "Architecture" section says true things about the tree."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from fresh_python import run_python

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Architecture", 1)[1]


def test_every_folder_and_module_of_the_tree_exists() -> None:
    tree = SECTION.split("```", 2)[1]
    names = re.findall(r"^  (\w+(?:/|\.py))", tree, re.MULTILINE)
    assert len(names) > 10
    missing = [name for name in names if not (ROOT / "sourcing" / name).exists()]
    assert missing == []


def test_every_path_the_section_names_exists() -> None:
    paths = set(re.findall(r"`((?:sourcing/)?[\w/]+\.(?:py|txt))`", SECTION))
    assert paths
    for path in paths:
        assert (ROOT / path).exists() or (ROOT / "sourcing" / path).exists(), path


def test_a_reporting_verb_is_one_line_of_cue_verbs_extra(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "sourcing", tmp_path / "sourcing",
                    ignore=shutil.ignore_patterns("__pycache__"))
    probe = ("import sourcing\n"
             "report = sourcing.analyze_text('Mayor Ann Lee harrumphed that the bridge was safe.',"
             " model=None)\n"
             "print(report.statements[0].type, report.statements[0].cue)")

    def run() -> str:
        return run_python(probe, cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)}).stdout.strip()

    assert run() == "unattributed None"
    lexicon = tmp_path / "sourcing" / "lexicons" / "cue_verbs_extra.txt"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "harrumphed\n", encoding="utf-8")
    assert run() == "named_official harrumphed"
