"""Delivery: the outbox table, SMTP, and a folder of ``.eml`` files when no SMTP server is configured.

Exactly once, as far as e-mail allows it:

* A message is recorded in the outbox (``pending``, with its rendered bytes) **before** anything is sent.
  Its ``key`` is ``kind|period|recipient`` and is unique in the table, so recording the same report twice
  (the command run twice, two schedulers) inserts nothing the second time and nothing is sent again.
* Sending first *claims* the row with a conditional UPDATE (``pending``/``failed`` -> ``sending``, attempts
  + 1); only the process whose UPDATE changed the row sends it. No database transaction is held open while
  the SMTP conversation runs.
* After the server's final ``250`` the row becomes ``sent``; on any error it becomes ``failed`` with the
  (masked) error and ``next_attempt_at`` set by exponential backoff, and a later run sends it again, until
  ``[delivery] max_attempts`` is reached.
* A crash between the server's ``250`` and recording ``sent`` leaves the row in ``sending``. Once its claim
  has expired (``CLAIM_SECONDS``) a later run sends it again: the *same bytes* with the *same Message-ID*,
  derived from the key (``<sha256(key)…@sender-domain>``). That is the one case in which a recipient can get
  a second copy, and it is recognisable as a duplicate: mail clients and servers that deduplicate by
  Message-ID (Gmail, Outlook, most archivers) show it once. SMTP offers no way to ask a server whether it
  already has a message, so nothing stronger is possible without losing the message instead; losing a
  critical alert is the worse failure. With the ``.eml`` folder the resend overwrites the same file with the
  same bytes, so there it is exactly once.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import smtplib
import ssl
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, and_, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from monitor.config import Settings, Smtp
from monitor.errors import MonitorError
from monitor.logging_setup import mask_text
from monitor.models import OutboxMessage

log = logging.getLogger(__name__)

CLAIM_SECONDS = 15 * 60  # a ``sending`` row older than this is taken to have crashed mid-way
BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=6)
RETRYABLE = ("pending", "failed", "sending")


class DeliveryError(MonitorError):
    """A message could not be handed to the mail server or written to the folder."""


def message_key(kind: str, period: str, recipient: str) -> str:
    return f"{kind}|{period}|{recipient.strip().lower()}"


def message_id(key: str, sender: str) -> str:
    """Derived from the key only, so every attempt at the same message carries the same Message-ID."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    domain = sender.rsplit("@", 1)[-1].strip(" >") if "@" in sender else "monitor.invalid"
    return f"<{digest}.{key.split('|', 1)[0]}@{domain}>"


def file_stem(kind: str, period: str, key: str) -> str:
    """A file name without personal data: kind, period and a short hash of the key."""
    safe_period = re.sub(r"[^A-Za-z0-9_.-]", "_", period)
    return f"{kind}-{safe_period}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


@dataclass(frozen=True)
class Attachment:
    cid: str  # without angle brackets
    data: bytes
    filename: str
    subtype: str = "png"


