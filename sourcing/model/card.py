"""Write the model card (MODEL_CARD.md): the model, its data, figures, targets and limits.

The prose is in `sourcing/data/model_card.md`; this module fills in the build's figures.
"""

from __future__ import annotations

from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from sourcing.evaluation import summary
from sourcing.model.calibration import reliability_markdown
from sourcing.model.training import Comparison, comparison_markdown

if TYPE_CHECKING:  # the builder imports this module
    from sourcing.model.build import GoldPaths

CARD_FILE = "MODEL_CARD.md"
# The targets for grouped cross-validation: (figure, threshold, higher is better).
TARGETS = (("accuracy", 0.88, True), ("macro_f1", 0.83, True), ("unnamed_source_f1", 0.83, True),
           ("share_mae", 0.04, False), ("attribution_f1", 0.95, True), ("source_agreement", 0.85, True))
# The card's prose, with $-placeholders (string.Template) filled by `render_card`: the card
# and its calibration section. `${figures}` is empty or ends with a blank line.
TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "data"
CARD_TEMPLATE = "model_card.md"
CALIBRATION_TEMPLATE = "model_card_calibration.md"


def calibration_section(comparison: Comparison, temperature: float, mapping: tuple[float, float]) -> str:
    """The reliability of `confidence` on one comparison, rules alone beside the final analyzer."""
    return _template(CALIBRATION_TEMPLATE).substitute(
        name=comparison.name, temperature=f"{temperature:.3f}", a=f"{mapping[0]:.3f}", b=f"{mapping[1]:.3f}",
        final="\n".join(reliability_markdown(comparison.model.confidences)),
        rules="\n".join(reliability_markdown(comparison.rules.confidences)))


def _template(name: str) -> Template:
    return Template((TEMPLATE_DIR / name).read_text(encoding="utf-8"))


def _shown(path: Path) -> str:
    """A path relative to the repository when it lies inside it."""
    import sourcing

    root = Path(sourcing.__file__).resolve().parent.parent
    return path.resolve().relative_to(root).as_posix() if path.resolve().is_relative_to(root) else path.as_posix()


def target_lines(grouped: Comparison) -> list[str]:
    """Say, for each target, the measured figure and whether it is met."""
    rules, model = summary(grouped.rules), summary(grouped.model)
    lines = []
    for key, threshold, higher in TARGETS:
        value, before = (_figure(figures, key) for figures in (model, rules))
        met = value >= threshold if higher else value <= threshold
        sign = ">=" if higher else "<="
        lines.append(f"- {key}: {value:.3f} (rules alone {before:.3f}; target {sign} {threshold}) "
                     f"{'met' if met else 'NOT MET'}")
    return lines


def _figure(figures: dict[str, object], key: str) -> float:
    if key == "unnamed_source_f1":
        return float(figures["per_type"]["unnamed_source"]["f1"])  # type: ignore[index]
    return float(figures[key])  # type: ignore[arg-type]


def render_card(
    version: str, notes: dict[str, object], paths: GoldPaths, examples_by_type: object, outlets: int,
    comparisons: list[Comparison],
) -> str:
    """Write the model card in Markdown."""
    libraries = ", ".join(f"{k} {v}" for k, v in notes["libraries"].items())  # type: ignore[attr-defined]
    figures = [comparison_markdown(comparison) for comparison in comparisons]
    grouped = next((c for c in comparisons if c.name.startswith("grouped")), None)
    if grouped is not None:
        figures += ["## Targets (grouped CV)", "", *target_lines(grouped), ""]
        figures.append(calibration_section(grouped, float(notes["temperature"]),  # type: ignore[arg-type]
                                           tuple(notes["confidence_map"])))  # type: ignore[arg-type]
    return _template(CARD_TEMPLATE).substitute(
        version=version, trained=notes["trained"], seed=notes["seed"], libraries=libraries,
        training=", ".join(f"`{_shown(gold)}`" for gold, _ in paths.train),
        training_articles=notes["training_articles"], outlets=outlets,
        training_statements=notes["training_statements"], examples_by_type=examples_by_type,
        test_gold=_shown(paths.test_gold), figures="".join(f"{block}\n" for block in figures))
