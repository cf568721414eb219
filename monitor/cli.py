"""The ``monitor`` command line: parses options, wires objects together, turns errors into one line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from monitor import __version__
from monitor.config import Settings, load_settings, resolve_config_path
from monitor.errors import ConfigError, MonitorError

if TYPE_CHECKING:  # the database layer loads only for the commands that use it
    from sqlalchemy import Engine


class UsageFailure(click.ClickException):
    """A usage or configuration error: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file=None) -> None:  # type: ignore[no-untyped-def]
        click.echo(f"monitor: error: {self.format_message()}", err=True)


class RunFailure(click.ClickException):
    """A run that could not finish: one line on stderr, exit status 1."""

    exit_code = 1

    def show(self, file=None) -> None:  # type: ignore[no-untyped-def]
        click.echo(f"monitor: error: {self.format_message()}", err=True)


def load_or_fail(path: str | Path | None, required: bool = True) -> Settings:
    """Settings from the file chosen by precedence; a missing or invalid file is a UsageFailure."""
    resolved = resolve_config_path(path)
    if resolved is None:
        if required:
            raise UsageFailure("no configuration: pass --config FILE or set MONITOR_CONFIG "
                               "(see config.example.toml)")
        return Settings()
    try:
        return load_settings(resolved)
    except ConfigError as e:
        raise UsageFailure(str(e)) from e


config_option = click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), default=None, envvar="MONITOR_CONFIG",
    help="Configuration file (default: $MONITOR_CONFIG, then ./monitor.toml).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
def main() -> None:
    """Compliance monitor for an organisation's official social-media profiles."""


@main.command("check")
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="JSON lines with id, text and lang ('-' for stdin).")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Where to write the result lines (default: stdout).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Configuration with [organisation] and [consent]; without it no allow-lists apply.")
@click.option("--jobs", type=click.IntRange(0, 64), default=0, show_default=True,
              help="Worker processes; 0 picks one per core for a large input file, else one.")
def check_command(input_path: str, output_path: str, config_path: str | None, jobs: int) -> None:
    """Check posts given as JSON lines and write one result line per input line, in the same order."""
    from monitor.checking import auto_jobs, check_stream, check_stream_parallel, write_results
    from monitor.checks.base import CheckContext
    from monitor.checks.engine import Checker

    settings = load_or_fail(config_path) if config_path else Settings()
    try:
        context = CheckContext.from_settings(settings)
    except MonitorError as e:
        raise UsageFailure(str(e)) from e
    try:
        source = click.open_file(input_path, "r", encoding="utf-8", errors="surrogateescape")
    except OSError as e:
        raise UsageFailure(f"cannot read {input_path}: {e.strerror}") from e
    jobs = jobs or auto_jobs(input_path)
    with source, click.open_file(output_path, "w", encoding="utf-8", atomic=output_path != "-") as out:
        if jobs > 1:
            write_results(check_stream_parallel(context, source, jobs), out)
        else:
            write_results(check_stream(Checker(context), source), out)


@main.command("demo")
def demo_command() -> None:
    """Run the whole flow on built-in sample data into ./monitor-demo/: no network, no credentials."""
    from monitor.demo.run import run_demo
    from monitor.logging_setup import setup_logging

    setup_logging("WARNING")
    try:
        run_demo(click.echo)
    except MonitorError as e:
        raise RunFailure(str(e)) from e


log_level_option = click.option(
    "--log-level", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False), default="INFO",
    envvar="MONITOR_LOG_LEVEL", show_default=True, help="Least severe log level written to stderr.",
)


def _engine_or_fail(settings: Settings) -> Engine:
    from monitor.db import connect

    try:
        return connect(settings.database.url)
    except ConfigError as e:
        raise UsageFailure(str(e)) from e


@main.command("run")
@config_option
@log_level_option
def run_command(config_path: str | None, log_level: str) -> None:
    """Run the scheduler in the foreground until SIGTERM or SIGINT (fetch, alerts, reports, purge)."""
    from monitor.logging_setup import setup_logging
    from monitor.scheduler import MonitorScheduler

    setup_logging(log_level)
    settings = load_or_fail(config_path)
    engine = _engine_or_fail(settings)
    try:
        MonitorScheduler(settings, engine).run()
    finally:
        engine.dispose()


@main.command("purge")
@config_option
@click.option("--days", type=click.IntRange(min=1), default=None,
              help="Override [retention] days for this run.")
