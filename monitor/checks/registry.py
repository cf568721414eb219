"""The explicit list of check classes, in the order they run."""

from __future__ import annotations

from monitor.checks import (
    address,
    category_model,
    conduct,
    consent,
    contact_email,
    contact_phone,
    cpr,
    sensitive,
    welfare,
)
from monitor.checks.base import Check

CHECK_CLASSES: tuple[type[Check], ...] = (
    *cpr.CHECKS,
    *contact_phone.CHECKS,
    *contact_email.CHECKS,
    *address.CHECKS,
    *consent.CHECKS,
    *sensitive.CHECKS,
    *welfare.CHECKS,
    *conduct.CHECKS,
    *category_model.CHECKS,  # last: statistical models that add what the rules above miss
)
