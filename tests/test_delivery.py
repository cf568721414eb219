"""Delivery against a real SMTP server (aiosmtpd in-process): sending, refusals, drops, exactly once."""

from __future__ import annotations

import threading
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from monitor import reporting
from monitor.config import Settings
from monitor.delivery import CLAIM_SECONDS, Outbox, Pending, message_id, message_key, transport_for
from monitor.models import OutboxMessage
from tests.report_fixtures import (
    ANDERS,
    BOSS,
    COMMS,
    INJECTION,
    METTE,
    NOW,
    RAW_CPR,
    RAW_PHONE,
    SOFIE,
    WELFARE,
    Seeder,
    make_engine,
    make_settings,
    seed_quarter,
    seed_week,
    utc,
)
from tests.smtp_servers import RefusingHandler, StoringHandler, dropping_server, free_port, smtp_server


def rows(engine: Engine) -> list[OutboxMessage]:
    with Session(engine) as s:
        return list(s.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all())


def parts(msg: EmailMessage) -> tuple[str, str]:
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Engine]:
    settings = make_settings(tmp_path)
    engine = make_engine(settings)
    seed_week(engine)
    return tmp_path, engine


def smtp_settings(tmp_path: Path, port: int) -> Settings:
    return make_settings(tmp_path, smtp_port=port)


def test_weekly_is_sent_once_with_both_parts_masked_and_escaped(world: tuple[Path, Engine]) -> None:
    tmp_path, engine = world
    handler = StoringHandler()
    with smtp_server(handler) as port:
        settings = smtp_settings(tmp_path, port)
        first = reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
        second = reporting.send_weekly(settings, engine, "2026-W47", now=NOW + timedelta(hours=2))
    assert (first.recorded, first.delivery.sent) == (1, 1)
    assert (second.recorded, second.already, second.delivery.sent) == (0, 1, 0)
    assert len(handler.received) == 1
    got = handler.received[0]
    assert got.rcpt_tos == [COMMS]
    msg = got.message
    assert msg["Message-ID"] == message_id(message_key("weekly", "2026-W47", COMMS), settings.smtp.sender)
    assert msg.get_content_type() == "multipart/alternative"
    text, html = parts(msg)
    for body in (text, html):
        assert "010203-****" in body  # the masked excerpt is shown
        assert RAW_CPR not in body and "241299-****" in body  # the serial never is, even from an old row
        assert RAW_PHONE not in body and RAW_PHONE.replace(" ", "") not in body
        assert "sofie.privat@gmail.com" not in body  # an address inside a platform's error text
        assert "Klub Vest" in body and "Anders Bak" in body
        assert "skærpet underretningspligt" in body  # the policy sentence of welfare.concern
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert INJECTION in text  # plain text is not HTML: shown as written, nothing to escape
    assert "Uge 47, 2026" in html and "16.–22. november 2026" in html
    assert "17. nov. 2026 kl. 11.00" in html  # 10:00 UTC shown in Copenhagen time
    [row] = rows(engine)
    assert (row.status, row.attempts, row.recipient) == ("sent", 1, COMMS)


@pytest.mark.parametrize("failure", ["refused", "down", "dropped"])
def test_failed_delivery_is_kept_and_sent_on_a_later_run(world: tuple[Path, Engine], failure: str) -> None:
    tmp_path, engine = world
    port = free_port()
    settings = smtp_settings(tmp_path, port)
    refusing = RefusingHandler()
    if failure == "refused":
        with smtp_server(refusing, port=port):
            first = reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
        assert refusing.refused == 1
    elif failure == "dropped":
        with dropping_server(port=port):
            first = reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
    else:
        first = reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
    assert (first.recorded, first.delivery.sent, first.delivery.failed) == (1, 0, 1)
    [row] = rows(engine)
    assert row.status == "failed" and row.attempts == 1 and row.raw
    assert row.last_error and "@" not in row.last_error.replace("***@", "")  # the refused address is masked
    assert row.next_attempt_at is not None and row.next_attempt_at > NOW

    handler = StoringHandler()
    with smtp_server(handler, port=port):
        early = reporting.retry_pending(settings, engine, now=NOW + timedelta(minutes=1))  # inside the backoff
        assert (early.sent, early.failed) == (0, 0)
        again = reporting.send_weekly(settings, engine, "2026-W47", now=NOW + timedelta(hours=1))
        once_more = reporting.send_weekly(settings, engine, "2026-W47", now=NOW + timedelta(hours=2))
    assert (again.recorded, again.already, again.delivery.sent) == (0, 1, 1)
    assert once_more.delivery.sent == 0
    assert len(handler.received) == 1
    [row] = rows(engine)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)


