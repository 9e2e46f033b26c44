"""Write the model card (MODEL_CARD.md): the model, its data, figures, targets and limits."""

from __future__ import annotations

from pathlib import Path
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
# Figures of main before issue 15 (scripts/evaluate.py, rules + the model trained on train.jsonl
# / rules alone); train2 and train3 had not been trained on, train.jsonl had (rules alone only).
BEFORE = (
    "| gold file | accuracy | macro-F1 | anonymity-share MAE |",
    "|---|---:|---:|---:|",
    "| train2.jsonl (140 articles) | 0.800 / 0.776 | 0.707 / 0.683 | 0.059 / 0.060 |",
    "| train3.jsonl (56 articles) | 0.797 / 0.771 | 0.711 / 0.684 | 0.037 / 0.039 |",
    "| seeds.jsonl (5 articles) | 0.938 / 0.969 | | |",
    "| train.jsonl (132 articles), rules alone | 0.827 | 0.769 | |",
)


def calibration_lines(comparison: Comparison, temperature: float, mapping: tuple[float, float]) -> list[str]:
    """The reliability of `confidence` on one comparison, rules alone beside the final analyzer."""
    return [f"## Calibration of `confidence` ({comparison.name})", "",
            f"Temperature {temperature:.3f}, fitted on the out-of-fold logits (likelihood: the mass on the",
            "accepted types, as in fitting); then `confidence` = 1 / (1 + exp(-(a logit(p) + b))) of the",
            f"chosen type's probability p, with a = {mapping[0]:.3f}, b = {mapping[1]:.3f} fitted on the out-of-fold",
            "decisions (whether the final type is the gold type or one of its `alt` types). Each fold's",
            "model was calibrated with the temperature and the map of the other folds only (the map of",
            "fold k is fitted on the other folds' decisions, each made with its own out-of-fold",
            "temperature). The map is needed because fitting on accepted sets splits a row's mass",
            "between its accepted types: the chosen type's probability alone understated how often it",
            "is right (ECE 0.046 with the temperature alone). Final analyzer (a statement is right when",
            "its type or one of the gold `alt` types matches):", "",
            *reliability_markdown(comparison.model.confidences), "",
            "Rules alone (fixed confidences from `Settings.rule_confidence_*`):", "",
            *reliability_markdown(comparison.rules.confidences), ""]


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
    training = ", ".join(f"`{_shown(gold)}`" for gold, _ in paths.train)
    sections = [
        f"# Model card: attribution ({version})", "",
        "Decides each statement's type and source among the candidates the rules propose",
        "(`sourcing/model/decision.py`): the rules' own source under each type of its family, a person",
        "named in the sentence, the sources of the eight statements before, or none. A linear classifier",
        "over the rules' decision and the text gives every type a probability; the most probable",
        "candidate wins. Type, source, span, via and",
        "`resolved_from` all come from that one candidate, and its type's probability is the",
        "statement's `confidence` after calibration. Intended for English news articles like the training set;",
        "`--no-model` gives the rules alone.", "",
        "## Before (main before issue 15: rules + model trained on train.jsonl / rules alone)", "",
        *BEFORE, "",
        "## Model", "",
        "- Multinomial logistic regression over feature dicts hashed with CRC-32 into 2**20 buckets;",
        "  only buckets seen in at least two training statements get a weight. Fitted on every",
        "  accepted type (`linear.fit_linear_sets`): a statement's likelihood is the probability mass on",
        "  its gold type and its `alt` types, so the model is not pushed away from a type a reader",
        "  accepts; the objective is scikit-learn's `LogisticRegression(C=1.0)` otherwise (L2 on the",
        "  weights, scipy L-BFGS to tolerance 1e-4 per row). Grouped CV against the one label (the model",
        "  of 20:50, same rules): accuracy 0.8487 -> 0.8516, macro-F1 0.7930 -> 0.7969, unnamed F1",
        "  0.7826 -> 0.7920, MAE 0.0492 -> 0.0481, source agreement 0.8468 -> 0.8490, attribution F1",
        "  0.9239 -> 0.9222; ECE 0.033 -> 0.046 with a temperature alone, 0.007 with the confidence map",
        "  (see Calibration). C = 0.5 / 2 (tolerance 1e-5): accuracy 0.8506 / 0.8511 against 0.8512.",
        "  Features (`sourcing/model/features.py`): rule type, rule",
        "  and mention kind, cue verb, form and position, source-phrase shape and lexicon words,",
        "  another outlet or the publisher, pronoun and antecedent type, quotation share, position,",
        "  neighbouring statements' rule types, hedges, words, and the narration's verbs, lexicon words",
        "  and names (outside quotations; its word bigrams were dropped, see below);",
        "  how the sentence opens (its first three words, alone and after the previous statement's",
        "  type, the first word's shape) and whether its subject is a source one of the last three",
        "  statements named. The opening features, grouped 5-fold CV on the rules of 02:50 (cached",
        "  rules-only reports, uncalibrated) on the usual split and two other outlet-balanced splits:",
        "  accuracy 0.8625 -> 0.8651, 0.8640 -> 0.8647, 0.8605 -> 0.8633; macro-F1 +0.003 / -0.000 /",
        "  +0.003; MAE -0.0015 / -0.0010 / -0.0010.",
        "  Then without the narration's word bigrams (same three splits): accuracy 0.8650 -> 0.8658,",
        "  0.8647 -> 0.8652, 0.8639 -> 0.8651; macro-F1 +0.001 / +0.002 / +0.003; unnamed F1 +0.007 /",
        "  +0.006 / +0.013; fewer features to compute.",
        "- Source-phrase classifier (`sourcing/model/phrase_types.py`): a second logistic regression, fitted",
        "  on the gold `source` phrases and their types (words, character 3-4-grams, lexicon words,",
        "  shape), gives the rules' source phrase a probability per type; these, the most probable",
        "  type crossed with the rules' type, and their agreement are features of the model above.",
        "  Each training article's phrase features come from a phrase classifier fitted without it",
        "  (5 folds); in CV the phrase classifier sees only the fold's training articles. Grouped CV",
        "  without / with it: accuracy 0.824 / 0.826, macro-F1 0.751 / 0.752, unnamed F1 0.738 / 0.752,",
        "  MAE 0.056 / 0.054, attribution F1 0.914 / 0.913, source agreement 0.816 / 0.814.",
        "- Decision: the candidate whose type is most probable wins, with no threshold in the rules'",
        "  favour (grouped CV: accuracy 0.813 / 0.818 / 0.822 when another candidate had to be 0.5-0.7 /",
        "  0.3-0.5 / no more probable; the seeds did not change); when the rules' type changes the",
        "  evidence says so. Named types are offered only with a source that names someone. A",
        "  statement the rules carried over from one the model made unattributed may take another of",
        "  the eight earlier sources (before: only none). Grouped CV on the rules of 05:46, cached",
        "  rules-only reports, three outlet-balanced splits: accuracy 0.8900 / 0.8911 / 0.8911 ->",
        "  0.8910 / 0.8921 / 0.8921, attribution F1 0.9414 / 0.9410 / 0.9419 -> 0.9429 / 0.9423 / 0.9434,",
        "  unnamed F1 +0.003 each, source agreement 0.8749 / 0.8766 / 0.8737 -> 0.8731 / 0.8754 / 0.8720.",
        "- One named source, one type: the statements with the same named source (a cue and the",
        "  sentences carried over from it) take the named type whose probabilities sum highest over",
        "  them (`decision.settle_named`; grouped CV on cached reports: accuracy 0.8258 -> 0.8279,",
        "  macro-F1 0.7523 -> 0.7556).",
        "- Tried and dropped (issue 15, grouped 5-fold CV on the rules of 2026-12-03 19:40, alt",
        "  credited; the current model on the same folds: accuracy 0.8377, macro-F1 0.7680, unnamed F1",
        "  0.7702, attribution F1 0.9168, source agreement 0.8293). Each candidate scored with its own",
        "  features (conditional logit over a statement's candidates: candidate kind, carried distance,",
        "  nearest attributed statement, same paragraph, origin cued, name in the sentence, pronoun",
        "  start, quotation continuity, the phrase classifier's probability of its type): fitted jointly",
        "  with the statement features 0.819 (fold 1 only); stacked on out-of-fold type probabilities",
        "  0.833 (source agreement 0.841); only between none and the carried sources when the model says",
        "  unattributed 0.8375; only the source within the chosen type 0.8305 source agreement. Sequence",
        "  context: two-pass stacking on the neighbours' out-of-fold predictions 0.8378 (macro-F1 0.770);",
        "  a linear-chain CRF (python-crfsuite, the same features, fold 1, c2 0.1 to 10) 0.825-0.829",
        "  against 0.838, and averaged with the model 0.845 against 0.849 (folds 1-2). The stacked",
        "  variants saw out-of-fold probabilities of models fitted with the test fold, which favours them.",
        "  Buckets seen in 1 / 3 rows: 0.8380 / 0.8365. On the rules of 22:40 (grouped CV, accepted",
        "  sets): the type of the nearest earlier cued statement, its distance and whether it is in the",
        "  same paragraph, as features: accuracy 0.8477 against 0.8512. Class weights (each row weighted",
        "  by its label's inverse frequency to the power 0.25 / 0.5): accuracy 0.8511 / 0.8513, macro-F1",
        "  0.7961 / 0.7956 against 0.8516 / 0.7969. On the rules of 23:30: whether an official or a",
        "  person role word lies within 60 characters of the source's last capitalized word anywhere",
        "  in the article, crossed with the rules' type: 0.8594 / 0.8039 / unnamed F1 0.7963 against",
        "  0.8586 / 0.8039 / 0.7973 (too small to pay for its cost). Unattributed chosen only when its",
        "  probability is at least 0.45 / 0.5 (else the most probable attributed candidate): accuracy",
        "  0.8581 / 0.8576, macro-F1 0.8012 / 0.8007, attribution F1 0.9272 / 0.9288 against 0.8586 /",
        "  0.8039 / 0.9246.",
        "- Tried and dropped on the rules of 2026-12-04 02:50 (grouped 5-fold CV, cached rules-only",
        "  reports, uncalibrated; the usual split, and two more outlet-balanced splits where said; the",
        "  model of then: accuracy 0.8625 / 0.8640 / 0.8605 on the three splits): preferring the gold",
        "  `type` within the accepted set (the set likelihood plus 0.1-1.0 times the gold type's) for",
        "  the anonymity share, all rows 0.8616 / 0.8626 / 0.8588 (lambda 0.1 / 0.3 / 1.0), rows with",
        "  unnamed_source accepted (lambda 0.2) 0.8647 / 0.8627 / 0.8605 with unnamed F1 +0.012 / -0.011",
        "  / +0.009 (not stable across splits); a per-type bias on the logits (+-0.4, each type alone)",
        "  within +-0.0012 of 0.8625; C 0.6 / 1.6 with the opening features 0.8651 / 0.8653 and 0.8658 /",
        "  0.8638 against 0.8650 / 0.8647. Content features, each alone (first split; accuracy): modal,",
        "  present and past auxiliaries, first-person plural, digits and percent, crossed with the",
        "  rules' type 0.8628; the last cued type of the previous and of the current paragraph 0.8637",
        "  (0.8635 / 0.8591 on the other splits); the article's attributed and unnamed shares 0.8626;",
        "  the next cued statement's type and distance and the run of unattributed statements before",
        "  0.8631; nine categorical features crossed in pairs 0.8629; words of rules-unattributed",
        "  sentences apart 0.8630; last two words and final mark 0.8652 / 0.8644 against 0.8650 /",
        "  0.8647; without the bigrams, the next / previous statement's first two words 0.8638 /",
        "  0.8661 and 0.8674 / 0.8643 against 0.8658 / 0.8652; without the bigrams, also without the",
        "  narration's cue verbs / lexicon words / the statement two before: 0.8641 / 0.8658 / 0.8648",
        "  (first split) against 0.8658. One source, one type also for documents, outlets and unnamed sources: 0.8625 /",
        "  0.8639. Every attributed type offered for the rules' own source: 0.8647 / 0.8653 (source",
        "  agreement +0.006 / +0.003). No carried candidates for a statement with its own cue and",
        "  source: 0.8648 / 0.8640. Half / a third of the training articles: 0.8574 / 0.8576 (the",
        "  linear model gains about 0.005 per doubling of the data). A candidate of an accepted type",
        "  exists for 95.1% of the aligned statements; the model picks an accepted one for 86.9%.",
        "- Tried and dropped for attribution F1 (issue 15, on the rules of 8f070e7; grouped 5-fold CV on",
        "  cached rules-only reports, each fold's model with the other folds' temperature; every setting",
        "  was chosen on two other outlet-balanced splits, B and C, and only the chosen one is reported on",
        "  the usual split, A). The model of then, A / B / C: accuracy 0.8866 / 0.8858 / 0.8844, macro-F1",
        "  0.8413 / 0.8405 / 0.8394, unnamed F1 0.8483 / 0.8450 / 0.8424, attribution F1 0.9387 / 0.9376 /",
        "  0.9364, source agreement 0.8719 / 0.8724 / 0.8732. Unattributed only when its probability is",
        "  at least t, else the most probable attributed candidate: t 0.45 / 0.5 / 0.55 / 0.6 / 0.65,",
        "  attribution F1 on B 0.9378 / 0.9389 / 0.9400 / 0.9401 / 0.9398 and on C 0.9374 / 0.9380 /",
        "  0.9389 / 0.9388 / 0.9372, accuracy on B 0.8845 / 0.8839 / 0.8832 / 0.8800 / 0.8763 and on C",
        "  0.8833 / 0.8823 / 0.8815 / 0.8786 / 0.8736; t 0.55 on A: attribution F1 0.9401 (+0.0014),",
        "  accuracy 0.8830, macro-F1 0.8358, unnamed F1 0.8366, source agreement 0.8649. Cost-sensitive:",
        "  unattributed only when its probability is at least w times that of the most probable",
        "  attributed candidate's type: w 1.5 / 2 / 3 / 4, attribution F1 on B 0.9387 / 0.9391 / 0.9385 /",
        "  0.9381 and on C 0.9384 / 0.9391 / 0.9378 / 0.9374, accuracy on B 0.8857 / 0.8848 / 0.8813 /",
        "  0.8778 and on C 0.8846 / 0.8845 / 0.8809 / 0.8766; w 2 on A: attribution F1 0.9409 (+0.0022),",
        "  accuracy 0.8855, macro-F1 0.8394, unnamed F1 0.8417, source agreement 0.8660 (four of the six",
        "  figures lower for +0.002 on one). Rows whose accepted types exclude unattributed weighted 1.5 /",
        "  2 / 3 / 4 in the likelihood: attribution F1 on B 0.9377 / 0.9383 / 0.9378 / 0.9385 and on C",
        "  0.9373 / 0.9387 / 0.9384 / 0.9387, accuracy on B 0.8864 / 0.8867 / 0.8852 / 0.8847 and on C",
        "  0.8844 / 0.8855 / 0.8844 / 0.8845; weight 2 on A: attribution F1 0.9391, accuracy 0.8858,",
        "  macro-F1 0.8403, unnamed F1 0.8436, source agreement 0.8691 (noise). Weight 2 with w 1.25 / 1.5",
        "  / 2: attribution F1 on B 0.9386 / 0.9391 / 0.9392, on C 0.9388 / 0.9389 / 0.9377. A separate",
        "  attributed-or-not model (the same features, fitted on accepted sets): deciding with it (its",
        "  unattributed probability below 0.5 / 0.6 / 0.7 turns an unattributed choice into the best",
        "  attributed candidate) attribution F1 on B 0.9371 / 0.9364 / 0.9341, accuracy 0.8734 / 0.8706 /",
        "  0.8639; its probability as features of the type model (stacked: out-of-fold within the",
        "  training articles, 5 inner folds) attribution F1 on B / C 0.9369 / 0.9353, accuracy 0.8858 /",
        "  0.8832. Why no decision gets near 0.95: of the 508 gold-attributed statements left",
        "  unattributed on A, the model's own most probable type is unattributed for 467; 113 have no",
        "  attributed candidate and 206 none of an accepted type; for 238 the gold source is written in",
        "  the sentence itself (\"Daniels claims ...\", \"as Josh Marshall notes\") with no cue the rules",
        "  read. Below an unattributed probability of 0.6 lie 142 of them and 222 of the 3,755 statements",
        "  rightly unattributed. The missing attributions need cues (candidates) from the rules.",
        "  Again on the rules of 05:46 with the carried-over fallback (see Decision), A / B / C, against",
        "  accuracy 0.8910 / 0.8921 / 0.8921 and attribution F1 0.9429 / 0.9423 / 0.9434: w 1.5 accuracy",
        "  0.8919 / 0.8914 / 0.8916, attribution F1 0.9448 / 0.9433 / 0.9439; w 2 0.8912 / 0.8910 / 0.8912",
        "  and 0.9455 / 0.9437 / 0.9446 (source agreement -0.004 / -0.004 / -0.002, macro-F1 -0.001 each);",
        "  unattributed only when its probability is at least the summed probability of the attributed",
        "  types that have a candidate (no parameter) 0.8914 / 0.8911 / 0.8916 and 0.9444 / 0.9430 /",
        "  0.9439. Each buys +0.001 to +0.003 of attribution F1 with accuracy, macro-F1 and source",
        "  agreement and leaves it under 0.95, so the most probable type still decides.",
        "  A separate attributed-or-not model with features of its own (the sentence's word bigrams,",
        "  the previous statement's first 12 words, the next one's first 3), its out-of-fold",
        "  probability (5 inner folds) as features of the type model, B / C: accuracy 0.8925 / 0.8926,",
        "  macro-F1 0.8520 / 0.8502, attribution F1 0.9426 / 0.9429, source agreement 0.8742 / 0.8733",
        "  (too little for a second model at run time).",
        "  On the final rules (main d22f75b), B / C, unattributed counted at its probability over 1 /",
        "  1.5 / 2 against the best attributed candidate: attribution F1 0.9480 / 0.9498 / 0.9501 and",
        "  0.9487 / 0.9490 / 0.9485, accuracy 0.9025 / 0.9020 / 0.9010 and 0.9010 / 0.9004 / 0.8980; the",
        "  rule fixed before these were run (the smallest of the three whose mean attribution F1 on B and",
        "  C reaches 0.95, else 1) kept 1.",
        "- Issue 15's attribution F1 came from the rules, not the decision: the rules of main 46fe701",
        "  (2026-12-04 12:10) read cues that were missing (present-tense concern verbs, speech acts such",
        "  as \"rejected reports\", \"made it clear\", \"X came as Y said\", unnamed groups such as",
        "  \"Indian businesses\", poll shares in words, a first-person block after a colon line) and drop",
        "  misread ones (time clauses, spans that open with a preposition or hold a finite clause).",
        "  Those rules were written while reading the errors of train.jsonl, train2.jsonl and",
        "  train3.jsonl, the articles of the CV below: the rules are tuned on the CV articles, so the",
        "  CV figures (rules alone and rules + model) are development figures; only the seeds are held",
        "  out from both. On these rules the model trails the rules alone in grouped CV on accuracy",
        "  (0.9063 against 0.9068) and macro-F1 (0.8629 against 0.8651) and leads in leave-one-outlet-out",
        "  CV (0.9085 against 0.9068, 0.8674 against 0.8651) and on unnamed_source F1 in both.",
        "- Issue 12 (stop 23) changed the rules again: main c059986 (2026-12-04 17:43) reads source kinds",
        "  and reporting frames the teacher keys got wrong on the seventh and eighth reading sets (a",
        "  closing outlet cue past \"state\" as an adjective, a reason cited as no source, \"those\" as a",
        "  determiner, \"the tweet\" as its author's, a campaign's leader as an official, a verb after an",
        "  opening relative clause, nouns before auxiliaries, the head after a possessive; hedged speech",
        "  acts, anonymity terms stated nearby, a pronoun named in its own sentence). They were written",
        "  from those reading sets and from the errors of the same three gold files: the CV figures stay",
        "  development figures. On these rules the model trails the rules alone in grouped CV on",
        "  accuracy (0.9088 against 0.9095) and macro-F1 (0.8677 against 0.8691) and ties them on",
        "  unnamed_source F1 (0.8889); in leave-one-outlet-out CV it leads on accuracy (0.9100 against",
        "  0.9095) and unnamed_source F1 (0.8968) and trails on macro-F1 (0.8683 against 0.8691).",
        "- Issue 12 (stop 24) changed the rules once more: main d18644f (2026-12-04 18:39) reads what",
        "  the teacher keys got wrong on the ninth reading set (an office given in a copular sentence",
        "  about a surname, a closing cue whose subject is a platform's name, \"quoted X saying\" without",
        "  \"as\", a quotation credited to a name with no verb, anonymity terms with the receiving",
        "  outlet between the words, \"falsely\" before the verb). None changes the rules' output on the",
        "  three gold files, so the features are the same: retrained on those rules, the model is",
        "  attribution-72541007e5 again, byte for byte, with the same figures.",
        "- Issue 12 (stop 25) changed the rules again: main 1d3ef83 (2026-12-04 20:19) reads what the",
        "  teacher keys got wrong on the development reading sets and, out of fold, on the three gold",
        "  files (\"he\" after a main clause whose subject is a description, a name ended at a line break",
        "  or before an organization's head word, subordinators and an outlet's name after an honorific",
        "  read as no name, a definite role resolved through the description an earlier source was named",
        "  from, the person who opens the narration just before a pronoun, Arabic surnames with a",
        "  hyphenated particle, \"pastor\" as no office, \"GOP\" as a party word). They change the rules'",
        "  output on 42 statements of the three gold files (10 wrong types made right, none right made",
        "  wrong) and were written from those files' errors: the CV figures stay development figures. On",
        "  these rules the model trails the rules alone in grouped CV on accuracy (0.9097 against",
        "  0.9106), macro-F1 (0.8679 against 0.8707) and unnamed_source F1 (0.8878 against 0.8900) and",
        "  leads in leave-one-outlet-out CV on all three (0.9110, 0.8715, 0.8949).",
        f"- Trained {notes['trained']} with seed {notes['seed']}; {libraries}.",
        "- Stored as plain arrays (`weights.npz`, read with `allow_pickle=False`) and predicted with",
        "  numpy alone: no scikit-learn, scipy or skops import at run time. Loading checks the",
        "  SHA-256 in model.json and refuses any array outside `sourcing.model.store.ARRAYS`,",
        "  `PHRASE_ARRAYS` and `OPTIONAL_ARRAYS` (the confidence map).", "",
        "## Data", "",
        f"- Training: {training}: {notes['training_articles']} articles from {outlets} outlets",
        "  (canonical names: 'Fox News' and 'Fox Online News' are one),",
        f"  {notes['training_statements']} gold statements aligned to the rules' statements",
        f"  (per type: {examples_by_type}).",
        f"- Held out: `{_shown(paths.test_gold)}` (seed articles), never used for training or choosing.",
        "- Labels: the gold row whose offset falls in the statement (the first row when a rules",
        "  sentence holds two) gives its accepted types, its `type` and its `alt` types; the model is",
        "  fitted on all of them (see Model). Alt labels count as correct in every figure, as in",
        "  `sourcing/evaluation.py`.", "",
        "## Figures", "",
        "No figure is computed on training data: grouped 5-fold CV keeps each article in one fold",
        "(articles dealt round-robin outlet by outlet, so every fold holds each outlet's articles",
        "evenly), the outlet CV holds out every article of one outlet, and the seeds are never",
        "trained on. The decision rule (no threshold) was chosen on grouped CV among four settings.",
        "The rules, though, were tuned on these same 328 articles (see Model, issue 15): the CV",
        "figures hold the model's fit out, not the rules' development.", "",
    ]
    for comparison in comparisons:
        sections.append(comparison_markdown(comparison))
    grouped = next((c for c in comparisons if c.name.startswith("grouped")), None)
    if grouped is not None:
        sections += ["## Targets (grouped CV)", "", *target_lines(grouped), ""]
        sections += calibration_lines(grouped, float(notes["temperature"]),  # type: ignore[arg-type]
                                      tuple(notes["confidence_map"]))  # type: ignore[arg-type]
    sections += ["## Limits", "",
                 "- Trained on 328 English news articles; the seeds are 5 articles, so their figures move a",
                 "  lot with one statement.",
                 "- The model only re-types the rules' sentences: segmentation errors (a sentence split",
                 "  at \"Mr.\", two gold sentences merged) stay.",
                 "- Retrain (`sourcing train`) whenever the rules change: its features are the rules' output.", ""]
    return "\n".join(sections)