def purge_command(config_path: str | None, days: int | None) -> None:
    """Delete posts, comments and excerpts older than [retention] days now, and say what went."""
    from monitor.logging_setup import setup_logging
    from monitor.retention import purge

    setup_logging("WARNING")
    settings = load_or_fail(config_path)
    engine = _engine_or_fail(settings)
    try:
        result = purge(engine, days or settings.retention.days)
    finally:
        engine.dispose()
    click.echo(f"Purge: {result.describe()}.")


@main.command("status")
@config_option
def status_command(config_path: str | None) -> None:
    """Show the last fetch per profile, failing profiles, waiting messages and the next scheduled runs."""
    from monitor import status
    from monitor.logging_setup import setup_logging

    setup_logging("WARNING")
    settings = load_or_fail(config_path)
    engine = _engine_or_fail(settings)
    try:
        lines = status.render(status.collect(settings, engine))
    finally:
        engine.dispose()
    for line in lines:
        click.echo(line)


@main.command("fetch")
@config_option
@click.option("--profile", "profile_ids", multiple=True, metavar="ID",
              help="Read only this profile (repeatable); default: every configured profile.")
@click.option("--workers", type=click.IntRange(1, 64), default=8, show_default=True,
              help="Profiles read at the same time.")
@click.option("--alerts/--no-alerts", default=True, show_default=True,
              help="Send critical alerts for the flags this fetch opened.")
@log_level_option
def fetch_command(config_path: str | None, profile_ids: tuple[str, ...], workers: int, alerts: bool,
                  log_level: str) -> None:
    """Fetch, check and store every profile once; exit 1 when some profile could not be read.

    Critical flags found by this fetch are alerted at once (recorded in the outbox, so never twice).
    """
    from monitor.logging_setup import setup_logging
    from monitor.pipeline import run_once
    from monitor.run_summary import TerminalProgress

    setup_logging(log_level)
    settings = load_or_fail(config_path)
    if not settings.profiles:
        raise UsageFailure("no [[profiles]] in the configuration: nothing to fetch")
    engine = _engine_or_fail(settings)
    try:
        summary = run_once(settings, engine, profile_ids=list(profile_ids) or None, max_workers=workers,
                           progress=TerminalProgress() if sys.stderr.isatty() else None)
        if alerts and summary.opened_flag_ids:
            from monitor.reporting import send_critical_alerts

            sent = send_critical_alerts(settings, engine, flag_ids=summary.opened_flag_ids)
            click.echo(sent.line())
    except ConfigError as e:
        raise UsageFailure(str(e)) from e
    finally:
        engine.dispose()
    click.echo(f"Fetch: {summary.line()}.")
    for result in summary.failed:
        click.echo(f"monitor: {result.profile_id}: {result.error}", err=True)
    if summary.profiles_failed:
        click.get_current_context().exit(1)


@main.group("flags")
def flags_group() -> None:
    """List flags and change their status (acknowledge, resolve, dismiss)."""


@flags_group.command("list")
@config_option
@click.option("--status", type=click.Choice(["open", "acknowledged", "resolved", "dismissed", "all"]),
              default="open", show_default=True, help="'open' means not yet resolved (open or acknowledged).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--profile", "profile_ids", multiple=True, metavar="ID", help="Only this profile (repeatable).")
def flags_list_command(config_path: str | None, status: str, fmt: str, profile_ids: tuple[str, ...]) -> None:
    """List flags, oldest first; excerpts are masked."""
    import json

    from monitor.store import Store

    engine = _engine_or_fail(load_or_fail(config_path))
    try:
        flags = Store(engine).list_flags(status, profile_ids=profile_ids or None)
    finally:
        engine.dispose()
    if fmt == "jsonl":
        for flag in flags:
            click.echo(json.dumps(flag.as_json(), ensure_ascii=False))
        return
    click.echo(f"{'ID':>6}  {'STATUS':<12} {'SEVERITY':<8} {'CATEGORY':<22} {'PROFILE':<18} {'SEEN':<10} EXCERPT")
    for f in flags:
        excerpt = " ".join((f.excerpt or "").split())
        click.echo(f"{f.id:>6}  {f.status:<12} {f.severity:<8} {f.category:<22} {f.profile[:18]:<18} "
                   f"{f.first_seen:%Y-%m-%d} {excerpt[:60]}")
    click.echo(f"{len(flags)} flag(s)", err=True)


