"""The streaming path of ``html_to_text`` gives exactly the text the BeautifulSoup path gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.html import _fast_text, _soup_text, html_to_text

FIXTURES = Path(__file__).parent / "fixtures"

CASES = [
    '<p>Hej <a href="https://example.org/x"><span class="invisible">https://</span>'
    '<span class="">example.org/x</span><span class="invisible"></span></a></p><p>Ny linje<br />og en til</p>',
    "<p>Tom &amp; Jerry &lt;3 &#39;citat&#39; &quot;x&quot; &nbsp;mellemrum</p>",
    "<p>a</p>\n\n<p>  b \t c </p>",
    '<div style="display: none">skjult</div><p hidden>også skjult</p><span aria-hidden="true">x</span>synlig',
    '<p aria-hidden="true">en p med aria-hidden vises</p>',
    "<ul><li>et</li><li>to</li></ul><blockquote>citat</blockquote><pre>  kode\n  her </pre>",
    "ingen tags, bare tekst\nover to linjer",
    '<p><img src="a.jpg" alt="billede">efter billedet<br>ny<wbr>linje<hr></p>',
]
FALLBACK_CASES = [
    "<p>uafsluttet",  # an element left open
    "<p>a</b></p>",  # a stray end tag
    "<!-- kommentar --><p>tekst</p>",
    "<script>alert(1)</script><p>tekst</p>",
    "<p>&#x41;&#x42; hex</p>",
    "<p>&ukendt; og &amp</p>",
    "<ruby>漢<rt>kan</rt></ruby>",
    "<p/>selvlukkende p",
]


@pytest.mark.parametrize("html", CASES + FALLBACK_CASES)
def test_same_text_as_beautifulsoup(html: str) -> None:
    assert html_to_text(html) == _soup_text(html)


@pytest.mark.parametrize("html", CASES)
def test_simple_fragments_take_the_fast_path(html: str) -> None:
    assert _fast_text(html) is not None


@pytest.mark.parametrize("html", FALLBACK_CASES)
def test_unusual_markup_falls_back(html: str) -> None:
    assert _fast_text(html) is None


def test_mastodon_fixture_contents() -> None:
    contents = [status["content"] for name in ("page1.json", "page2.json", "context.json")
                for status in _statuses(json.loads((FIXTURES / "mastodon" / name).read_text()))]
    assert contents
    for html in contents:
        assert html_to_text(html) == _soup_text(html)


def _statuses(body: object) -> list[dict[str, str]]:
    items = body.get("descendants", []) if isinstance(body, dict) else body
    return [item for item in items if isinstance(item, dict) and isinstance(item.get("content"), str)]


_TOKENS = st.sampled_from([
    "<p>", "</p>", "<span>", "</span>", '<span class="invisible">', '<span class="x invisible y">', "<a href='u'>",
    "</a>", "<br>", "<br/>", "</br>", "<div hidden>", "<div>", "</div>", '<em style="visibility: hidden">', "<em>",
    "</em>", "<li>", "</li>", "<pre>", "</pre>", "<img src=x alt=y>", "<b>", "</b>", "<script>", "</script>",
    "<!-- c -->", "&amp;", "&#39;", "&#150;", "&#x41;", "&nbsp;", "&bogus;", "&amp", "<", ">", "&",
    " ", "  ", "\n", "\t", "\r\n", "\u00a0", "\v", "tekst", "Ord", "æøå",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOKENS, max_size=30))
def test_random_markup_same_text(tokens: list[str]) -> None:
    html = "".join(tokens)
    assert html_to_text(html) == _soup_text(html)


_OPEN = st.sampled_from(["<p>", "<span>", '<span class="invisible">', '<span class="a  invisible">', "<a href='u'>",
                         "<div hidden>", "<div>", '<em style="display:none">', "<em>", "<li>", "<pre>", "<b>",
                         '<span aria-hidden="true">', '<p aria-hidden="true">', "<blockquote>", "<h2>"])
_LEAF = st.sampled_from(["tekst", " ", "\n", "  \n \t", "\r\n", "\u00a0", "&amp;", "&#39;", "&#150;", "<br>", "<br/>",
                         '<br class="invisible">', "<img src=x>", "<wbr>", "Ord ", " æøå", "&nbsp;"])


def _wrap(children: list[str], tag: str) -> str:
    name = tag[1:].split(">")[0].split()[0]
    return f"{tag}{''.join(children)}</{name}>"


_TREE = st.recursive(_LEAF, lambda inner: st.builds(_wrap, st.lists(inner, max_size=4), _OPEN), max_leaves=25)


@settings(max_examples=400, deadline=None)
@given(st.lists(_TREE, max_size=4))
def test_random_well_formed_markup_same_text(parts: list[str]) -> None:
    html = "".join(parts)
    assert _fast_text(html) is not None
    assert html_to_text(html) == _soup_text(html)