def test_backoff_grows_and_gives_up_after_max_attempts(world: tuple[Path, Engine]) -> None:
    tmp_path, engine = world
    settings = smtp_settings(tmp_path, free_port())  # nothing listens there
    reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
    waits = []
    at = NOW
    for _ in range(settings.delivery.max_attempts - 1):
        [row] = rows(engine)
        assert row.next_attempt_at is not None
        waits.append(row.next_attempt_at - at)
        at = row.next_attempt_at
        reporting.retry_pending(settings, engine, now=at)
    [row] = rows(engine)
    assert waits == [timedelta(minutes=5 * 2 ** i) for i in range(len(waits))]
    assert (row.status, row.attempts, row.next_attempt_at) == ("failed", settings.delivery.max_attempts, None)
    assert reporting.retry_pending(settings, engine, now=at + timedelta(days=30)).failed == 0  # given up


def test_crash_between_send_and_record_resends_the_same_message(world: tuple[Path, Engine],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The server has the message but the run died before recording it: the next run after the claim expires
    sends the very same bytes with the same Message-ID, so the copy is recognisable as a duplicate."""
    tmp_path, engine = world
    handler = StoringHandler()
    original = Outbox._finish

    def crash_on_sent(self: Outbox, row_id: int, **values: object) -> None:
        if values.get("status") == "sent":
            raise KeyboardInterrupt("power cut")
        original(self, row_id, **values)

    with smtp_server(handler) as port:
        settings = smtp_settings(tmp_path, port)
        monkeypatch.setattr(Outbox, "_finish", crash_on_sent)
        with pytest.raises(KeyboardInterrupt):
            reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
        monkeypatch.setattr(Outbox, "_finish", original)
        [row] = rows(engine)
        assert row.status == "sending"
        soon = reporting.send_weekly(settings, engine, "2026-W47", now=NOW + timedelta(minutes=1))
        assert soon.delivery.sent == 0  # claimed by the crashed run: not yet
        later = reporting.retry_pending(settings, engine, now=NOW + timedelta(seconds=CLAIM_SECONDS + 1))
        assert later.sent == 1
    first, second = handler.received
    assert first.data == second.data
    assert first.message["Message-ID"] == second.message["Message-ID"]
    assert rows(engine)[0].status == "sent"


def test_two_processes_racing_send_each_message_once(world: tuple[Path, Engine]) -> None:
    """Two schedulers (two engines, two threads) deliver the same outbox at once: the conditional claim lets
    exactly one of them send each message."""
    tmp_path, engine = world
    handler = StoringHandler()
    with smtp_server(handler) as port:
        settings = smtp_settings(tmp_path, port)
        drafts = reporting.drafts_for("owners", settings, engine, reporting.resolve_period(
            "owners", "2026-W47", settings, NOW), NOW)
        pending = []
        for draft in drafts:
            key, raw = reporting.to_message(settings, draft, NOW)
            pending.append(Pending(key, draft.kind, draft.period, draft.recipient, "s", "m", raw))
        assert Outbox(engine).record(pending, NOW) == [True, True]
        assert Outbox(engine).record(pending, NOW) == [False, False]  # recorded once only
        barrier = threading.Barrier(2)
        results: list[int] = []

        def run() -> None:
            outbox = Outbox(make_engine(settings))
            barrier.wait()
            results.append(outbox.deliver_due(transport_for(settings), settings.smtp.sender, NOW).sent)

        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert sum(results) == 2
    assert sorted(r.rcpt_tos[0] for r in handler.received) == sorted([ANDERS, METTE])


def test_owners_get_only_their_own_profiles(world: tuple[Path, Engine]) -> None:
    tmp_path, engine = world
    handler = StoringHandler()
    with smtp_server(handler) as port:
        settings = smtp_settings(tmp_path, port)
        result = reporting.send_owner_digests(settings, engine, "2026-W47", now=NOW)
        reporting.send_owner_digests(settings, engine, "2026-W47", now=NOW)
    assert result.delivery.sent == 2
    by_rcpt = {r.rcpt_tos[0]: r.message for r in handler.received}
    assert set(by_rcpt) == {METTE, ANDERS}  # Sofie has nothing new: no mail
    for body in parts(by_rcpt[METTE]):
        assert "Klub Vest" in body and "010203-****" in body and "Skolens nyheder" in body
        assert "10. klasse" not in body and "tør ikke gå hjem" not in body and "Emil" not in body
        assert RAW_CPR not in body
    for body in parts(by_rcpt[ANDERS]):
        assert "tør ikke gå hjem" in body and "12 ** ** 78" in body
        assert "Klub Vest" not in body and "010203" not in body and "lort" not in body
        assert "underrette kommunen" in body  # the personal duty to notify
        assert "vi slår jer" not in body  # dismissed: not in the owner's digest
    assert by_rcpt[METTE]["To"].addresses[0].display_name == "Mette Holm"


def test_critical_alerts_go_to_the_right_people_once(world: tuple[Path, Engine]) -> None:
    tmp_path, engine = world
    handler = StoringHandler()
    with smtp_server(handler) as port:
        settings = smtp_settings(tmp_path, port)
        first = reporting.send_critical_alerts(settings, engine, now=NOW)
        second = reporting.send_critical_alerts(settings, engine, now=NOW)
    assert second.recorded == 0 and second.delivery.sent == 0
    got: dict[str, set[str]] = {}
    for r in handler.received:
        got.setdefault(str(r.message["X-Monitor-Report"]), set()).update(r.rcpt_tos)
    assert first.delivery.sent == len(handler.received) == 7
    welfare = [k for k, v in got.items() if WELFARE in v]
    assert len(welfare) == 1 and got[welfare[0]] == {ANDERS, COMMS, WELFARE}
    assert sorted(len(v) for v in got.values()) == [2, 2, 3]
    assert all(SOFIE not in v and BOSS not in v for v in got.values())
    for r in handler.received:
        assert str(r.message["Subject"]).startswith("KRITISK: ")
        text, html = parts(r.message)
        assert RAW_CPR not in text + html and "vi slår jer" not in text + html  # dismissed threat: no alert


def test_critical_alerts_for_given_flags_only(world: tuple[Path, Engine]) -> None:
    tmp_path, engine = world
    settings = make_settings(tmp_path)  # no SMTP host: .eml files in the outbox folder
    new_id = Seeder(engine).flag("musik", "conduct.threat", "critical", utc(2026, 11, 22, 20),
                                 excerpt="… jeg ved hvor du bor …")
    result = reporting.send_critical_alerts(settings, engine, flag_ids=[new_id], now=NOW)
    assert result.delivery.sent == 2  # Sofie (owner) and communications
    assert {r.recipient for r in rows(engine)} == {SOFIE, COMMS}
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 2


def test_quarterly_carries_inline_charts_and_no_personal_data(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    engine = make_engine(settings)
    seed_quarter(engine)
    handler = StoringHandler()
    with smtp_server(handler) as port:
        reporting.send_quarterly(smtp_settings(tmp_path, port), engine, "2026-Q3", now=NOW)
    [got] = handler.received
    assert got.rcpt_tos == [BOSS]
    msg = got.message
    related = [p for p in msg.walk() if p.get_content_type() == "multipart/related"]
    assert len(related) == 1
    images = [p for p in related[0].iter_parts() if p.get_content_type() == "image/png"]
    assert len(images) == 2
    text, html = parts(msg)
    for image in images:
        assert image.get_content().startswith(b"\x89PNG\r\n\x1a\n")
        cid = str(image["Content-ID"]).strip("<>")
        assert f'src="cid:{cid}"' in html
    for body in (text, html):
        assert "Emil" not in body and "22 **" not in body and RAW_PHONE not in body  # no excerpts at all
        assert "Mette" not in body and "Anders" not in body and "Emil" not in body  # no names of persons
        assert not any(a in body for a in (METTE, ANDERS, SOFIE, COMMS, "gmail"))  # no addresses
        assert "Klub Vest" in body  # profiles are the school's own
    assert "Fund i alt" in html and "juli" in html


def test_without_smtp_host_messages_become_eml_files_once(world: tuple[Path, Engine]) -> None:
    tmp_path, engine = world
    settings = make_settings(tmp_path)
    reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
    reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1 and "@" not in files[0].name
    assert rows(engine)[0].status == "sent"


def test_smtp_login_uses_the_password_from_the_environment(world: tuple[Path, Engine],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path, engine = world
    seen: list[tuple[bytes, bytes]] = []

    def authenticator(server: object, session: object, envelope: object, mechanism: str, auth_data: object) -> object:
        from aiosmtpd.smtp import AuthResult
        seen.append((auth_data.login, auth_data.password))  # type: ignore[attr-defined]
        return AuthResult(success=auth_data.password == b"hemmelig")  # type: ignore[attr-defined]

    handler = StoringHandler()
    monkeypatch.setenv("TEST_SMTP_PASSWORD", "hemmelig")
    with smtp_server(handler, authenticator=authenticator, auth_require_tls=False) as port:
        settings = make_settings(tmp_path, smtp_port=port)
        settings = settings.model_copy(update={"smtp": settings.smtp.model_copy(
            update={"username": "monitor", "password_env": "TEST_SMTP_PASSWORD"})})
        result = reporting.send_weekly(settings, engine, "2026-W47", now=NOW)
        monkeypatch.delenv("TEST_SMTP_PASSWORD")
        missing = reporting.send_quarterly(settings, engine, "2026-Q3", now=NOW)
    assert result.delivery.sent == 1 and seen == [(b"monitor", b"hemmelig")]
    assert missing.delivery.failed == 1
    failed = [r for r in rows(engine) if r.kind == "quarterly"][0]
    assert failed.last_error and "TEST_SMTP_PASSWORD" in failed.last_error and "hemmelig" not in failed.last_error
