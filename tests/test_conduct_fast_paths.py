"""The abuse check's fast paths change nothing: the first-character patterns equal ``re.compile``'s wrapped ones,
the gates' shortcuts agree with the tests they replace, and a post the quiet gate lets pass has no hit."""

from __future__ import annotations

import re

import pytest

from monitor.checks import conduct_first_chars, conduct_patterns, conduct_view
from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_abuse import AbusiveLanguageCheck
from monitor.checks.conduct_abuse_gate import doubled_squeezed
from monitor.checks.conduct_first_chars import with_first_chars
from monitor.checks.conduct_lexicon import Gate
from monitor.checks.conduct_literals import RuleIndex
from monitor.checks.conduct_view import build_view, view_of
from monitor.checks.normalise import fold
from monitor.checks.regex_requirements import required_literals

PATTERN_FILES = ("conduct_harassment.txt", "conduct_discrimination.txt", "conduct_threat.txt",
                 "conduct_defamation.txt", "conduct_extremism.txt")


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_first_char_patterns_equal_re_compile(name: str) -> None:
    # Pattern equality compares the source, the flags and the compiled code
    for _, source in conduct_patterns.pattern_sources(name):
        assert conduct_first_chars._first_chars_pattern(source) == with_first_chars(re.compile(source)), source


@pytest.mark.parametrize("source", [
    r"\bfoo(bar)?\b", r"(?P<who>du|han)\s+er", r"(?i)idiot", r"(?:^|(?<=[.!?]\s))ved\b", r"[a-c]x|[d-f]y",
    r"(?s)a.b", r"x(?=y)", r"\d+",
])
def test_small_first_char_patterns_equal_re_compile(source: str) -> None:
    def outcome(make: object) -> object:
        try:
            compiled = make()  # type: ignore[operator]
        except re.error as error:  # "(?s)" inside the lookahead's group: both ways refuse it alike
            return str(error)
        return compiled, compiled.groupindex, compiled.groups

    assert outcome(lambda: conduct_first_chars._first_chars_pattern(source)) == outcome(
        lambda: with_first_chars(re.compile(source)))


def _old_substring_test(gate: Gate, text: str) -> bool:
    marks = gate.marks
    return any(char in text for char in marks) and gate.any_substring.search(text) is not None


@pytest.mark.parametrize("text", [
    "det var sh!t", "f*ck dig", "hej!", "stjerne * her", "p*rker", "ingen tegn", "f**king hell!", "s**t!", "",
])
def test_gate_substring_test_agrees(text: str) -> None:
    gates = [Gate(frozenset()), Gate(frozenset(), (), ("f*ck", "sh!t", "s**t", "abc")), Gate(frozenset(), (), ("abc",))]
    for gate in gates:
        assert gate.substring_in(text) == _old_substring_test(gate, text)


def test_tokens_shortcut_agrees_with_findall() -> None:
    for text in ("hej med dig 2 gange", "u15 holdet vandt 3-1", "snake_case ord", "it's fine", "ærø og åen",
                 "x² og ß", "tal 1.250 kr"):
        folded = fold(text).text
        view = build_view(folded, frozenset(re.findall(r"\w+", folded)))
        assert view.words == frozenset(conduct_view._TOKEN.findall(view.text)), text


SENTENCES = [
    "Tak for en fantastisk tur til Djurs Sommerland i går!",
    "Sidste frist for tilmelding er 03.03, skriv til kontor@skolen.dk",
    "Du er så dum og grim", "Han er pinlig og klam haha", "Mikkel går som en and 😂",
    "sikke en idiot", "du er en iddiot", "f*ck det her", "det var sh!t", "Rikke 🐷🐷🐷",
    "muslimer er dovne", "de gamle er for gamle til at forstå en computer", "perkere skal ud",
    "din fucking taber", "kartoffelhoved", "what a loser", "he's a joke lol", "I can't even 💀",
    "Emre er tyrker, og tyrkere er nogle snyltere", "pis og lort", "Vi spiller fodbold i morgen kl. 16.",
    "Hvem inviterede Rikke 🐷", "you're so stupid and ugly", "den jødiske gnier",
]


@pytest.fixture(scope="module")
def check() -> AbusiveLanguageCheck:
    return AbusiveLanguageCheck(CheckContext())


@pytest.mark.parametrize("text", SENTENCES)
def test_quiet_posts_have_no_hits(check: AbusiveLanguageCheck, text: str) -> None:
    view = view_of(Document(text))
    quiet = check._quiet(view, doubled_squeezed(view.words))
    gate = check._quiet_gate
    try:
        check._quiet_gate = None  # the full scan, every family run
        full = list(check.scan(Document(text)))
    finally:
        check._quiet_gate = gate
    assert list(check.scan(Document(text))) == full
    if quiet:
        assert full == []


def test_abusive_posts_are_not_quiet(check: AbusiveLanguageCheck) -> None:
    for text in ("Du er så dum og grim", "sikke en idiot", "f*ck det her", "muslimer er dovne", "Rikke 🐷🐷🐷"):
        assert list(check.scan(Document(text))), text


