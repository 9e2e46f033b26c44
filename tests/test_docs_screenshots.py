"""The screenshots the README shows are in docs/, are PNGs a page wide and stay small."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SCREENSHOTS = sorted(set(re.findall(r"docs/[\w-]+\.png", README)))
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 600_000


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
    assert head[12:16] == b"IHDR"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_readme_names_the_exercise_screenshots() -> None:
    for name in ("exercise_worksheet", "exercise_key", "exercise_quiz", "annotated_page"):
        assert f"docs/{name}.png" in SCREENSHOTS


@pytest.mark.parametrize("relative", SCREENSHOTS)
def test_screenshot_is_a_small_page_wide_png(relative: str) -> None:
    path = ROOT / relative
    assert path.is_file(), f"README shows {relative}, which is missing"
    width, height = _png_size(path)
    assert 800 <= width <= 1600
    assert 300 <= height <= 2400
    assert path.stat().st_size <= MAX_BYTES
