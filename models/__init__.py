"""The shipped models, one folder each; installed as the package data `sourcing.models`."""
