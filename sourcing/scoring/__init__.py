"""Scoring: the article's scores, readability and newsroom checks."""
