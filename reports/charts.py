"""The quarterly summary's charts as PNG bytes (matplotlib, Agg: no display, no GUI toolkit).

Figures are built with ``matplotlib.figure.Figure`` directly rather than pyplot, so no global state is
kept between reports and the scheduler's threads cannot disturb each other.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)
from matplotlib.ticker import MaxNLocator  # noqa: E402

SEVERITY_COLOURS = {"critical": "#b3261e", "high": "#e8710a", "medium": "#f2b807", "low": "#8d9aa6"}
_BAR = "#1f5f8b"
_PREVIOUS = "#b7c9d6"


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def _style(ax: object) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)  # type: ignore[attr-defined]
    ax.tick_params(labelsize=11)  # type: ignore[attr-defined]


def months_chart(months: Sequence[str], counts: Sequence[dict[str, int]], severity_labels: dict[str, str],
                 title: str) -> bytes:
    """Stacked bars: flags per month, split by severity."""
    fig = Figure(figsize=(5.0, 3.0))
    ax = fig.add_subplot()
    bottom = [0] * len(months)
    for severity, colour in SEVERITY_COLOURS.items():
        values = [c.get(severity, 0) for c in counts]
        ax.bar(months, values, bottom=bottom, color=colour, label=severity_labels.get(severity, severity), width=0.6)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_title(title, fontsize=12, loc="left")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=10, frameon=False, ncols=4, loc="upper center", bbox_to_anchor=(0.5, -0.12))
    _style(ax)
    return _png(fig)


def categories_chart(names: Sequence[str], current: Sequence[int], previous: Sequence[int],
                     current_label: str, previous_label: str, title: str) -> bytes:
    """Horizontal bars per category, this quarter against the previous one.

    Category names are written above their bars rather than as axis labels, so that long Danish names do
    not squeeze the bars when a phone scales the image down.
    """
    fig = Figure(figsize=(5.0, max(2.2, 0.62 * len(names) + 1.0)))
    ax = fig.add_subplot()
    step = 1.6
    rows = [i * step for i in range(len(names))][::-1]
    ax.barh([r for r in rows], current, height=0.45, color=_BAR, label=current_label)
    ax.barh([r - 0.45 for r in rows], previous, height=0.45, color=_PREVIOUS, label=previous_label)
    for r, name in zip(rows, names, strict=True):
        ax.text(0, r + 0.35, name, fontsize=11, va="bottom", ha="left")
    ax.set_yticks([])
    ax.set_ylim(-0.9, (rows[0] if rows else 0) + 1.2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=12, loc="left")
    ax.legend(fontsize=10, frameon=False, ncols=2, loc="upper center", bbox_to_anchor=(0.5, -0.08))
    _style(ax)
    ax.spines["left"].set_visible(False)
    return _png(fig)