def compose(*, subject: str, text: str, html: str, sender: str, sender_name: str, recipient: str,
            recipient_name: str = "", msg_id: str, date: datetime, report: str,
            inline_images: Iterable[Attachment] = ()) -> EmailMessage:
    """A multipart/alternative message (text, then HTML); inline images make the HTML part
    multipart/related, referenced from the HTML as ``cid:…``."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = formataddr((sender_name, sender)) if sender_name else sender
    msg["To"] = formataddr((recipient_name, recipient)) if recipient_name else recipient
    msg["Date"] = format_datetime(date.astimezone(UTC))
    msg["Message-ID"] = msg_id
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Monitor-Report"] = report
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    images = list(inline_images)
    if images:
        html_part = msg.get_payload()[1]  # type: ignore[index]
        assert isinstance(html_part, EmailMessage)
        for image in images:
            html_part.add_related(image.data, "image", image.subtype, cid=f"<{image.cid}>",
                                  filename=image.filename, disposition="inline")
    return msg


def as_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=policy.SMTP)


# --- transports -------------------------------------------------------------------------------------

class Transport(Protocol):
    def send(self, raw: bytes, sender: str, recipient: str, stem: str) -> None: ...

    def close(self) -> None: ...


class SmtpTransport:
    """One SMTP connection per batch, opened on first use; closed and reopened after any error."""

    def __init__(self, smtp: Smtp) -> None:
        if not smtp.host:
            raise DeliveryError("smtp.host is not set")
        self.smtp = smtp
        self._conn: smtplib.SMTP | None = None

    def _password(self) -> str | None:
        if not self.smtp.username:
            return None
        if not self.smtp.password_env:
            raise DeliveryError("smtp.username is set but smtp.password_env is not")
        password = os.environ.get(self.smtp.password_env)
        if password is None:
            raise DeliveryError(f"the environment variable {self.smtp.password_env} (smtp.password_env) is not set")
        return password

    def _connect(self) -> smtplib.SMTP:
        s, host = self.smtp, self.smtp.host or ""
        context = ssl.create_default_context()
        conn: smtplib.SMTP
        if s.ssl:
            conn = smtplib.SMTP_SSL(host, s.port or 465, timeout=s.timeout, context=context)
        else:
            conn = smtplib.SMTP(host, s.port or (587 if s.starttls else 25), timeout=s.timeout)
            if s.starttls:
                conn.starttls(context=context)
        password = self._password()
        if s.username and password is not None:
            conn.login(s.username, password)
        return conn

    def send(self, raw: bytes, sender: str, recipient: str, stem: str) -> None:
        try:
            if self._conn is None:
                self._conn = self._connect()
            self._conn.sendmail(sender, [recipient], raw)
        except (smtplib.SMTPException, OSError):
            self._drop()
            raise

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._conn.quit()
            self._drop()


class FileTransport:
    """Writes each message as ``<stem>.eml``; a rewrite of the same message replaces the same file."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def send(self, raw: bytes, sender: str, recipient: str, stem: str) -> None:
        write_file(self.directory / f"{stem}.eml", raw)

    def close(self) -> None:
        return None


