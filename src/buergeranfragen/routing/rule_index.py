"""The compiled rules and the index of their words: every unit (single word) of every rule,
found by stem, by form, by compound start and by compound end (``matching``'s docstring says
when a word of an inquiry matches a word of a rule)."""

from __future__ import annotations

from dataclasses import dataclass, field

from buergeranfragen.routing.records import Rule
from buergeranfragen.routing.words import Token, stem, stem_key

MIN_PART = 4  # letters of a compound's part (see ``matching``'s docstring)
# endings of a word's forms ("Schule", "Schulen"; "Lehrer", "Lehrerinnen"; "Gerichts")
ENDINGS = ("", "e", "n", "en", "s", "es", "er", "ern", "in", "innen")

NOTHING_FOUND: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class RuleWord:
    """One word or phrase of a rule: the units (single words) it is made of, in order."""

    text: str
    units: tuple[int, ...]
    joined: int | None  # a phrase written as one word: the unit of that
    single: bool  # one word (not a phrase): a token matching its unit is an occurrence

    @property
    def starts(self) -> tuple[int, ...]:
        """The units an occurrence of it begins with."""
        return self.units[:1] if self.joined is None else (self.units[0], self.joined)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    words: tuple[RuleWord, ...]
    by_start: dict[int, tuple[RuleWord, ...]]  # the words beginning with a unit
    excepted: frozenset[int]
    kinds: frozenset[str]
    channels: frozenset[str]
    domains: tuple[str, ...]
    tags: frozenset[str]
    starts: frozenset[int]  # the units any of its words begins with
    rank: dict[str, int]  # a word's place in the rule
    phrase_starts: frozenset[int]  # the units its phrases begin with
    checks_sender: bool  # it has conditions on the sender's domain or the contact's tags


@dataclass
class WordIndex:
    """Every unit (single word) of every rule, found by stem, by form, by compound start and by
    compound end. The index of except words (``stemmed`` false) finds them only as written,
    with their endings and as a compound's start or end, never by stem or without a final "e":
    the except word "gerichtet" must not take "Gericht", "unterrichte" not "Unterrichtsausfall"."""

    stemmed: bool = True
    stems: dict[str, set[int]] = field(default_factory=dict)
    forms: dict[str, set[int]] = field(default_factory=dict)
    heads: dict[str, set[int]] = field(default_factory=dict)
    tails: dict[str, set[int]] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # unit → its folded form
    stem_keys: set[str] = field(default_factory=set)
    head_starts: set[str] = field(default_factory=set)  # the first N letters of every head
    tail_ends: set[str] = field(default_factory=set)  # the last N letters of every tail

    def unit(self, token: Token) -> int:
        known = self.units.get(token.folded)
        if known is not None:
            return known
        number = len(self.units)
        folded = token.folded
        self.units[folded] = number
        self.written.append(folded)
        if len(folded) < MIN_PART:  # "EU": only "eu" itself, not "euer"
            self.forms.setdefault(folded, set()).add(number)
            return number
        if self.stemmed and len(token.stem) >= MIN_PART:
            self.stems.setdefault(token.stem, set()).add(number)
            self.stem_keys.add(stem_key(token.stem))
        for ending in ENDINGS:
            self.forms.setdefault(folded + ending, set()).add(number)
            self.tails.setdefault(folded + ending, set()).add(number)
            self.tail_ends.add((folded + ending)[-MIN_PART:])
        self.heads.setdefault(folded, set()).add(number)
        self.head_starts.add(folded[:MIN_PART])
        if self.stemmed and folded.endswith("e") and len(folded) > MIN_PART:
            self.heads.setdefault(folded[:-1], set()).add(number)  # "Schule": "Schulbus"
        return number

    def lookup(self, folded: str) -> frozenset[int]:
        forms = self.forms.get(folded)
        by_stem = self.stemmed and stem_key(folded) in self.stem_keys
        head = folded[:MIN_PART] in self.head_starts
        tail = folded[-MIN_PART:] in self.tail_ends
        if forms is None and not (by_stem or head or tail):
            return NOTHING_FOUND  # most words of a text: no rule word's form, stem or part
        found: set[int] = set(forms or ())
        if by_stem:
            # the same stem, but not a shorter word the rule word begins with, unless the rule
            # word is one of its forms: "richte" (a verb) is not "Richter", "Lehre" not
            # "Lehrer", but "Kita" is "Kitas"
            written = self.written
            found.update(
                u
                for u in self.stems.get(stem(folded), ())
                if not written[u].startswith(folded) or written[u][len(folded) :] in ENDINGS
            )
        # a compound's start or end: every key of ``heads`` and ``tails`` has at least N letters,
        # so one whose first (last) N letters start (end) no key has none
        if head:
            for end in range(MIN_PART, len(folded) - MIN_PART + 1):
                found.update(self.heads.get(folded[:end], ()))
        if tail:
            for end in range(MIN_PART, len(folded) - MIN_PART + 1):
                found.update(self.tails.get(folded[end:], ()))
        return frozenset(found)
