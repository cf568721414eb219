"""``monitor demo``: check the bundled sample posts and print the findings as a table."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import files
from typing import Any

from monitor.checks.base import CheckContext
from monitor.checks.engine import Checker

DEMO_CONTEXT = CheckContext(
    domains=("randersungdomsskole.dk",),
    phones=("+45 89 15 19 00",),
    addresses=("Vester Allé 6, 8900 Randers C",),
    no_publish=("Jonas Vestergaard Lind",),
)


def sample_posts() -> list[dict[str, Any]]:
    return json.loads(files("monitor.demo").joinpath("posts.json").read_text(encoding="utf-8"))


def run_demo(echo: Callable[[str], Any]) -> None:
    checker = Checker(DEMO_CONTEXT)
    rows: list[tuple[str, str, str, str]] = []
    posts = sample_posts()
    for post in posts:
        for finding in checker.check(post["text"], post.get("lang")):
            rows.append((post["id"], finding.category, finding.severity, finding.excerpt))
    echo(f"Checked {len(posts)} sample posts by invented people: {len(rows)} findings.\n")
    headers = ("post", "category", "severity", "excerpt (masked)")
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) if rows else len(headers[i]) for i in range(3)]
    echo("  ".join(h.ljust(w) for h, w in zip(headers, [*widths, 0], strict=True)).rstrip())
    echo("  ".join("-" * w for w in widths) + "  " + "-" * 16)
    for row in rows:
        echo("  ".join(cell.ljust(w) for cell, w in zip(row, [*widths, 0], strict=True)).rstrip())