def write_file(path: Path, data: bytes) -> Path:
    """Atomically: a reader never sees half a message."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".eml")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def transport_for(settings: Settings) -> Transport:
    """SMTP when ``[smtp] host`` is set, else the ``[delivery] outbox_dir`` folder."""
    if settings.smtp.host:
        return SmtpTransport(settings.smtp)
    return FileTransport(settings.delivery.outbox_dir)


# --- the outbox -------------------------------------------------------------------------------------

@dataclass
class DeliveryStats:
    sent: int = 0
    failed: int = 0

    def __iadd__(self, other: DeliveryStats) -> DeliveryStats:
        self.sent += other.sent
        self.failed += other.failed
        return self


def safe_error(error: BaseException) -> str:
    """The error as one short line with personal data masked (servers quote the refused address)."""
    text = f"{type(error).__name__}: {error}"
    return mask_text(" ".join(text.split()))[:500]


def backoff(attempts: int) -> timedelta:
    """5 min, 10, 20, 40 … capped at 6 h."""
    delay: timedelta = BACKOFF_BASE * (2 ** max(0, attempts - 1))
    return min(delay, BACKOFF_MAX)


@dataclass(frozen=True)
class Pending:
    """A rendered message waiting to be recorded."""

    key: str
    kind: str
    period: str
    recipient: str
    subject: str
    message_id: str
    raw: bytes


class Outbox:
    def __init__(self, engine: Engine, max_attempts: int = 8) -> None:
        self.engine = engine
        self.max_attempts = max_attempts

    def has(self, key: str) -> bool:
        with Session(self.engine) as session:
            return session.exec(select(OutboxMessage.id).where(OutboxMessage.key == key)).first() is not None

    def periods(self, kind: str) -> set[str]:
        """Periods for which at least one ``kind`` message was recorded (whatever its status)."""
        with Session(self.engine) as session:
            return set(session.exec(select(OutboxMessage.period).where(OutboxMessage.kind == kind)).all())

    def record(self, items: Iterable[Pending], now: datetime) -> list[bool]:
        """Record messages as pending, all in one transaction (a crash records all or none of one report's
        messages); a key recorded before is left alone. Returns, per item, whether it was new."""
        items = list(items)
        try:
            return self._insert(items, now)
        except IntegrityError:
            # Another process recorded some of them in the meantime: go one by one.
            out = []
            for item in items:
                try:
                    out.extend(self._insert([item], now))
                except IntegrityError:
                    out.append(False)
            return out

    def _insert(self, items: list[Pending], now: datetime) -> list[bool]:
        out = []
        with Session(self.engine) as session:
            for item in items:
                if session.exec(select(OutboxMessage.id).where(OutboxMessage.key == item.key)).first() is not None:
                    out.append(False)
                    continue
                session.add(OutboxMessage(
                    key=item.key, kind=item.kind, period=item.period, recipient=item.recipient.strip().lower(),
                    subject=item.subject, message_id=item.message_id, raw=item.raw, status="pending", attempts=0,
                    created_at=now, next_attempt_at=now))
                out.append(True)
            session.commit()
        return out

    def due(self, now: datetime) -> list[int]:
        query = (
            select(OutboxMessage.id)
            .where(col(OutboxMessage.status).in_(RETRYABLE), col(OutboxMessage.attempts) < self.max_attempts,
                   or_(col(OutboxMessage.next_attempt_at).is_(None), col(OutboxMessage.next_attempt_at) <= now))
            .order_by(col(OutboxMessage.created_at), col(OutboxMessage.id))
        )
        with Session(self.engine) as session:
            return [i for i in session.exec(query).all() if i is not None]

    def _claim(self, row_id: int, now: datetime) -> OutboxMessage | None:
        """Take the row for this process; None when another process took it (or it is not due)."""
        table = OutboxMessage.__table__  # type: ignore[attr-defined]
        with self.engine.begin() as conn:
            result = conn.execute(
                update(table)
                .where(table.c.id == row_id, table.c.status.in_(RETRYABLE), table.c.attempts < self.max_attempts,
                       or_(table.c.next_attempt_at.is_(None), table.c.next_attempt_at <= now))
                .values(status="sending", attempts=table.c.attempts + 1,
                        next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
            )
            if result.rowcount != 1:
                return None
        with Session(self.engine) as session:
            return session.get(OutboxMessage, row_id)

    def _finish(self, row_id: int, **values: object) -> None:
        table = OutboxMessage.__table__  # type: ignore[attr-defined]
        with self.engine.begin() as conn:
            conn.execute(update(table).where(and_(table.c.id == row_id, table.c.status == "sending")).values(**values))

    def deliver_due(self, transport: Transport, sender: str, now: datetime | None = None) -> DeliveryStats:
        """Send every due message once; record each outcome right after its attempt."""
        stats = DeliveryStats()
        try:
            for row_id in self.due(now or datetime.now(UTC)):
                at = now or datetime.now(UTC)
                row = self._claim(row_id, at)
                if row is None or row.raw is None:
                    continue
                stem = file_stem(row.kind, row.period, row.key)
                try:
                    transport.send(row.raw, sender, row.recipient, stem)
                except (smtplib.SMTPException, OSError, DeliveryError) as e:
                    error = safe_error(e)
                    retry_at = at + backoff(row.attempts) if row.attempts < self.max_attempts else None
                    self._finish(row_id, status="failed", last_error=error, next_attempt_at=retry_at)
                    log.warning("could not deliver %s %s (attempt %d): %s", row.kind, row.period, row.attempts, error)
                    stats.failed += 1
                    continue
                self._finish(row_id, status="sent", sent_at=now or datetime.now(UTC), last_error=None,
                             next_attempt_at=None)
                stats.sent += 1
        finally:
            transport.close()
        return stats
