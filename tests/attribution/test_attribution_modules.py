"""The attribution package's modules: the entry keeps its names, no part imports the module it
was split from, and no import goes in a circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sourcing.attribution import attribute, context, cues, lexicon_phrases

PACKAGE = Path(attribute.__file__).parent
PREFIX = "sourcing.attribution."

# The steps of attribute_statements, each its own module.
STEPS = [
    "context",
    "sourced",
    "named_descriptions",
    "reference_agreement",
    "pronoun_antecedents",
    "reference_fallback",
    "references",
    "poll_figures",
    "survey_documents",
    "embedded_posts",
    "post_credits",
    "carried_blocks",
    "carry_over",
    "quotation_speakers",
]


def imported_siblings(module: str) -> set[str]:
    """The modules of sourcing.attribution that `module` imports at its top level."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PREFIX):
            found.add(node.module.removeprefix(PREFIX))
    return found


def test_the_entry_keeps_the_names_others_import() -> None:
    assert callable(attribute.attribute_statements)
    assert attribute.Attributed is context.Attributed
    assert attribute.text_views is context.text_views


@pytest.mark.parametrize("module", STEPS)
def test_a_step_never_imports_the_entry(module: str) -> None:
    assert "attribute" not in imported_siblings(module)


def test_no_module_of_the_package_imports_itself_through_others() -> None:
    modules = [path.stem for path in PACKAGE.glob("*.py") if path.stem != "__init__"]
    graph = {module: imported_siblings(module) for module in modules}
    assert set(STEPS) <= set(graph)

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for following in graph.get(start, ()):
            if following == target or (
                following not in seen and reaches(following, target, seen | {following})
            ):
                return True
        return False

    assert [module for module in modules if reaches(module, module, set())] == []


# Modules split into parts of one purpose each (a pure move), and their parts.
PARTS = {
    "cues": ["lexicon_phrases", "cue_patterns", "citation_cues", "subject_cues", "record_cues",
             "line_shape_cues"],
    "subjects": ["verb_adverbs", "following_phrases", "appositives", "leading_clauses",
                 "initial_subjects"],
    "mentions": ["outlet_mentions", "record_mentions", "person_mentions", "organization_mentions"],
    "decide": ["decisions", "cue_mentions", "journalist_names", "speaker_labels", "closing_cues",
               "relays"],
}


@pytest.mark.parametrize(
    ("whole", "part"), [(whole, part) for whole, parts in PARTS.items() for part in parts]
)
def test_a_part_never_imports_the_module_it_was_split_from(whole: str, part: str) -> None:
    assert whole not in imported_siblings(part)


def test_cues_keeps_the_phrase_search_other_packages_import() -> None:
    names = ("find_phrases", "has_phrase", "phrase_pattern")
    assert [getattr(cues, name) for name in names] == [getattr(lexicon_phrases, name) for name in names]
