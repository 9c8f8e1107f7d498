"""What an inquiry's words match of the compiled rules (``rule_index``): the words found and
the rule units they match, and - where a rule needs it (a phrase, a street's name, a word of
several tokens) - where each stands; the hits of a rule from them."""

from __future__ import annotations

import operator
from collections.abc import Callable

from buergeranfragen.routing.records import Hit, Where
from buergeranfragen.routing.rule_index import CompiledRule, RuleWord
from buergeranfragen.routing.words import STREET_LIKE

# an inquiry's word folded, the rule units it matches, the except units it matches
InquiryToken = tuple[str, frozenset[int], frozenset[int]]
# a router's words seen (each with its tokens), those that match, give no token or several, may
# carry a letter's closing, may begin a footer's line; the characters of the words seen (a
# count kept without a lock: about right)
WordCache = tuple[
    dict[str, tuple[InquiryToken, ...]], set[str], set[str], set[str], set[str], list[int]
]
Field = tuple[Where, dict[int, InquiryToken]]  # the matching tokens by position
NOTHING: InquiryToken = ("", frozenset(), frozenset())


class WordsFound:
    """The words of an inquiry that match a rule unit, and the units they match. Where each
    stands is worked out (``PlacesFound``) only when a rule needs it: for a phrase, a street's name
    or a word of several tokens; a rule's single words are found by the words themselves."""

    __slots__ = ("_cache", "_fields", "_found", "_placed", "units")

    def __init__(
        self,
        subject: list[str],
        text: list[str],
        cache: WordCache,
        placed: Callable[[WordCache, list[str], list[str]], PlacesFound],
    ) -> None:
        """``placed``: the router's way to find where each word stands."""
        seen, matching = cache[0], cache[1]
        self._cache, self._placed = cache, placed
        self._fields = (
            (Where.SUBJECT, subject, matching.intersection(subject)),
            (Where.TEXT, text, matching.intersection(text)),
        )
        self._found: PlacesFound | None = None
        units: set[int] = set()
        for _, _, words in self._fields:
            for word in words:
                known = seen[word]
                if len(known) != 1 or known[0][0].endswith(STREET_LIKE):
                    self._found = placed(cache, subject, text)
                    self.units = self._found.units
                    return
                units.update(known[0][1])
        self.units = frozenset(units)

    def hits(self, compiled: CompiledRule) -> tuple[Hit, ...]:
        """As ``PlacesFound.hits``: each (word, as found, where) once, subject before text, in the
        rule's order of words, then as they occur."""
        if self._found is not None or not compiled.phrase_starts.isdisjoint(self.units):
            if self._found is None:
                (_, subject, _), (_, text, _) = self._fields
                self._found = self._placed(self._cache, subject, text)
            return self._found.hits(compiled)
        hits: dict[tuple[int, int, str, str, Where], None] = {}
        by_start, excepted, rank = compiled.by_start, compiled.excepted, compiled.rank
        seen = self._cache[0]
        for place, (where, words, matching) in enumerate(self._fields):
            # a word's forms as they occur: the distinct words by where each first stands
            for word in sorted(matching, key=words.index) if len(matching) > 1 else matching:
                folded, units, excepts = seen[word][0]
                if excepted.isdisjoint(excepts):
                    for unit in units:
                        for single in by_start.get(unit, ()):
                            hits[place, rank[single.text], single.text, folded, where] = None
        ordered = sorted(hits, key=PLACE_AND_RANK) if len(hits) > 1 else hits
        return tuple(Hit(word, found, where) for _, _, word, found, where in ordered)


class PlacesFound:
    """The units the words of one inquiry match, and where each unit was found."""

    __slots__ = ("_fields", "_positions", "units")

    def __init__(self, *fields: Field) -> None:
        self._fields = fields
        self._positions: list[dict[int, list[int]]] = []
        for _, matches in fields:
            positions: dict[int, list[int]] = {}
            for index, (_, matched, _) in matches.items():
                for unit in matched:
                    positions.setdefault(unit, []).append(index)
            self._positions.append(positions)
        self.units = frozenset(u for positions in self._positions for u in positions)

    def hits(self, compiled: CompiledRule) -> tuple[Hit, ...]:
        """The rule's words found, each (word, as found, where) once: subject before text, in
        the rule's order of words, then as they occur."""
        # (subject 0 / text 1, the word's rank, the word, as found, where), in the order found
        hits: dict[tuple[int, int, str, str, Where], None] = {}
        by_start, excepted, rank = compiled.by_start, compiled.excepted, compiled.rank
        for (where, matches), positions in zip(self._fields, self._positions, strict=True):
            place = 0 if where == Where.SUBJECT else 1
            for unit, starts in positions.items():
                for word in by_start.get(unit, ()):
                    if word.single:  # the token at each start matches it, unless excepted
                        for start in starts:
                            token = matches[start]
                            if excepted.isdisjoint(token[2]):
                                hits[place, rank[word.text], word.text, token[0], where] = None
                        continue
                    for start in starts:
                        size = match_at(word, matches, excepted, start)
                        if size:
                            found = " ".join(matches[start + n][0] for n in range(size))
                            hits[place, rank[word.text], word.text, found, where] = None
        ordered = sorted(hits, key=PLACE_AND_RANK) if len(hits) > 1 else hits
        return tuple(Hit(word, found, where) for _, _, word, found, where in ordered)


PLACE_AND_RANK = operator.itemgetter(0, 1)


def match_at(
    word: RuleWord,
    matches: dict[int, InquiryToken],
    excepted: frozenset[int],
    start: int,
) -> int:
    """How many inquiry tokens from ``start`` on make up ``word`` (0: none)."""
    _, units, excepts = matches[start]
    if excepts & excepted:
        return 0
    if word.joined is not None and word.joined in units:
        return 1
    for offset, unit in enumerate(word.units):
        _, units, excepts = matches.get(start + offset, NOTHING)
        if unit not in units or excepts & excepted:
            return 0
    return len(word.units)
