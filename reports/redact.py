"""A last safety net: mask anything that still looks like personal data in text bound for a message.

Excerpts are masked by the checks already; this catches what slipped through (an older row, an error text
from a platform or a mail server that quotes an address) so that no report or stored error ever repeats a
CPR number, phone number, e-mail address or no-publish name in clear. The patterns are the logging
filter's (``monitor.logging_setup.mask_text``), so logs and messages mask alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from monitor.checks.mask import mask_name
from monitor.logging_setup import mask_text


def redact(text: str | None, names: Iterable[str] = ()) -> str:
    """``text`` with CPR numbers, e-mail addresses, phone numbers and the given names masked."""
    if not text:
        return ""
    out = mask_text(text)
    for name in names:
        if name.strip():
            out = re.sub(rf"(?<!\w){re.escape(name.strip())}(?:'?s)?(?!\w)", mask_name(name), out, flags=re.IGNORECASE)
    return out
