"""Rendering: autoescape, StrictUndefined, languages, local time, inlined CSS, nothing external, charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import UndefinedError
from sqlalchemy import Engine

from monitor import reporting
from reports import build
from reports.periods import parse_period
from reports.render import Renderer
from tests.report_fixtures import INJECTION, NOW, make_engine, make_settings, seed_quarter, seed_week


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = make_engine(make_settings(tmp_path))
    seed_week(engine)
    return engine


def weekly(engine: Engine, language: str = "da") -> tuple[str, str]:
    renderer = Renderer(language, "Europe/Copenhagen", "Ungdomsskolen")
    report = build.build_weekly(engine, parse_period("2026-W47"), NOW)
    rendered = renderer.render("weekly", "subject", r=report)
    return rendered.text, rendered.html


def test_weekly_html_is_escaped_inlined_and_self_contained(engine: Engine) -> None:
    text, html = weekly(engine)
    assert "<script" not in html and "<img" not in html and "onerror=alert(1)>" not in html
    assert "&lt;script&gt;" in html
    assert "<style>" in html and "@media" in html  # only the media query stays in a style block
    assert re.search(r'<div class="wrap" style="[^"]*max-width: 640px', html)  # the rest is inlined
    assert "<link" not in html and "@import" not in html and "font-face" not in html
    links = re.findall(r'(?:href|src)="([^"]+)"', html)
    assert links and all(link.startswith("https://social.example/") for link in links)
    assert INJECTION in text and "<div" not in text


def test_weekly_in_danish_and_english(engine: Engine) -> None:
    text_da, html_da = weekly(engine, "da")
    text_en, html_en = weekly(engine, "en")
    for body in (text_da, html_da):
        assert "Ugerapport" in body and "Nye fund" in body and "CPR-nummer" in body
        assert "Fjernet" in body and "Åben i 21 dage" in body
        assert "Sofie Lund skal forny adgangsnøglen" in body
        assert "17. nov. 2026 kl. 11.00" in body  # 10:00 UTC is 11:00 in Copenhagen in November
    for body in (text_en, html_en):
        assert "Weekly review" in body and "New flags" in body and "CPR number" in body
        assert "Removed" in body and "Open for 21 days" in body
        assert "Sofie Lund must renew the profile's access token" in body
        assert "17 Nov 2026, 11:00" in body
        assert "Nye fund" not in body
    assert 'lang="en"' in html_en and 'lang="da"' in html_da


def test_a_missing_variable_is_an_error_not_an_empty_string() -> None:
    renderer = Renderer()
    with pytest.raises(UndefinedError):
        renderer.render("weekly", "subject")


def test_owner_digest_has_guidance_per_category(engine: Engine) -> None:
    renderer = Renderer()
    digests = build.build_owner_digests(engine, parse_period("2026-W47"), NOW)
    anders = next(d for d in digests if d.owner_name == "Anders Bak")
    rendered = renderer.render("owners", "subject", d=anders)
    for body in (rendered.text, rendered.html):
        assert "Hej Anders Bak" in body
        assert "skærpet underretningspligt" in body and "underrette kommunen" in body
        assert "Fjern opslaget eller kommentaren" in body  # the phone number's guidance
        assert "kommunikationsmedarbejderen" in body


def test_quarterly_renders_charts_as_content_ids(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    engine = make_engine(settings)
    seed_quarter(engine)
    [draft] = reporting.draft_quarterly(settings, engine, parse_period("2026-Q3"), NOW)
    images = draft.rendered.images
    assert len(images) == 2 and all(i.png.startswith(b"\x89PNG") for i in images)
    for image in images:
        assert f'src="cid:{image.cid}"' in draft.rendered.html
    preview = reporting.preview_html(draft.rendered)
    assert "cid:" not in preview and preview.count("data:image/png;base64,") == 2
    assert "Emil" not in draft.rendered.html + draft.rendered.text
