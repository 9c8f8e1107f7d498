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

import threading
from collections.abc import Hashable, Iterable

from buergeranfragen.routing.found import Field, InquiryToken, PlacesFound, WordCache, WordsFound
from buergeranfragen.routing.records import Decision, Hit, RoutingFacts, Rule, Where
from buergeranfragen.routing.rule_index import NOTHING_FOUND, CompiledRule, RuleWord, WordIndex
from buergeranfragen.routing.words import (
    MAX_TEXT,
    STREET_LIKE,
    is_closing_word,
    is_footer_word,
    is_street,
    read,
    word_tokens,
)
from buergeranfragen.text import folded_of, normalise, words_of

_CLOSING_LEAD = 3  # words a closing can have before the one it rests on ("Mit sehr freundlichen")
_CACHE_LIMIT = 100_000  # inquiry words remembered per router
_CACHE_CHARACTERS = 2_000_000  # and their characters (a mail of long junk words)
_CACHES_KEPT = 2  # word caches kept for routers of other rule words
_word_caches: dict[Hashable, WordCache] = {}
_word_caches_lock = threading.Lock()


def _word_cache(words: Hashable, full: WordCache | None = None) -> WordCache:
    """The word cache of routers of these rule words (``WordCache``), shared by every
    router built for them; with ``full``
    (the one a router found at its limit) a new, empty one replaces it. A cache is only ever
    added to, never emptied in place: a routing under way on another thread goes on with the
    one it started with."""
    with _word_caches_lock:
        cache = _word_caches.pop(words, None)
        if cache is None or cache is full:
            cache = ({}, set(), set(), set(), set(), [0])
        _word_caches[words] = cache  # the newest last
        while len(_word_caches) > _CACHES_KEPT:
            del _word_caches[next(iter(_word_caches))]
        return cache