def _flag_action(action: str, help_text: str) -> None:
    @flags_group.command(action, help=help_text)
    @config_option
    @click.argument("flag_id", type=int)
    @click.option("--note", default=None, help="Why; kept in the flag's history.")
    @click.option("--by", "actor", default=None, help="Who (default: the login name).")
    def command(config_path: str | None, flag_id: int, note: str | None, actor: str | None) -> None:
        import getpass

        from monitor.flags import FlagError, transition
        from monitor.store import Store

        engine = _engine_or_fail(load_or_fail(config_path))
        try:
            flag = transition(Store(engine), flag_id, action, actor=actor or getpass.getuser(), note=note)
        except FlagError as e:
            raise UsageFailure(str(e)) from e
        finally:
            engine.dispose()
        resolution = f" ({flag.resolution})" if flag.resolution else ""
        click.echo(f"Flag {flag_id} is now {flag.status}{resolution}.")


_flag_action("acknowledge", "Mark a flag as seen and being handled.")
_flag_action("resolve", "Mark a flag as resolved (the post was fixed).")
_flag_action("dismiss", "Dismiss a flag (a false alarm); it re-opens only for new offending content.")


@main.command("profiles")
@config_option
def profiles_command(config_path: str | None) -> None:
    """Show each profile: platform, owner, last successful read, consecutive failures, last error."""
    from zoneinfo import ZoneInfo

    from monitor.status import local_time
    from monitor.store import Store

    settings = load_or_fail(config_path)
    engine = _engine_or_fail(settings)
    try:
        store = Store(engine)
        store.sync_profiles(settings)
        statuses = [p for p in store.profile_statuses() if p.active]
    finally:
        engine.dispose()
    click.echo(f"{'PROFILE':<20} {'PLATFORM':<9} {'OWNER':<22} {'LAST SUCCESS':<17} {'FAILS':>5}  LAST ERROR")
    for p in statuses:
        success = local_time(p.last_success_at, ZoneInfo(settings.organisation.timezone))
        owner = p.owner.split("<", 1)[0].strip() or p.owner
        click.echo(f"{p.id[:20]:<20} {p.platform:<9} {owner[:22]:<22} {success:<17} {p.consecutive_failures:>5}  "
                   f"{p.last_error or ''}")


@main.command("report")
@click.argument("kind", type=click.Choice(["weekly", "owners", "quarterly", "critical"]))
@click.option("--period", default=None, metavar="PERIOD",
              help="2026-W47 (weekly, owners), 2026-11-20 (owners) or 2026-Q3 (quarterly); default: the last "
                   "complete week, day (owners) or quarter. Not for critical.")
@click.option("--send", is_flag=True, help="Record the messages in the outbox and send them (never twice).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write the messages as .eml files to this folder instead; records and sends nothing.")
@config_option
def report_command(kind: str, period: str | None, send: bool, out_dir: str | None, config_path: str | None) -> None:
    """Build a report (weekly, owners, quarterly, critical) and send it or write it to a folder."""
    from monitor import reporting
    from monitor.logging_setup import setup_logging

    if send == (out_dir is not None):
        raise UsageFailure("give exactly one of --send or --out DIR")
    if kind == "critical" and period:
        raise UsageFailure("critical alerts have no period (one alert per critical flag)")
    setup_logging("WARNING")
    settings = load_or_fail(config_path)
    try:
        resolved = None if kind == "critical" else reporting.resolve_period(kind, period, settings, None)
    except MonitorError as e:
        raise UsageFailure(str(e)) from e
    engine = _engine_or_fail(settings)
    try:
        if out_dir is not None:
            paths = reporting.write_reports(settings, engine, kind, resolved, Path(out_dir))
            for path in paths:
                click.echo(str(path))
            label = f"{kind} {resolved.label}" if resolved else kind
            click.echo(f"Report {label}: {len(paths)} message(s) written, nothing recorded.")
            return
        senders = {"weekly": reporting.send_weekly, "owners": reporting.send_owner_digests,
                   "quarterly": reporting.send_quarterly}
        if kind == "critical":
            result = reporting.send_critical_alerts(settings, engine)
        else:
            result = senders[kind](settings, engine, period=resolved)
    except MonitorError as e:
        raise RunFailure(str(e)) from e
    finally:
        engine.dispose()
    click.echo(f"Report {result.line()}.")
    if result.delivery.failed:
        raise RunFailure(f"{result.delivery.failed} message(s) could not be delivered; they stay in the outbox "
                         "and are retried on the next run")


def run() -> None:  # pragma: no cover - console entry for `python -m monitor`
    main(prog_name="monitor")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
