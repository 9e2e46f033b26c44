"""Find where a news article's information comes from and how much rests on anonymous sources."""

__version__ = "0.1.0"