class Router:
    """The active rules, compiled once, in their order (position, then as given)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        ordered = sorted((r for r in rules if r.active), key=lambda r: r.position)
        self._index = WordIndex()
        self._except_index = WordIndex(stemmed=False)
        self._rules = tuple(self._compile(rule) for rule in ordered)
        # what the inquiries' words match depends only on the rules' words, so a router built
        # again for the same words (a department renamed, the rules re-read) keeps what its
        # predecessor learnt: word → its tokens, each with the rule and except units it matches
        self._words = tuple((r.conditions.words, r.conditions.except_words) for r in ordered)
        self._cache = _word_cache(self._words)
        # a unit → the rules (their places in ``_rules``) one of whose words begins with it,
        # each with the units that word needs besides (a phrase: all of its words)
        by_unit: dict[int, list[tuple[int, frozenset[int]]]] = {}
        for number, compiled in enumerate(self._rules):
            for word in compiled.words:
                by_unit.setdefault(word.units[0], []).append((number, frozenset(word.units)))
                if word.joined is not None:  # written as one word
                    by_unit.setdefault(word.joined, []).append((number, NOTHING_FOUND))
        self._rules_of_unit = {unit: tuple(rules) for unit, rules in by_unit.items()}
        # (kind, channel) → the places of the rules whose kinds and channels admit it, in
        # order, and those of them that have words
        self._admitted: dict[tuple[str, str], tuple[tuple[int, ...], frozenset[int]]] = {}

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(c.rule for c in self._rules)

    def route(self, facts: RoutingFacts) -> Decision | None:
        """The first rule whose conditions all hold, with the words that matched; None when no
        rule does (the inquiry waits in "Nicht zugeordnet")."""
        return self._route(facts, exact=False)

    def _route(self, facts: RoutingFacts, *, exact: bool) -> Decision | None:
        """``route``; ``exact``: the text is cut at its closing even where that changes
        nothing (``_read``)."""
        found: WordsFound | None = None
        candidates: set[int] = set()  # the rules one of whose words begins with a found unit
        rules = self._rules
        admitted = self._admitted.get((facts.kind, facts.channel))
        if admitted is None:
            numbers = tuple(n for n, c in enumerate(rules) if self._admits(c, facts))
            admitted = numbers, frozenset(n for n in numbers if rules[n].words)
            self._admitted[(facts.kind, facts.channel)] = admitted
        numbers, worded = admitted
        # only the rules one of whose words has all its units found are looked at (the numbers
        # are compact, the compiled rules are not: a mail's import has pushed them out of the
        # processor's cache)
        for number in numbers:
            if number in worded:
                if found is None:
                    found = WordsFound(*self._read(facts, exact=exact), self._found)
                    of_unit = self._rules_of_unit
                    units = found.units
                    candidates = {
                        number
                        for unit in units
                        for number, needs in of_unit.get(unit, ())
                        if needs <= units
                    }
                if number not in candidates:  # none of its words occurs
                    continue
            compiled = rules[number]
            if compiled.checks_sender and not self._fits(compiled, facts):
                continue
            hits: tuple[Hit, ...] = ()
            if found is not None and number in worded:
                hits = found.hits(compiled)
                if not hits:
                    continue
            action = compiled.rule.action
            return Decision(action.department, action.person, action.priority, compiled.rule, hits)
        return None

    def _compile(self, rule: Rule) -> CompiledRule:
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
            words.append(RuleWord(text, units, joined, joined is None and len(units) == 1))
        excepted = frozenset(
            self._except_index.unit(t)
            for text in conditions.except_words
            for t in word_tokens(text)
        )
        by_start: dict[int, tuple[RuleWord, ...]] = {}
        for word in words:
            for unit in word.starts:
                by_start[unit] = (*by_start.get(unit, ()), word)
        return CompiledRule(
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
            phrase_starts=frozenset(u for word in words if not word.single for u in word.starts),
            checks_sender=bool(conditions.sender_domains or conditions.contact_tags),
        )

    def _admits(self, compiled: CompiledRule, facts: RoutingFacts) -> bool:
        """The conditions on kind and channel (the same for every inquiry of a kind and
        channel), and - a rule whose words all fold to nothing matches nothing."""
        if compiled.kinds and facts.kind not in compiled.kinds:
            return False
        if compiled.channels and facts.channel not in compiled.channels:
            return False
        return bool(compiled.words) or not compiled.rule.conditions.words

    def _fits(self, compiled: CompiledRule, facts: RoutingFacts) -> bool:
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

    def _found(self, cache: WordCache, subject: list[str], text: list[str]) -> PlacesFound:
        """Where each word of the subject and the text that matches a rule unit stands."""
        return PlacesFound(
            self._field(cache, Where.SUBJECT, subject, set(subject)),
            self._field(cache, Where.TEXT, text, set(text)),
        )

    def words_read(self, facts: RoutingFacts) -> tuple[list[str], list[str]]:
        """The words routing reads of an inquiry's subject and text: ``words.scan``'s."""
        subject, text, _ = self._read(facts, exact=True)
        return subject, text

    def _read(self, facts: RoutingFacts, *, exact: bool) -> tuple[list[str], list[str], WordCache]:
        """``words.scan``, with the closing's and the footer's words known from the word
        cache (which then holds every word of both), from the words of subject and text
        (``text.words_of``) the facts hold, where they do. Not ``exact``: a text whose closing
        takes no word that matches a rule is not cut (the name below a "Viele Grüße" is not
        looked for: nothing routing finds changes)."""
        text, text_words = facts.text, facts.text_words
        if len(text) > MAX_TEXT:
            text, text_words = text[:MAX_TEXT], None
        subject_words = facts.subject_words
        if subject_words is None:
            subject_words = words_of(facts.subject)
        if text_words is None:
            text_words = words_of(text)
        in_text = set(text_words)
        cache = self._learn(in_text.union(subject_words))
        closing = cache[3].intersection(in_text)
        if cache[4].isdisjoint(in_text):  # no footer
            if not closing:
                return subject_words, text_words, cache
            if not exact:
                # the closing takes its first word, what follows and at most the words its
                # greeting can begin with ("Mit sehr freundlichen"); one more before them: a
                # street's name is one only before a house number
                first = min(map(text_words.index, closing)) - _CLOSING_LEAD - 1
                if cache[1].isdisjoint(text_words[max(first, 0) :]):
                    return subject_words, text_words, cache
        return subject_words, read(text, text_words, closing, cache[4]), cache

    def _learn(self, distinct: set[str]) -> WordCache:
        """The word cache holding every word of ``distinct``: the words not seen before are
        looked up (each once per cache) and added - to the seen ones last: another thread that
        finds a word among them does not look it up again and must find it in every set it
        belongs to (a thread reads the sets only for words it has made sure are seen, so one
        that is matching but not yet seen is looked up again, not misread)."""
        cache = self._cache
        new = distinct.difference(cache[0])
        if not new:
            return cache
        size = sum(map(len, new))
        if len(cache[0]) + len(new) > _CACHE_LIMIT or cache[5][0] + size > _CACHE_CHARACTERS:
            cache = self._cache = _word_cache(self._words, full=cache)
            new, size = distinct, sum(map(len, distinct))
        seen, matching, uneven, closing, footer, characters = cache
        characters[0] += size
        for word in new:
            known = tuple(self._token(f) for f in folded_of(word))
            if len(known) != 1:
                uneven.add(word)
            if is_closing_word(word):
                closing.add(word)
            if is_footer_word(word):
                footer.add(word)
            if any(matched for _, matched, _ in known):
                matching.add(word)
            seen[word] = known  # last: a word seen is in every set it belongs to
        return cache

    def _field(self, cache: WordCache, where: Where, words: list[str], distinct: set[str]) -> Field:
        """The tokens of ``words`` that match a rule word, by their position among all tokens
        (``_learn`` has put every word into ``cache``); when every word of the field gives one
        token (the usual case), only the places of the matching words are sought."""
        seen, all_matching, uneven = cache[:3]
        matching = distinct.intersection(all_matching)
        if not matching:
            return where, {}
        if not distinct.isdisjoint(uneven):
            return where, self._positions(seen, words)
        matches: dict[int, InquiryToken] = {}
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
        self, seen: dict[str, tuple[InquiryToken, ...]], words: list[str]
    ) -> dict[int, InquiryToken]:
        """The matching tokens by their place among all tokens of ``words``."""
        matches: dict[int, InquiryToken] = {}
        position = 0
        for number, word in enumerate(words):
            for token in seen[word]:
                if token[1]:
                    token = self._street_checked(token, words[number + 1 : number + 2])
                    if token[1]:
                        matches[position] = token
                position += 1
        return matches

    def _street_checked(self, token: InquiryToken, following: list[str]) -> InquiryToken:
        """ "Universitätsstraße", "Schulplatz 3": a street's name matches only a rule word
        itself ("Bundesstraße") with its endings."""
        folded, matched, excepted = token
        if matched and is_street(folded, following):
            return folded, frozenset(self._index.forms.get(folded, ())), excepted
        return token

    def _token(self, folded: str) -> InquiryToken:
        matched = self._index.lookup(folded)
        # except words matter only for a word that matches a rule word
        excepted = self._except_index.lookup(folded) if matched else frozenset()
        return folded, matched, excepted


def route(rules: Iterable[Rule], facts: RoutingFacts) -> Decision | None:
    """One inquiry through rules compiled just for it (use a ``Router`` for many)."""
    return Router(rules).route(facts)
