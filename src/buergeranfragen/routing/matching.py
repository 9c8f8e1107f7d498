"""Routing an inquiry: the rules in order, the first whose conditions all hold wins.

**When a word of a rule matches a word of the inquiry** (both folded: case, ä → ae, ß → ss;
``N`` = ``MIN_PART`` = 4 letters):

1. the same German stem (Snowball, see ``words.py``), if the stem has at least N letters:
   "Schulen" and "Schule" (stem "schul"), "Kitas" and "Kita", "Flüchtlinge" and "Fluechtling";
   or the word with one of the ``ENDINGS`` ("EU", "Lehrer" → "Lehrerinnen", "Gericht" →
   "Gerichts");
2. the start of a compound: the inquiry word begins with the rule word, or with the rule word
   without its final "e" ("Schule" → "Schulbus"), the rule word has at least N letters and at
   least N letters follow: "Kita" matches "Kitaplatz", "Polizei" "Polizeipräsidium", "Sirene"
   "Sirenenprobe", and "Land" matches "Landwirtschaft" (so the default rules avoid "Land");
3. the end of a compound: the inquiry word ends with the rule word or one of its forms (rule
   1's endings), with at least N letters before it: "Schule" matches "Grundschulen", "Polizei"
   "Bundespolizei", "Gericht" "Amtsgerichts" — but "Richter" not "Nachrichten": the ends are
   compared as written, not as stems.

A stem does not take a shorter word the rule word merely begins with ("richte" is not
"Richter", "Lehre" not "Lehrer"), unless the rule word is one of its forms ("Kitas": "Kita").
Shorter words ("EU", "JVA") match only as exactly that word ("euer" is not "EU"). Without a
dictionary the start of an unrelated word also matches ("Schule" takes "Schuldenbremse"): a rule's
``except_words`` name such words, and an inquiry word matching one of them counts for none of
that rule's words. Except words match as written, with their endings and as a compound's start
or end, never by stem ("gerichtet" must not take "Gericht"). A street's name ("Kulturstraße",
``words.is_street``) matches only a rule word itself, with its endings; the text is read up to
the letter's closing (``words.scan``).

A phrase ("Grundsteuer Erklärung") matches its words in order, one after the other in the
subject or in the text, each by the rules above, or all of them written as one word
("Grundsteuererklärung").

The rules are compiled once (``Router``); each inquiry word is looked up once per router and
remembered."""

from __future__ import annotations

import operator
import threading
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from buergeranfragen.routing.records import Decision, Hit, RoutingFacts, Rule, Where
from buergeranfragen.routing.words import (
    STREET_LIKE,
    Token,
    folded_of,
    is_street,
    scan,
    stem,
    stem_key,
    word_tokens,
)
from buergeranfragen.text import normalise

MIN_PART = 4  # letters of a compound's part (see the module's docstring)
# endings of a word's forms ("Schule", "Schulen"; "Lehrer", "Lehrerinnen"; "Gerichts")
ENDINGS = ("", "e", "n", "en", "s", "es", "er", "ern", "in", "innen")
_CACHE_LIMIT = 100_000  # inquiry words remembered per router
_CACHES_KEPT = 2  # word caches kept for routers of other rule words
_WordCache = tuple[dict[str, tuple["_Token", ...]], set[str], set[str]]
_word_caches: dict[Hashable, _WordCache] = {}
_word_caches_lock = threading.Lock()


def _word_cache(words: Hashable, full: _WordCache | None = None) -> _WordCache:
    """The word cache of routers of these rule words (seen words, those that match, those
    that give no token or several), shared by every router built for them; with ``full``
    (the one a router found at its limit) a new, empty one replaces it. A cache is only ever
    added to, never emptied in place: a routing under way on another thread goes on with the
    one it started with."""
    with _word_caches_lock:
        cache = _word_caches.pop(words, None)
        if cache is None or cache is full:
            cache = ({}, set(), set())
        _word_caches[words] = cache  # the newest last
        while len(_word_caches) > _CACHES_KEPT:
            del _word_caches[next(iter(_word_caches))]
        return cache


_NOTHING_FOUND: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class _Word:
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
class _Compiled:
    rule: Rule
    words: tuple[_Word, ...]
    by_start: dict[int, tuple[_Word, ...]]  # the words beginning with a unit
    excepted: frozenset[int]
    kinds: frozenset[str]
    channels: frozenset[str]
    domains: tuple[str, ...]
    tags: frozenset[str]
    starts: frozenset[int]  # the units any of its words begins with
    rank: dict[str, int]  # a word's place in the rule
    checks_sender: bool  # it has conditions on the sender's domain or the contact's tags


