"""numpy_mean gives np.mean's float to the last bit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcing.corpus.numpy_mean import numpy_mean


@pytest.mark.parametrize("size", [*range(1, 140), 255, 256, 257, 1000, 4099, 9000, 17000])
def test_numpy_mean_is_np_mean_to_the_last_bit(size: int) -> None:
    import random
    from array import array

    import numpy as np

    rng = random.Random(size)
    for values in (array("d", (rng.uniform(-30, 121) for _ in range(size))),
                   array("d", (round(rng.uniform(-30, 121), 2) for _ in range(size))),
                   array("d", (rng.random() * 10.0 ** rng.randint(-12, 12) for _ in range(size)))):
        assert numpy_mean(values).hex() == float(np.mean(np.frombuffer(values))).hex()
    zeros = array("d", [-0.0] * size)
    assert numpy_mean(zeros).hex() == float(np.mean(np.frombuffer(zeros))).hex()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=700))
def test_numpy_mean_of_any_floats(values: list[float]) -> None:
    import numpy as np

    with np.errstate(all="ignore"):  # overflow to inf (and inf - inf) as in Python
        expected = float(np.mean(np.array(values, dtype=float)))
    assert numpy_mean(values).hex() == expected.hex()
