"""Run the command line: `python -m sourcing score article.txt`."""

from sourcing.cli import app

app(prog_name="sourcing")
