"""Praise of violent extremists in everyday words: "IS kæmper for den rigtige sag, de er helte".

A group or a perpetrator is named (the groups of ``conduct_extremism.txt``, a few more, and "IS" when
written in capitals) and, in the same sentence, praise is given: heroes, martyrs, freedom fighters,
the right cause, admiration, "had a point", "more like him". Denials ("IS er ikke helte"), reported
or quoted praise ("hyldes som helte i propagandaen"), questions and condemnation are left out; the
caller drops teaching and news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from monitor.checks.conduct_first_chars import with_first_chars
from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_view import LETTER

EXTREMISM = "conduct_extremism.txt"

_MORE_GROUPS = (r"hamas|hizbollah|hezbollah|jihadist\w*|mujahedin|bin\s+laden|osama|nazister(?:ne)?|nazis|"
                r"(?:the\s+)?ss|anders\s+behring|is-\w+|isis-\w+")
_PRAISE = (
    r"helte(?:ne)?|heroes|(?:en|a|my|min|vores|our)\s+(?:\w+\s+)?(?:hero\b|helt(?=\s*(?:$|[,.!?:;]|og\s|for\s|i\s)))|"
    r"martyr\w*|frihedskæmpere|"
    r"freedom\s+fighters|hellige\s+krigere|holy\s+warriors|"
    r"(?:den|the|en|a)\s+(?:rigtige|gode|retfærdige|hellige|right|true|just|holy|good)\s+(?:sag|cause|side)|"
    r"(?:kæmper|kæmpede|fighting|fights|fought)\s+for\s+(?:os|sandheden|friheden|islam|muslimerne|folket|racen|danmark|"
    r"vores|us|the\s+truth|freedom|our|muslims|the\s+people|the\s+race|the\s+white\s+race)|"
    r"(?:en|a)\s+(?:stor|great|god|good|fantastisk|amazing|brilliant|genial)\s+(?:mand|man|leder|leader)|et\s+geni|"
    r"a\s+genius|(?:er|is|are|var|was|were)\s+(?:så\s+|mega\s+|virkelig\s+|bare\s+|so\s+|really\s+)?"
    r"(?:seje|sej|sejt|cool|awesome|badass|fede|legends|goated|de\s+bedste|the\s+best)|"
    r"(?:ægte|sande|rigtige|true|real)\s+(?:krigere|warriors|muslimer|muslims|patrioter|patriots|mænd|men)|"
    r"krigere\s+for\s+(?:islam|allah|gud|os)|warriors\s+(?:of|for)\s+(?:islam|allah|god)|"
    r"(?:de\s+eneste|the\s+only\s+ones?)\s+(?:with|med)\s+(?:real\s+|true\s+|ægte\s+|rigtigt?\s+)?(?:courage|guts|balls|honou?r|mod|ære)|"
    r"(?:de\s+eneste|the\s+only\s+ones?)\s+(?:der|som|who|that)\s+(?:kæmper|tør|gør\s+noget|står\s+op|tager\s+kampen|fights?|dares?|stands?)|"
    r"beundr\w*|admir\w*|respekt|respect|legende\w*|legend\w*|idol\w*|forbillede\w*|role\s+models?|"
    r"(?:har|havde|had|has)\s+(?:jo\s+|faktisk\s+|sgu\s+|fandme\s+|helt\s+|totally\s+|actually\s+)?(?:ret|en\s+pointe|"
    r"a\s+point|a\s+good\s+point)\b|(?:was|were|is|are)\s+(?:totally\s+|actually\s+)?right\b|"
    r"(?:siger|sagde|fortæller|tells?|told|speaks?)\s+(?:bare\s+|jo\s+|just\s+|only\s+)?(?:sandheden|the\s+truth)|"
    r"(?:gjorde|gør)\s+(?:det\s+)?(?:rigtige|rigtigt|intet\s+forkert)|(?:did|does|do)\s+(?:the\s+)?right\s+thing|"
    r"(?:flere|more)\s+(?:som|like)|(?:guds|allahs|gudernes|god'?s|allah'?s)\s+(?:arbejde|work|krigere|warriors)|"
    r"fortjener\s+(?:respekt|støtte|ros|en\s+medalje)|deserved?\s+(?:respect|support|praise|a\s+medal)|"
    r"(?:jeg|vi|i|we)\s+(?:\w+\s+)?(?:støtter|supports?|elsker|love)|jeg\s+er\s+med\s+(?:dem|jer)|i'?m\s+with\s+them|"
    r"(?:de|they)\s+er\s+(?:seje|de\s+bedste)|they\s+are\s+(?:the\s+best|awesome|based)|👑|🐐"
)
# Before the praise in the same clause: a denial, or praise only reported ("kalder dem helte", "propaganda").
_DENIED = re.compile(r"\b(?:ikke|aldrig|ingen|langt\s+fra|not|never|no|isn't|aren't|wasn't|weren't|don't|doesn't|"
                     r"didn't|kald\w*|calls?|called|hyld\w*|propaganda\w*|påstår|claims?|mener\s+at\s+de|"
                     r"think\s+they)\b|n't\b")
_CONDEMNED = re.compile(r"\b(?:mordere|morderne|terrorister|ondskab|ond|onde|afskyelig\w*|forfærdelig\w*|frygtelig\w*|"
                        r"murderers|evil|terrible|horrible|disgusting|sick|syge)\b")
_SENTENCE = re.compile(r"[^.!?\n]*[.!?]*")


@cache
def _group_pattern() -> re.Pattern[str]:
    groups = f"{macro(EXTREMISM, 'GROUPS')}|{_MORE_GROUPS}"
    return with_first_chars(re.compile(rf"(?<![{LETTER}])(?:{groups})(?![{LETTER}])"))


_PRAISE_RE = with_first_chars(re.compile(rf"(?<![{LETTER}])(?:{_PRAISE})(?![{LETTER}])"))
_CAPS_IS = re.compile(r"(?<![A-Za-zÆØÅæøå])IS(?![A-Za-zÆØÅæøå])")


_CAPS_WORD = re.compile(r"(?<![A-Za-zÆØÅæøå])[A-ZÆØÅ]{2,}(?![A-Za-zÆØÅæøå])")


def _shouting(text: str, index: int) -> bool:
    """Whether "IS" at ``index`` sits among other words in capitals ("THIS IS SO AWESOME")."""
    return len(_CAPS_WORD.findall(text, max(0, index - 30), index + 32)) >= 3


def _group_spans(sentence: str, offset: int, is_caps: Callable[[int], bool]) -> list[tuple[int, int]]:
    spans = [(m.start() + offset, m.end() + offset) for m in _group_pattern().finditer(sentence)]
    for match in re.finditer(r"(?<![a-zæøå])is(?![a-zæøå])", sentence):
        if is_caps(match.start() + offset):
            spans.append((match.start() + offset, match.end() + offset))
    return spans


# Words one of which a post must hold to name a group (or "IS" in the post as written): callers test this
# before calling, so a clean post costs one set operation.
GROUP_WORDS = frozenset("""
nordisk nordiske nordic nordfront nordfronten nmr blood honour honor combat c18 odin active patriot atomwaffen base
klux kkk hammerskins identitær identitære identitæres islamisk islamic isis isil daesh qaeda alqaeda qaida alqaida
shabaab alshabaab shabab alshabab boko taliban tahrir waffen dnsb hitler hitlers breivik breiviks tarrant brenton
kalifatet caliphate hamas hizbollah hezbollah mujahedin laden osama nazister nazisterne nazis ss behring
jihadist jihadister jihadisterne jihadists
""".split())  # noqa: SIM905 - a word list reads better as text


def extremist_praise(text: str, words: frozenset[str], original: str,
                     to_original: Callable[[int, int], tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans (of the lower-cased ``text``, whose words are ``words``) where a violent extremist group or
    perpetrator is praised. ``original`` is the post as written: "IS" counts only in capitals there (not
    the English verb, not the Danish word for ice cream), mapped with ``to_original``.
    """
    if words.isdisjoint(GROUP_WORDS) and not ("is" in words and "IS" in original):
        return
    is_caps = caps_checker(original, to_original)
    done = -1
    for first in _PRAISE_RE.finditer(text):
        if first.start() < done:
            continue  # its sentence was read already
        sentence = _SENTENCE.match(text, _sentence_start(text, first.start()))
        assert sentence is not None  # the praise itself is in it
        done = sentence.end()
        body = sentence.group()
        if body.rstrip().endswith("?") or _CONDEMNED.search(body):
            continue
        for praise in _PRAISE_RE.finditer(text, sentence.start(), sentence.end()):
            # the costly search, only near the praise: a group further away than 70 characters is not praised
            lo_window = max(sentence.start(), praise.start() - 100)
            window = text[lo_window:min(sentence.end(), praise.end() + 100)]
            for start, end in _group_spans(window, lo_window, is_caps):
                lo, hi = (end, praise.start()) if start < praise.start() else (praise.end(), start)
                if hi - lo > 70 or _DENIED.search(text, max(sentence.start(), min(lo, praise.start() - 25)),
                                                 praise.start() if start < praise.start() else hi):
                    continue
                yield min(start, praise.start()), max(end, praise.end())
                return


def _sentence_start(text: str, index: int) -> int:
    return max(text.rfind(".", 0, index), text.rfind("!", 0, index), text.rfind("?", 0, index),
               text.rfind("\n", 0, index)) + 1


def caps_checker(original: str, to_original: Callable[[int, int], tuple[int, int]]) -> Callable[[int], bool]:
    """``is_caps`` for ``extremist_praise``: "IS" in capitals, not inside a run of shouting."""
    def is_caps(index: int) -> bool:
        first, _ = to_original(index, index + 2)
        return _CAPS_IS.match(original, first) is not None and not _shouting(original, first)
    return is_caps
