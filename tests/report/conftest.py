"""Every report test builds PDFs in reportlab's invariant mode: same input, same bytes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reportlab import rl_config  # type: ignore[import-untyped]


@pytest.fixture(autouse=True)
def invariant() -> Iterator[None]:
    previous = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = previous
