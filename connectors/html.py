"""HTML to the text a reader sees (Mastodon statuses, feed entries, web pages).

Visible link text is kept; what a browser does not show is dropped: ``script``/``style``/``template``,
elements with the ``invisible`` class (Mastodon hides URL prefixes with it), ``hidden`` and
``display:none``/``visibility:hidden`` inline styles. Block elements and ``<br>`` become line breaks so
that patterns never join words across paragraphs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bs4 import BeautifulSoup, Tag
from bs4.dammit import EntitySubstitution, UnicodeDammit

_DROP_TAGS = ("script", "style", "template", "noscript", "head", "title", "meta", "link")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "section", "article", "header", "footer", "figure", "figcaption", "table"}


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_ENTITIES: dict[str, str] = EntitySubstitution.HTML_ENTITY_TO_CHARACTER


def _hidden(tag: Tag) -> bool:
    if tag.attrs is None:
        return False
    classes: list[str] = list(tag.get("class") or [])
    if "invisible" in classes:
        return True
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true" and tag.name == "span":
        return True
    style = tag.get("style")
    return bool(style and _HIDDEN_STYLE.search(str(style)))


def _hidden_attrs(name: str, attrs: dict[str, str]) -> bool:
    """``_hidden`` for a tag met while streaming (class split on whitespace, as bs4 does)."""
    if "invisible" in attrs.get("class", "").split():
        return True
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" and name == "span":
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style", "")))


# The common case (Mastodon statuses, most feed entries) is a small, well-formed fragment of simple
# tags. It is read with html.parser's own tokenizer, configured as BeautifulSoup configures it, and
# turned into text while streaming, without building a tree; anything else (a tag outside the list,
# a comment, a stray or missing end tag) falls back to BeautifulSoup. The result is the same text
# either way (tests/test_html_fast.py compares both paths).
_SIMPLE_TAGS = frozenset({
    "p", "div", "span", "a", "b", "i", "u", "s", "em", "strong", "del", "ins", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "small", "sub", "sup", "mark", "abbr", "cite", "q",
    "section", "article", "header", "footer", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th",
})
_SIMPLE_VOID = frozenset({"br", "img", "hr", "wbr"})


class _NotSimple(Exception):
    """The fragment needs the full parser."""


class _FastText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)  # as bs4's builder: references arrive one by one
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.skip_at: int | None = None  # depth of the hidden element being skipped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        void = tag in _SIMPLE_VOID
        if not void and tag not in _SIMPLE_TAGS:
            raise _NotSimple
        if self.skip_at is None:
            values = {k: "" if v is None else v for k, v in attrs}
            if attrs and _hidden_attrs(tag, values):
                if not void:
                    self.skip_at = len(self.stack)
            elif tag == "br" or tag in _BLOCKS:
                self.parts.append("\n")
        if not void:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SIMPLE_VOID:
            raise _NotSimple
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise _NotSimple
        self.stack.pop()
        if self.skip_at is not None:
            if self.skip_at == len(self.stack):
                self.skip_at = None
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_at is None:
            self.parts.append(data)

    def handle_entityref(self, name: str) -> None:
        char = _ENTITIES.get(name)
        if char is None:
            raise _NotSimple
        self.handle_data(char)

    def handle_charref(self, name: str) -> None:
        if not name.isdigit() or not name.isascii():
            raise _NotSimple
        char, _replaced = UnicodeDammit.numeric_character_reference(int(name))
        self.handle_data(char)

    def handle_comment(self, data: str) -> None:
        raise _NotSimple

    def handle_decl(self, decl: str) -> None:
        raise _NotSimple

    def handle_pi(self, data: str) -> None:
        raise _NotSimple

    def unknown_decl(self, data: str) -> None:
        raise _NotSimple


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _fast_text(html: str) -> str | None:
    """The text of a simple fragment, or None when it needs BeautifulSoup."""
    if "<" not in html and "&" not in html:
        return _tidy(html)
    parser = _FastText()
    try:
        parser.feed(html)
        parser.close()
    except _NotSimple:
        return None
    if parser.stack:
        return None  # an element left open: bs4 closes it implicitly; not worth mirroring
    return _tidy("".join(parser.parts))


def html_to_text(html: str | None) -> str:
    """Visible text of an HTML fragment or page, whitespace tidied, paragraphs on their own lines."""
    if not html:
        return ""
    fast = _fast_text(html)
    return fast if fast is not None else _soup_text(html)


def _soup_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if not tag.decomposed and _hidden(tag):
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return _tidy(soup.get_text())


def image_alts(html: str | None) -> list[tuple[str, str | None]]:
    """(src, alt) of every ``<img>`` in an HTML fragment, for Post.images."""
    if not html:
        return []
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for img in soup.find_all("img"):
        src = img.get("src")
        if isinstance(src, str) and src:
            alt = img.get("alt")
            found.append((src, str(alt) if alt else None))
    return found
