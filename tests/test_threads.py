"""clean() holds no shared mutable state: threads give what sequential calls give."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from conftest import golden_cases
from newsclean import clean


def test_eight_threads_match_sequential_calls() -> None:
    pages = [raw.read_bytes() for raw, _ in golden_cases()] * 8
    sequential = [clean(page) for page in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(clean, pages))
    assert threaded == sequential
