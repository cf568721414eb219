"""HTML to the text a reader sees (Mastodon statuses, feed entries, web pages).

Visible link text is kept; what a browser does not show is dropped: ``script``/``style``/``template``,
elements with the ``invisible`` class (Mastodon hides URL prefixes with it), ``hidden`` and
``display:none``/``visibility:hidden`` inline styles. Block elements and ``<br>`` become line breaks so
that patterns never join words across paragraphs.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

_DROP_TAGS = ("script", "style", "template", "noscript", "head", "title", "meta", "link")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
           "section", "article", "header", "footer", "figure", "figcaption", "table"}


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


def html_to_text(html: str | None) -> str:
    """Visible text of an HTML fragment or page, whitespace tidied, paragraphs on their own lines."""
    if not html:
        return ""
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
    text = soup.get_text()
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


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
