"""Corpus: per-outlet comparison statistics over many reports."""
