"""Keep the registries, the example configuration and the README honest (STYLE habit 15)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

import connectors
from monitor.checks.engine import Checker
from monitor.checks.registry import CHECK_CLASSES
from monitor.checks.taxonomy import CATEGORIES
from monitor.config import PLATFORMS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = tomllib.loads((ROOT / "config.example.toml").read_text(encoding="utf-8"))


def test_every_platform_has_a_connector() -> None:
    assert set(connectors.REGISTRY) == set(PLATFORMS)


@pytest.mark.parametrize("platform", PLATFORMS)
def test_connector_is_documented_configured_and_tested(platform: str) -> None:
    cls = connectors.REGISTRY[platform]
    assert cls.platform == platform
    assert cls.__doc__ and cls.__doc__.strip().splitlines()[0], "the first docstring line is the help text"
    assert platform in EXAMPLE["connectors"], f"[connectors.{platform}] missing from config.example.toml"
    assert any(p["platform"] == platform for p in EXAMPLE["profiles"]), "an example profile"
    assert f"`{platform}`" in README, "a README entry (how to obtain its token)"
    assert any((ROOT / "tests" / "fixtures" / platform).iterdir()), "fixture files"


def test_every_check_has_named_documented_rules() -> None:
    seen: set[str] = set()
    for cls in CHECK_CLASSES:
        assert cls.name and cls.__doc__, cls
        for rule in cls.rules:
            assert re.fullmatch(r"[a-z_]+\.[a-z0-9_.]+", rule.id), rule.id
            assert rule.id not in seen, f"rule id {rule.id} used twice"
            seen.add(rule.id)
            assert rule.explanation_da.strip() and rule.explanation_en.strip(), rule.id


def test_every_text_category_has_a_rule() -> None:
    covered = {rule.category for rule in Checker().rules}
    text_categories = {code for code in CATEGORIES if not code.startswith("media.")}
    assert text_categories <= covered, text_categories - covered
