"""A library the analyzer needs is missing or broken: one fatal error naming what to install.

A missing library is not a problem of one input, so it is never reported per file: the
reader and the analysis raise MissingDependency, and the command line says it once and
exits 2.
"""

from __future__ import annotations

# Import names whose pip distribution is called otherwise.
DISTRIBUTIONS = {
    "sklearn": "scikit-learn",
    "lxml": "lxml lxml_html_clean",
    "lxml_html_clean": "lxml_html_clean",
    "charset_normalizer": "charset-normalizer",
    "jinja2": "Jinja2",
    "distributed": "'sourcing[dask]'",
}


class MissingDependency(Exception):
    """A library sourcing needs cannot be imported; the message says what to install."""


def missing_dependency(error: ImportError) -> MissingDependency:
    """Turn an ImportError into one MissingDependency naming the package to install."""
    name = (error.name or "").split(".")[0]
    if "lxml_html_clean" in str(error):  # lxml >= 5.2 moved lxml.html.clean into its own project
        name = "lxml_html_clean"
    package = DISTRIBUTIONS.get(name, name.replace("_", "-")) if name else "sourcing's dependencies"
    return MissingDependency(
        f"a library sourcing needs is missing or broken ({type(error).__name__}: {error}); "
        f"install it with: pip install {package}  (or reinstall sourcing: pip install .)")