@dataclass
class _Index:
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
            return _NOTHING_FOUND  # most words of a text: no rule word's form, stem or part
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


class Router:
    """The active rules, compiled once, in their order (position, then as given)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        ordered = sorted((r for r in rules if r.active), key=lambda r: r.position)
        self._index = _Index()
        self._except_index = _Index(stemmed=False)
        self._rules = tuple(self._compile(rule) for rule in ordered)
        # what the inquiries' words match depends only on the rules' words, so a router built
        # again for the same words (a department renamed, the rules re-read) keeps what its
        # predecessor learnt: word → its tokens, each with the rule and except units it matches
        self._words = tuple((r.conditions.words, r.conditions.except_words) for r in ordered)
        self._cache = _word_cache(self._words)
        # (kind, channel) → the rules whose kinds and channels admit it, in order
        self._admitted: dict[tuple[str, str], tuple[_Compiled, ...]] = {}

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(c.rule for c in self._rules)

    def route(self, facts: RoutingFacts) -> Decision | None:
        """The first rule whose conditions all hold, with the words that matched; None when no
        rule does (the inquiry waits in "Nicht zugeordnet")."""
        found: _Found | None = None
        admitted = self._admitted.get((facts.kind, facts.channel))
        if admitted is None:
            admitted = tuple(c for c in self._rules if self._admits(c, facts))
            self._admitted[(facts.kind, facts.channel)] = admitted
        for compiled in admitted:
            if compiled.checks_sender and not self._fits(compiled, facts):
                continue
            hits: tuple[Hit, ...] = ()
            if compiled.words:
                if found is None:
                    found = self._find(facts)
                if compiled.starts.isdisjoint(found.units):  # none of its words occurs
                    continue
                hits = found.hits(compiled)
                if not hits:
                    continue
            action = compiled.rule.action
            return Decision(action.department, action.person, action.priority, compiled.rule, hits)
        return None

    def _compile(self, rule: Rule) -> _Compiled:
        conditions = rule.conditions
        words = []
        for text in conditions.words:
            parts = word_tokens(text)
            if not parts:
                continue
            joined = None
            if len(parts) > 1:
                joined = self._index.unit(word_tokens("".join(p.folded for p in parts))[0])
            units = tuple(self._index.unit(p) for p in parts)
            words.append(_Word(text, units, joined, joined is None and len(units) == 1))
        excepted = frozenset(
            self._except_index.unit(t)
            for text in conditions.except_words
            for t in word_tokens(text)
        )
        by_start: dict[int, tuple[_Word, ...]] = {}
        for word in words:
            for unit in word.starts:
                by_start[unit] = (*by_start.get(unit, ()), word)
        return _Compiled(
            rule=rule,
            words=tuple(words),
            by_start=by_start,
            excepted=excepted,
            kinds=frozenset(conditions.kinds),
            channels=frozenset(conditions.channels),
            domains=tuple(d.strip().lstrip("@").lower() for d in conditions.sender_domains),
            tags=frozenset(normalise(t).strip() for t in conditions.contact_tags),
            starts=frozenset(by_start),
            rank={word.text: number for number, word in enumerate(words)},
            checks_sender=bool(conditions.sender_domains or conditions.contact_tags),
        )

    def _admits(self, compiled: _Compiled, facts: RoutingFacts) -> bool:
        """The conditions on kind and channel (the same for every inquiry of a kind and
        channel), and - a rule whose words all fold to nothing matches nothing."""
        if compiled.kinds and facts.kind not in compiled.kinds:
            return False
        if compiled.channels and facts.channel not in compiled.channels:
            return False
        return bool(compiled.words) or not compiled.rule.conditions.words

    def _fits(self, compiled: _Compiled, facts: RoutingFacts) -> bool:
        """The conditions on the sender: domain and contact tags."""
        if compiled.domains:
            domain = facts.sender_domain
            if not domain or not any(
                domain == d or domain.endswith("." + d) for d in compiled.domains
            ):
                return False
        return not compiled.tags or bool(
            compiled.tags & {normalise(t).strip() for t in facts.contact_tags}
        )

    def _find(self, facts: RoutingFacts) -> _Found:
        subject, text = scan(facts.subject, facts.text)
        in_subject, in_text = set(subject), set(text)
        cache = self._learn(in_subject | in_text)
        return _Found(
            self._field(cache, Where.SUBJECT, subject, in_subject),
            self._field(cache, Where.TEXT, text, in_text),
        )

    def _learn(self, distinct: set[str]) -> _WordCache:
        """The word cache holding every word of ``distinct``: the words not seen before are
        looked up (each once per cache) and added - in this order: a word is in the seen
        words before another thread can find it among the matching ones of this cache."""
        cache = self._cache
        seen, matching, uneven = cache
        new = distinct.difference(seen)
        if not new:
            return cache
        if len(seen) + len(new) > _CACHE_LIMIT:
            cache = self._cache = _word_cache(self._words, full=cache)
            seen, matching, uneven = cache
            new = distinct
        for word in new:
            known = tuple(self._token(f) for f in folded_of(word))
            seen[word] = known
            if any(matched for _, matched, _ in known):
                matching.add(word)
            if len(known) != 1:
                uneven.add(word)
        return cache

    def _field(
        self, cache: _WordCache, where: Where, words: list[str], distinct: set[str]
    ) -> _Field:
        """The tokens of ``words`` that match a rule word, by their position among all tokens
        (``_learn`` has put every word into ``cache``); when every word of the field gives one
        token (the usual case), only the places of the matching words are sought."""
        seen, all_matching, uneven = cache
        matching = distinct.intersection(all_matching)
        if not matching:
            return where, {}
        if not distinct.isdisjoint(uneven):
            return where, self._positions(seen, words)
        matches: dict[int, _Token] = {}
        streets = False
        index = words.index
        for word in matching:
            token = seen[word][0]
            at = -1
            if token[0].endswith(STREET_LIKE):  # perhaps a street's name: see what follows
                streets = True
                for _ in range(words.count(word)):
                    at = index(word, at + 1)
                    matches[at] = self._street_checked(token, words[at + 1 : at + 2])
            else:
                for _ in range(words.count(word)):
                    at = index(word, at + 1)
                    matches[at] = token
        if streets:
            return where, {at: matches[at] for at in sorted(matches) if matches[at][1]}
        return where, dict(sorted(matches.items())) if len(matches) > 1 else matches

    def _positions(
        self, seen: dict[str, tuple[_Token, ...]], words: list[str]
    ) -> dict[int, _Token]:
        """The matching tokens by their place among all tokens of ``words``."""
        matches: dict[int, _Token] = {}
        position = 0
        for number, word in enumerate(words):
            for token in seen[word]:
                if token[1]:
                    token = self._street_checked(token, words[number + 1 : number + 2])
                    if token[1]:
                        matches[position] = token
                position += 1
        return matches

    def _street_checked(self, token: _Token, following: list[str]) -> _Token:
        """ "Universitätsstraße", "Schulplatz 3": a street's name matches only a rule word
        itself ("Bundesstraße") with its endings."""
        folded, matched, excepted = token
        if matched and is_street(folded, following):
            return folded, frozenset(self._index.forms.get(folded, ())), excepted
        return token

    def _token(self, folded: str) -> _Token:
        matched = self._index.lookup(folded)
        # except words matter only for a word that matches a rule word
        excepted = self._except_index.lookup(folded) if matched else frozenset()
        return folded, matched, excepted


_Token = tuple[str, frozenset[int], frozenset[int]]
_Field = tuple[Where, dict[int, _Token]]  # the matching tokens by position
_NOTHING: _Token = ("", frozenset(), frozenset())


class _Found:
    """The units the words of one inquiry match, and where each unit was found."""

    __slots__ = ("_fields", "_positions", "units")

    def __init__(self, *fields: _Field) -> None:
        self._fields = fields
        self._positions: list[dict[int, list[int]]] = []
        for _, matches in fields:
            positions: dict[int, list[int]] = {}
            for index, (_, matched, _) in matches.items():
                for unit in matched:
                    positions.setdefault(unit, []).append(index)
            self._positions.append(positions)
        self.units = frozenset(u for positions in self._positions for u in positions)

    def hits(self, compiled: _Compiled) -> tuple[Hit, ...]:
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
                        size = _match_at(word, matches, excepted, start)
                        if size:
                            found = " ".join(matches[start + n][0] for n in range(size))
                            hits[place, rank[word.text], word.text, found, where] = None
        ordered = sorted(hits, key=_PLACE_AND_RANK) if len(hits) > 1 else hits
        return tuple(Hit(word, found, where) for _, _, word, found, where in ordered)


_PLACE_AND_RANK = operator.itemgetter(0, 1)


def _match_at(
    word: _Word,
    matches: dict[int, _Token],
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
        _, units, excepts = matches.get(start + offset, _NOTHING)
        if unit not in units or excepts & excepted:
            return 0
    return len(word.units)


def route(rules: Iterable[Rule], facts: RoutingFacts) -> Decision | None:
    """One inquiry through rules compiled just for it (use a ``Router`` for many)."""
    return Router(rules).route(facts)
