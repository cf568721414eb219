"""The retention purge: old text goes, the counts the quarterly summary needs stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select
from sqlmodel import Session

from monitor.cli import main
from monitor.db import connect
from monitor.models import FetchRun, Flag, FlagEvent, OutboxMessage, PostRow, ProfileRow
from monitor.retention import purge

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
SECRET = "Ring til Ida Eksempel på 42 71 38 90"


def _post(pid: str, created: datetime, kind: str = "post") -> PostRow:
    return PostRow(profile_id="klub", platform_id=pid, kind=kind, url=f"https://fb.example/{pid}", text=SECRET,
                   created_at=created, fetched_at=created, content_hash="h" + pid)


def _flag(post: PostRow, status: str, first_seen: datetime, resolution: str | None = None) -> Flag:
    return Flag(post_id=post.id, profile_id="klub", platform="facebook", kind=post.kind, category="personal.phone",
                severity="high", rule="phone.dk", excerpt="Ring til I. E. på 42 ** ** 90", content_hash="h",
                status=status, resolution=resolution, first_seen=first_seen, last_seen=first_seen,
                resolved_at=first_seen + timedelta(days=1) if status == "resolved" else None,
                post_created_at=post.created_at)


def seed(url: str, now: datetime = NOW) -> None:
    """Posts, flags, notes, runs and messages 200 days old (old) and 10 days old (recent)."""
    old, recent = now - timedelta(days=200), now - timedelta(days=10)
    engine = connect(url)
    with Session(engine) as s:
        s.add(ProfileRow(id="klub", name="Klub", platform="facebook", account="1", owner="O <o@x.dk>"))
        s.commit()
        old_post, old_comment, old_open, new_post = (_post("p1", old), _post("c1", old, "comment"),
                                                     _post("p2", old), _post("p3", recent))
        s.add_all([old_post, old_comment, old_open, new_post])
        s.commit()
        flags = [_flag(old_post, "resolved", old, "edited"), _flag(old_comment, "dismissed", old),
                 _flag(old_open, "open", old), _flag(new_post, "open", recent)]
        s.add_all(flags)
        s.commit()
        s.add_all([
            FlagEvent(flag_id=flags[0].id or 0, at=old, actor="Mette", to_status="resolved", note=SECRET),
            FlagEvent(flag_id=flags[3].id or 0, at=recent, actor="Mette", to_status="acknowledged", note="ok"),
            FetchRun(profile_id="klub", started_at=old, finished_at=old, outcome="ok"),
            FetchRun(profile_id="klub", started_at=recent, finished_at=recent, outcome="ok"),
            OutboxMessage(key="weekly|2025-W40|c@x.dk", kind="weekly", period="2025-W40", recipient="c@x.dk",
                          subject="s", message_id="<m1@x>", raw=SECRET.encode(), status="sent", created_at=old),
            OutboxMessage(key="weekly|2026-W21|c@x.dk", kind="weekly", period="2026-W21", recipient="c@x.dk",
                          subject="s", message_id="<m2@x>", raw=b"recent", status="sent", created_at=recent),
        ])
        s.commit()
    engine.dispose()


def test_purge_removes_old_text_and_keeps_the_counts(database_url: str) -> None:
    seed(database_url)
    engine = connect(database_url)
    result = purge(engine, 180, now=NOW)
    assert (result.posts, result.comments) == (1, 1)
    assert result.fetch_runs == 1
    assert result.flag_excerpts == 2
    assert result.event_notes == 1
    assert result.outbox_bodies == 1
    with Session(engine) as s:
        texts = [p.platform_id for p in s.exec(select(PostRow).order_by(PostRow.platform_id)).scalars()]
        assert texts == ["p2", "p3"], "the old post with an open flag stays until the flag closes"
        flags = s.exec(select(Flag).order_by(Flag.id)).scalars().all()
        assert len(flags) == 4, "every flag survives for the statistics"
        assert [f.category for f in flags] == ["personal.phone"] * 4
        assert [f.status for f in flags] == ["resolved", "dismissed", "open", "open"]
        assert flags[0].resolution == "edited" and flags[0].resolved_at is not None
        assert flags[0].post_id is None and flags[0].excerpt is None and flags[0].content_hash is None
        assert flags[1].post_id is None and flags[1].excerpt is None
        assert flags[2].post_id is not None and flags[2].excerpt, "an open flag keeps what its owner must act on"
        assert flags[3].excerpt
        notes = [e.note for e in s.exec(select(FlagEvent).order_by(FlagEvent.id)).scalars()]
        assert notes == [None, "ok"]
        outbox = s.exec(select(OutboxMessage).order_by(OutboxMessage.id)).scalars().all()
        assert [m.raw for m in outbox] == [None, b"recent"]
        assert [m.key for m in outbox] == ["weekly|2025-W40|c@x.dk", "weekly|2026-W21|c@x.dk"], \
            "keys stay, so an old report is still never sent twice"
        assert s.exec(select(func.count()).select_from(FetchRun)).scalar_one() == 1
    # Nothing left to do the second time.
    again = purge(engine, 180, now=NOW)
    assert again.total == 0
    engine.dispose()


def test_old_post_goes_once_its_flag_is_closed(database_url: str) -> None:
    seed(database_url)
    engine = connect(database_url)
    purge(engine, 180, now=NOW)
    with Session(engine) as s:
        flag = s.exec(select(Flag).where(Flag.status == "open").order_by(Flag.id)).scalars().first()
        assert flag is not None
        flag.status, flag.resolution, flag.resolved_at = "resolved", "removed", NOW
        s.add(flag)
        s.commit()
    result = purge(engine, 180, now=NOW)
    assert result.posts == 1
    with Session(engine) as s:
        assert [p.platform_id for p in s.exec(select(PostRow)).scalars()] == ["p3"]
    engine.dispose()


def test_purge_command_says_what_it_removed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    seed(url, now=datetime.now(UTC))
    config = tmp_path / "monitor.toml"
    config.write_text(f'[database]\nurl = "{url}"\n[retention]\ndays = 180\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["purge", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "Purge: removed 1 posts and 1 comments" in result.output
    assert "deleted 1 fetch runs" in result.output
