"""Runs: many inputs through the analyzer (pool, cache, Dask) and reports as dicts."""
