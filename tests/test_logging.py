"""Logging goes to stderr with levels and never repeats a CPR number, phone number or e-mail address."""

from __future__ import annotations

import io
import logging

import pytest

from monitor.logging_setup import mask_text, setup_logging

CPR = "150709-2231"
PHONE = "42 71 38 90"
MAIL = "rasmus.hjort88@gmail.com"


@pytest.fixture
def captured() -> io.StringIO:
    stream = io.StringIO()
    handler = setup_logging("INFO", stream=stream)
    yield stream
    logging.getLogger().removeHandler(handler)


def test_message_arguments_and_exceptions_are_masked(captured: io.StringIO) -> None:
    log = logging.getLogger("monitor.test")
    log.info("post says %s and %s", f"cpr {CPR}", f"ring {PHONE}")
    log.warning("mail server refused <%s>", MAIL)
    try:
        raise ValueError(f"bad row: {CPR} {MAIL} +45 {PHONE}")
    except ValueError:
        log.exception("failed")
    out = captured.getvalue()
    assert CPR not in out and "2231" not in out
    assert PHONE not in out and "71 38" not in out
    assert MAIL not in out and "rasmus.hjort88" not in out
    assert "150709-****" in out
    assert "42 ** ** 90" in out
    assert "r***@gmail.com" in out
    assert "ValueError" in out, "the traceback is kept, only the data in it is masked"
    assert " INFO " in out and " WARNING " in out and " ERROR " in out


def test_level_filters_records() -> None:
    stream = io.StringIO()
    handler = setup_logging("WARNING", stream=stream)
    try:
        logging.getLogger("monitor.test").info("hidden")
        logging.getLogger("monitor.test").warning("shown")
    finally:
        logging.getLogger().removeHandler(handler)
    assert "hidden" not in stream.getvalue()
    assert "shown" in stream.getvalue()


def test_setting_up_twice_does_not_double_lines() -> None:
    first, second = io.StringIO(), io.StringIO()
    setup_logging("INFO", stream=first)
    handler = setup_logging("INFO", stream=second)
    try:
        logging.getLogger("monitor.test").info("once")
    finally:
        logging.getLogger().removeHandler(handler)
    assert first.getvalue() == ""
    assert second.getvalue().count("once") == 1


@pytest.mark.parametrize("text", [
    "fetch run took 12.5 s", "2026-03-02 09:00:00", "page 2 of 3", "HTTP 429 after 3 retries",
    "reg. 1234 konto 5678901234",
])
def test_ordinary_lines_are_left_alone(text: str) -> None:
    assert mask_text(text) == text
