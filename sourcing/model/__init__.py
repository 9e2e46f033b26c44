"""Model: features, the trained attribution classifier, its storage and training."""
