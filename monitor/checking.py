"""The ``monitor check`` contract: JSON lines in, one result line per input line, same order."""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TextIO

from monitor.checks.base import CheckContext
from monitor.checks.engine import Checker

BATCH_LINES = 500
PARALLEL_MIN_BYTES = 1_000_000  # below this, starting worker processes costs more than it saves


def check_line(checker: Checker, line: str, number: int) -> dict[str, Any]:
    """The result object for one input line; a malformed line gives an error object instead."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return {"id": None, "line": number, "error": f"invalid JSON: {e.msg} at column {e.colno}"}
    if not isinstance(record, dict):
        return {"id": None, "line": number, "error": "expected a JSON object"}
    text = record.get("text")
    if not isinstance(text, str):
        kind = "missing" if "text" not in record else f"not a string ({type(text).__name__})"
        return {"id": record.get("id"), "line": number, "error": f"'text' is {kind}"}
    lang = record.get("lang")
    findings = checker.check(text, lang if isinstance(lang, str) else None)
    return {"id": record.get("id"), "findings": [f.as_dict() for f in findings]}


def render(result: dict[str, Any]) -> str:
    """One output line (ASCII-escaped, so lone surrogates survive), newline included."""
    return json.dumps(result, ensure_ascii=True) + "\n"


def check_stream(checker: Checker, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Results for every non-blank line, streamed: memory stays flat however long the input is."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield check_line(checker, line, number)


def auto_jobs(input_path: str) -> int:
    """One process for small inputs and stdin; one per core (at most 8) for a large file."""
    try:
        size = os.path.getsize(input_path) if input_path != "-" else 0
    except OSError:
        size = 0
    return min(os.cpu_count() or 1, 8) if size >= PARALLEL_MIN_BYTES else 1


# The checker a worker uses. With the fork start method the parent builds it once before the pool starts
# and every worker inherits it (building costs about half a second); with spawn each worker builds its own.
_worker_checker: Checker | None = None


def _init_worker(context: CheckContext | None) -> None:
    global _worker_checker
    if context is not None:
        _worker_checker = Checker(context)


def _check_batch(batch: list[tuple[int, str]]) -> str:
    """The result lines of a batch, rendered: the parent only writes them, so it stays off the workers' cores."""
    checker = _worker_checker
    assert checker is not None
    return "".join([render(check_line(checker, line, number)) for number, line in batch])


def check_stream_parallel(context: CheckContext, lines: Iterable[str], jobs: int) -> Iterator[str]:
    """Like ``check_stream`` with ``jobs`` worker processes, but yielding rendered chunks of result lines.

    Batches of lines go out in order and their results come back in order, with at most two batches per
    worker in flight, so memory stays flat.
    """
    global _worker_checker
    numbered = ((n, line) for n, line in enumerate(lines, start=1) if line.strip())
    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        _worker_checker = Checker(context)
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
                                 initializer=_init_worker, initargs=(None if fork else context,)) as pool:
            in_flight: deque[Future[str]] = deque()
            while batch := list(islice(numbered, BATCH_LINES)):
                in_flight.append(pool.submit(_check_batch, batch))
                if len(in_flight) >= 2 * jobs:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
    finally:
        if fork:
            _worker_checker = None


def write_results(results: Iterable[dict[str, Any] | str], out: TextIO) -> int:
    """Write results as JSON lines (``render``); a string is a chunk of rendered lines written as it is.
    Return the number of lines written."""
    count = 0
    for result in results:
        if isinstance(result, str):
            out.write(result)
            count += result.count("\n")
        else:
            out.write(render(result))
            count += 1
    return count
