"""Inputs: read files, directories, JSONL corpora and stdin into Documents."""
