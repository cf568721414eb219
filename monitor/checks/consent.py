"""Placeholder: the consent checks are being written."""

from __future__ import annotations

from monitor.checks.base import Check

CHECKS: tuple[type[Check], ...] = ()
