"""Rewrite the asserts of reading_set_checks.py as pytest does a test module's, so a failing figure
shows its values."""

import pytest

pytest.register_assert_rewrite("reading_set_checks")
