"""Analyze one document: the stages in order, one line each."""

from __future__ import annotations

from sourcing import __version__
from sourcing.attribution.anonymity import mark_anonymity_reasons
from sourcing.attribution.attribute import attribute_statements
from sourcing.collector import collector_paused
from sourcing.model.classifier import AttributionModel, retype_statements
from sourcing.model.store import SHIPPED, ModelChoice, choose_model, describe
from sourcing.records import ArticleReport, Document, Statement
from sourcing.scoring.readability import readability
from sourcing.scoring.score import score_article
from sourcing.settings import DEFAULT_SETTINGS, Settings
from sourcing.text.body import body_regions, document_excluded, empty_report_note
from sourcing.text.name_cards import without_name_cards
from sourcing.text.segment import bound_sentences, flag_cut, split_sentences


def analyze(
    document: Document, settings: Settings = DEFAULT_SETTINGS, model: ModelChoice = SHIPPED
) -> ArticleReport:
    """Return the statements, exclusions and scores of `document`.

    `model`: SHIPPED (the trained model in models/attribution, loaded once; rules only, with
    a warning, if it is missing), an AttributionModel, or None for the rules alone.

    >>> document = Document("Court records show the company paid no tax last year.")
    >>> [(str(s.type), s.source) for s in analyze(document, model=None).statements]
    [('document', 'Court records')]
    """
    with collector_paused():  # full collections would grow with the square of a long text
        return _analyze(document, settings, model)


def _analyze(document: Document, settings: Settings, model: ModelChoice) -> ArticleReport:
    """Run the stages in order (`analyze`, with the collector running)."""
    excluded = document_excluded(document, settings.body)
    regions = body_regions(document.text, excluded)
    readable = without_name_cards(document.text)  # same offsets, name cards made spaces
    sentences = [s for region in regions for s in split_sentences(readable, region)]
    sentences, cut = bound_sentences(document.text, sentences)
    statements = attribute_statements(document, sentences, settings)
    chosen = choose_model(model)
    statements = final_statements(document, statements, chosen)
    statements = flag_cut(statements, cut)
    body_text = "\n".join(s.text for s in statements)
    scores = score_article(statements, body_text, settings, readability)
    return ArticleReport(
        document=document,
        statements=tuple(statements),
        excluded=excluded,
        scores=scores,
        analyzer=f"sourcing {__version__} {describe(chosen)}",
        notes=() if statements else (empty_report_note(excluded),),
    )


def final_statements(
    document: Document, statements: list[Statement], model: AttributionModel | None
) -> list[Statement]:
    """Decide the final types (the model's, or the rules' without one), then anonymity reasons."""
    if model is not None:
        statements = retype_statements(document, statements, model)
    return mark_anonymity_reasons(statements)
