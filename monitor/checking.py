"""The ``monitor check`` contract: JSON lines in, one result line per input line, same order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from monitor.checks.engine import Checker


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


def check_stream(checker: Checker, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Results for every non-blank line, streamed: memory stays flat however long the input is."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield check_line(checker, line, number)


def write_results(results: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write results as JSON lines (ASCII-escaped, so lone surrogates survive); return the count."""
    count = 0
    for result in results:
        out.write(json.dumps(result, ensure_ascii=True))
        out.write("\n")
        count += 1
    return count
