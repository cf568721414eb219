"""The ``monitor`` command line: parses options, wires objects together, turns errors into one line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from monitor import __version__
from monitor.config import Settings, load_settings, resolve_config_path
from monitor.errors import ConfigError, MonitorError


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
def check_command(input_path: str, output_path: str, config_path: str | None) -> None:
    """Check posts given as JSON lines and write one result line per input line."""
    from monitor.checking import check_stream, write_results
    from monitor.checks.base import CheckContext
    from monitor.checks.engine import Checker

    settings = load_or_fail(config_path) if config_path else Settings()
    try:
        context = CheckContext.from_settings(settings)
    except MonitorError as e:
        raise UsageFailure(str(e)) from e
    checker = Checker(context)
    try:
        source = click.open_file(input_path, "r", encoding="utf-8", errors="surrogateescape")
    except OSError as e:
        raise UsageFailure(f"cannot read {input_path}: {e.strerror}") from e
    with source, click.open_file(output_path, "w", encoding="utf-8", atomic=output_path != "-") as out:
        write_results(check_stream(checker, source), out)


@main.command("demo")
def demo_command() -> None:
    """Run the whole flow on built-in sample data: no network, no credentials."""
    from monitor.demo.run import run_demo

    run_demo(click.echo)


def run() -> None:  # pragma: no cover - console entry for `python -m monitor`
    main(prog_name="monitor")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