@pytest.mark.parametrize(("source", "needed"), [
    (r"\bgår\s+som(?=[^\n]{0,40}(?:haha|lol))", frozenset({"haha", "lol"})),  # a lookahead's text is in the post
    (r"(?<=hej\s)du\b", frozenset({"hej"})),
])
def test_positive_lookarounds_give_requirements(source: str, needed: frozenset[str]) -> None:
    assert needed in required_literals(re.compile(source), limit=4)


@pytest.mark.parametrize("source", [r"\bdu(?!\s+haha)\b", r"(?<!lol\s)du\b"])
def test_negative_lookarounds_give_none(source: str) -> None:
    assert all("haha" not in need and "lol " not in need for need in required_literals(re.compile(source), limit=4))


def test_rule_index_skips_rules_whose_other_strings_are_absent() -> None:
    pattern = re.compile(r"\b(?:han|he)\s+(?:'s|is)\s+(?:dum|dumb)\b")
    index = RuleIndex([(pattern, None)], limit=4)
    for text, expected in (("he's dumb", [0]), ("he is dumb", [0]), ("han er flink", []), ("hun's sød", [])):
        assert index.candidates(build_view(fold(text).text)) == expected, text


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_lazy_patterns_equal_eager_ones(name: str) -> None:
    # every rule compiles (a lazy pattern would only fail at its first use) and equals the eager pattern
    for (_, source), (_, lazy, _) in zip(conduct_patterns.pattern_sources(name), conduct_patterns.gated_patterns(name),
                                         strict=True):
        eager = conduct_first_chars._first_chars_pattern(source)
        assert (lazy.pattern, lazy.flags) == (eager.pattern, eager.flags), source
        assert lazy == eager and lazy.groupindex == eager.groupindex and lazy.groups == eager.groups, source


@pytest.mark.parametrize(("source", "text"), [
    (r"\bfoo(bar)?\b", "a foobar foo"), (r"(?P<who>du|han)\s+er", "du er, han  er"), (r"(?i)idiot", "IDIOT"),
    (r"(?:^|(?<=[.!?]\s))ved\b", "ved det. ved"), (r"\d+", "a 12 b3"), (r"x(?=y)", "xy xz"),
])
def test_lazy_pattern_behaves_as_compiled(source: str, text: str) -> None:
    lazy = conduct_first_chars.lazy_first_chars_pattern(source)
    eager = conduct_first_chars._first_chars_pattern(source)
    for method in ("finditer", "search", "match", "findall"):
        for _ in range(2):  # before and after the compiled methods are put on the instance
            got, want = getattr(lazy, method)(text), getattr(eager, method)(text)
            if method == "finditer":
                got, want = [m.span() for m in got], [m.span() for m in want]
            elif method in ("search", "match"):
                got, want = got and got.span(), want and want.span()
            assert got == want, (source, method)
    assert lazy.sub("_", text) == eager.sub("_", text)


def test_doubled_squeezed_matches_a_plain_loop() -> None:
    from monitor.checks.conduct_lexicon import squeeze

    for words in ({"iddiot", "hej", "alle"}, {"hej"}, set(), {"perrker", "iddiot", "kkk", "aab"}, {"alle"}):
        want = frozenset(squeeze(w) for w in words if re.search(r"(.)\1", w))
        for _ in range(2):  # unseen words, then cached ones
            assert doubled_squeezed(frozenset(words)) == want


_OLD_ENGLISH_VERB = re.compile(r"\s+(?:are|can'?t|cannot|should|shouldn'?t|always|never|just|only|don'?t|r)\b")


@pytest.mark.parametrize("text", [
    "men are lazy", "men can't", "men cant", "men cannot", "men canx", "men r dumb", "men r2", "men are's", "men",
    "men dont", "men don't care", "men  always", "men shouldnt", "men onlyx", "men just.", "men ar",
])
def test_english_men_gate(text: str) -> None:
    from monitor.checks import conduct_generalise as gen

    assert bool(gen._ENGLISH_VERB.match(text, 3)) == bool(_OLD_ENGLISH_VERB.match(text, 3))
    view = build_view(text)
    if _OLD_ENGLISH_VERB.match(text, 3):  # the gate lets every view through in which "men" may be English
        assert gen.may_generalise(view)


@pytest.mark.parametrize("text", [
    "Vi ses i morgen, men husk madpakken", "men are lazy", "men are's lazy", "ældre mennesker, men de er søde",
    "old men are useless", "Muslimer er tyve, men ok", "men men men r dumb", "de er dovne men", "women are weak",
])
def test_generalisations_skip_changes_nothing(text: str) -> None:
    from monitor.checks import conduct_generalise as gen

    view = build_view(text)
    found = list(gen.generalisations(view))
    if found:
        assert gen.may_generalise(view)
    # the same as with the skip taken away
    saved = gen._BUT_WORDS
    try:
        gen._BUT_WORDS = frozenset()
        assert list(gen.generalisations(view)) == found
    finally:
        gen._BUT_WORDS = saved
