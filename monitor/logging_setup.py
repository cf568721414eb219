"""Logging to stderr with levels, and a filter that masks personal data in every record.

A platform's error text, a mail server's refusal or a careless ``log.info(post.text)`` could carry a
CPR number, a phone number or an e-mail address; the filter masks them in the final message (after
``%`` formatting) and in the exception text, so no log line repeats what the monitor warns about.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO

from monitor.checks.mask import mask_cpr, mask_email, mask_phone

_SEP = r"[\s\-./\u200b\u200c\u200d\u2060]*"
# Six digits that can be a date DDMMYY, then four digits, with optional separators inside.
_CPR = re.compile(rf"(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d{_SEP}\d{_SEP}\d{_SEP}\d{_SEP}\d(?!\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Eight digits (Danish numbers) or a +/00 international number, with the usual separators.
_PHONE = re.compile(r"(?<![\d*\-:])(?:(?:\+|00)\d{1,3}[ \u00a0]?)?\d{2}(?:[ \u00a0]?\d{2}){3}(?![\d*\-:])")

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def mask_text(text: str) -> str:
    """``text`` with CPR numbers, e-mail addresses and phone numbers masked."""
    out = _CPR.sub(lambda m: mask_cpr(m.group(0)), text)
    out = _EMAIL.sub(lambda m: mask_email(m.group(0)), out)
    return _PHONE.sub(lambda m: mask_phone(m.group(0)), out)


class MaskingFilter(logging.Filter):
    """Masks personal data in a record's message and exception text; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep the raw message rather than lose the record
            message = str(record.msg)
        masked = mask_text(message)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True


def setup_logging(level: str | int = "INFO", stream: TextIO | None = None,
                  quiet_loggers: Iterable[str] = ("apscheduler.executors", "urllib3")) -> logging.Handler:
    """Log to stderr (or ``stream``) at ``level``, masked; returns the handler it installed.

    Calling it again replaces the handler it installed before instead of adding a second one.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_monitor_handler", False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT, datefmt="%Y-%m-%d %H:%M:%S"))
    handler.addFilter(MaskingFilter())
    handler._monitor_handler = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    for name in quiet_loggers:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
