"""A compiled pattern's stand-in that compiles on first use (start-up of the rule indexes, ``conduct_first_chars``)."""

from __future__ import annotations

import re


class LazyPattern:
    """A compiled pattern's stand-in that compiles on first use: ``.pattern`` and ``.flags`` are there at once.

    A rule file's index needs only the parse tree of each rule (its literals, its first characters); most rules
    never become a candidate in a run, so compiling all of them (as much time again as parsing) is start-up
    spent for nothing. The first use of a method compiles the pattern and puts the compiled pattern's bound
    methods on the instance, so later calls go straight to C. A ``re.error`` raised only by compiling (a
    look-behind of varying width) comes at that first use; the tests compile every rule file.
    """

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        found: re.Pattern[str] | None = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags)
            for method in ("finditer", "search", "match", "fullmatch", "findall", "sub", "subn", "split"):
                self.__dict__[method] = getattr(found, method)
        return found

    def __getattr__(self, name: str) -> object:  # only for what the instance does not hold yet
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled
        return self.compiled == other

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, int]]:
        return LazyPattern, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"
