"""Who a speaker phrase is: the registry, then pronouns, surnames, descriptions and documents.

:meth:`Speakers.resolve` reads a phrase at a position of the document: 'he' is the latest person
speaking before it, 'Wang' the person named 'Wang Yi' before it, 'the spokesman' a named spokesman,
'The statement' whoever issued it, 'Ivan Petrov' a person the registry lacks. It reads the frozen
:class:`~.context.DocumentContext` and the :class:`History` of who spoke so far, and changes neither.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ..actors import SpeakerInfo, name_re
from .context import LOOKBACK, DocumentContext
from .lexicon import alternation
from .names import (data_source, longer_name, named_at_end, titled_person, unknown_person, unknown_speaker, unnamed_individual,
                    earlier_full_name)
from .owners import description, possessor
from .patterns import DOCUMENT_NOUN

MAX_SPEAKER_WORDS = 14
SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": "", "it": ""}
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "", "it": ""}
#: Nouns that refer back to an institution already speaking ("The agency said ...").
ANAPHORIC_NOUNS = re.compile(rf"^(?:the\s+)?{alternation('anaphoric_nouns')}$", re.IGNORECASE)
#: 'one of the diplomats', 'One of the two men': one member of a group, maybe named before ('Two EU diplomats').
ONE_OF = re.compile(r"(?:one|another|each|either)\s+of\s+(?:the|those|these|its|their)\s+(?:(?:two|three|four|\w+ed)\s+)?"
                    r"(?P<noun>[a-z][\w-]*s|men|women|people)", re.IGNORECASE)
#: A described speaker with a restrictive relative clause before the verb: the description alone says who.
RESTRICTIVE_RELATIVE = re.compile(r"((?:a|an|one|another|the)\s+[^,;\"]*?)\s+who\s", re.IGNORECASE)
#: A surname or a two-word name ('Wang', 'Cho Tae-yul'), and a single capitalised word ('Harris').
SURNAME_PHRASE = name_re(r"\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)?")
SINGLE_NAME = name_re(r"\p{Lu}[\w'-]+")
#: "Armenia's Pashinyan": a state's possessive before a bare name.
POSSESSED_NAME = name_re(r"(?P<owner>.+?)['’]s\s+(?P<name>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)?)")
BRACKETED_END = re.compile(r"\s*\([^)]*\)\s*$")  # "the Joint Chiefs of Staff (JCS)"


#: Readings of a description, not of a name: the speaker is then written as the text gives it.
DESCRIBED = ("title:generic", "title:nationality", "nongov:", "coref:place-actor", "coref:context-actor",
             "title:phrase-actor", "title:context-actor", "coref:possessive")
#: Methods that only add a government to a description (the speaker is still the one described there).
ACTOR_ONLY = ("coref:place-actor", "coref:context-actor", "title:phrase-actor", "title:context-actor",
              "coref:possessive")
#: What may follow a described speaker's head in its own words: a prepositional or participial modifier ('from
#: South Korea's presidential office', 'involved in the talks', 'in Tokyo'), never a verb or a second clause.
POST_MODIFIER_ONLY = re.compile(r"(?:\s+(?:(?:from|of|in|at|for|with|on|to|close\s+to|based\s+in|familiar\s+with|"
                                r"[a-z]+ed\s+(?:in|with|on|to|by))\s+[^,;:]*)?)?", re.IGNORECASE)
QA_LABEL = re.compile(r"^[QA][.:]\s+")  # a transcript's question or answer marker
OPENING_JUNK = re.compile(r"(?:so|then|on|in|at|last|this|earlier|later|meanwhile)\s", re.IGNORECASE)
LEADING_CONJUNCTION = re.compile(r"^(?:and|but|yet)\s+", re.IGNORECASE)


def as_written(info: SpeakerInfo, phrase: str) -> SpeakerInfo:
    """A described speaker ('A senior official from South Korea's presidential office', 'South Korean leaders')
    named by the text's own words rather than the registry's shorter reading ('senior official', 'South Korea');
    persons and registered names keep their name."""
    if info.kind == "person" or not info.method.startswith(DESCRIBED) or len(phrase) > 80:
        return info
    phrase = LEADING_CONJUNCTION.sub("", QA_LABEL.sub("", phrase).strip(" \"'"))
    if OPENING_JUNK.match(phrase):
        return info  # 'and the two armies', 'On Monday Deputy Minister': not the speaker's own words
    at = phrase.find(info.speaker)
    if at < 0 or not POST_MODIFIER_ONLY.fullmatch(phrase, at + len(info.speaker)):
        return info  # 'Seoul's foreign ministry summoned the ambassador and': more than the speaker's own words
    return replace(info, speaker=phrase)


class History:
    """Who spoke so far in a document and where; :meth:`remember` alone adds to both lists, in step."""

    def __init__(self):
        self.speakers: list[SpeakerInfo] = []
        self.positions: list[int] = []

    def remember(self, info: SpeakerInfo, at: int) -> None:
        """Note that ``info`` spoke at ``at`` (unless it names nobody)."""
        if info.actor or info.kind in ("person", "other", "institution", "official", "state"):
            self.speakers.append(info)
            self.positions.append(at)

    def latest(self) -> Iterator[SpeakerInfo]:
        """Speakers, the latest first (at most :data:`~.context.LOOKBACK`)."""
        return reversed(self.speakers[-LOOKBACK:])

    def latest_with_positions(self) -> Iterator[tuple[int, SpeakerInfo]]:
        """(position, speaker) pairs, the latest first (at most :data:`~.context.LOOKBACK`)."""
        return zip(reversed(self.positions[-LOOKBACK:]), reversed(self.speakers[-LOOKBACK:]))


class Speakers:
    """Resolves speaker phrases against a document's context and the history of who spoke so far."""

    def __init__(self, context: DocumentContext, history: History):
        self.context, self.history = context, history

    def resolve(self, phrase: str, *, at: int, before: str = "") -> SpeakerInfo | None:
        """Who ``phrase``, read at ``at``, is; ``before`` is the sentence's text before it (for 'China
        abstained, and its envoy'). None when the phrase names no speaker."""
        phrase = BRACKETED_END.sub("", phrase.strip(" ,"))
        restrictive = RESTRICTIVE_RELATIVE.match(phrase)  # 'A former officer who defected in 2019 and now works …'
        phrase = restrictive.group(1) if restrictive else phrase
        words = phrase.split()
        if not phrase or len(words) > MAX_SPEAKER_WORDS:
            return None
        if len(words) <= 2 and (words[-1].lower() in SUBJECT_PRONOUNS or words[-1].lower() in OBJECT_PRONOUNS):
            found = self.pronoun(words[-1], at=at)
            return replace(found, method="coref:pronoun") if found else None
        if DOCUMENT_NOUN.fullmatch(phrase):
            return self.document(at)
        if ONE_OF.fullmatch(phrase):
            return self.one_of(phrase, at=at)
        if SINGLE_NAME.fullmatch(phrase) and (named := self.surname(phrase, at=at)) is not None and \
                not named.method.startswith("registry"):
            # 'Harris said' after 'spokesman Tom Harris': the person this document named, not a registered Harris
            return replace(named, method="coref:surname")
        info, last = self._registered(phrase)
        if info is not None and not info.actor and info.kind in ("other", "institution") and \
                (document := data_source(self.context, phrase)) is not None:
            return document  # 'A university poll', 'federal data': the document speaks, not 'university'
        if info is None:
            found = self._named_before(phrase, at)
            if found is not None:
                return found
            if last is None:
                return unknown_speaker(self.context, phrase)
            info = last[2]
        elif info.method == "unknown-person":
            return info
        if before and (owned := possessor(self.context, phrase, info, before)) is not None:
            return as_written(owned, phrase)  # 'its envoy', with the government of the state named before
        if info.kind in ("official", "institution") and info.method.startswith("title:generic") \
                and (found := self.anaphor(phrase)) is not None:
            return found
        described = self.description(info, phrase, at=at)
        same = described.method == info.method or described.method.startswith(ACTOR_ONLY)
        return as_written(described, phrase) if same else described  # not someone named before


    def _possessed_person(self, phrase: str, state: SpeakerInfo) -> SpeakerInfo | None:
        """"Armenia's Pashinyan": a name the registry does not read as a title, body or outlet is a person of that
        state (the surname of someone named before, if any)."""
        found = POSSESSED_NAME.fullmatch(phrase)
        if found is None or self.context.registry.resolve(found.group("owner"), date=self.context.date) != state:
            return None
        name = found.group("name")
        if name.isupper():
            return None  # "China's MFA": an acronym is a body, not a person
        known = self.context.registry.resolve(name, date=self.context.date)
        if known is not None and known.method != "unknown-person":
            return None  # "Russia's Defence Ministry", "China's Xinhua"
        person = unknown_person(name)
        return replace(person, actor=state.actor, method="possessive:person")

    def _registered(self, phrase: str) -> tuple[SpeakerInfo | None, tuple | None]:
        """What the registry reads in ``phrase``: a person ending a title first; a registered name opening a
        longer name is someone else ('Jean-Pierre Dubois'). Also the registry's mention ending the phrase, when
        it was looked up (:func:`named_at_end`, else None)."""
        context = self.context
        info = context.registry.resolve(phrase, date=context.date)
        if info is not None and info.kind == "person" and longer_name(context, phrase):
            return unknown_person(phrase), None
        last = None
        if info is None or info.kind in ("institution", "state", "official"):
            last = named_at_end(context, phrase)
            info = titled_person(context, phrase, last) or info
            if info is not None and info.kind == "state" and last is not None and last[0] > 0 and \
                    last[2].role == "media":
                info = last[2]  # 'Russian state-run RIA Novosti': the phrase's head, not the state opening it
            if info is not None and info.kind == "state":
                info = self._possessed_person(phrase, info) or info
        return info, last

    def _named_before(self, phrase: str, at: int) -> SpeakerInfo | None:
        """A surname of a person named before ``at``, or an anaphoric noun for an institution speaking before."""
        surname = self.surname(phrase, at=at)
        if surname is not None:
            return replace(surname, method="coref:surname")
        return self.anaphor(phrase)

    def description(self, info: SpeakerInfo, phrase: str = "", *, at: int) -> SpeakerInfo:
        """A title or description read at ``at``: an earlier named speaker, or the context's government."""
        return description(self.context, self.history, info, phrase, at)

    def pronoun(self, word: str, *, at: int) -> SpeakerInfo | None:
        """'he'/'she': the latest person speaking whose gender fits, unless a person of that gender opens a
        later sentence; 'it' the latest state or institution speaking, 'they' the latest non-person."""
        word = word.lower()
        gender = SUBJECT_PRONOUNS.get(word, OBJECT_PRONOUNS.get(word, ""))
        if not gender:
            for info in self.history.latest():
                if word == "it" and info.kind in ("state", "institution"):
                    return info
                if word in ("they", "them") and info.kind != "person":
                    return info
            return None
        # the latest person speaking whose gender is this one or unknown ('Lee said …. He added …'), unless a
        # person of this gender opens a later sentence ('Minister Chung struck a cautious note. "…," he said')
        spoke = next(((position, info) for position, info in self.history.latest_with_positions()
                      if (info.kind == "person" or unnamed_individual(info)) and info.gender in (gender, "")),
                     None)  # 'A commander … told …. "…," he said': the unnamed commander, not a name before
        opened = next(((position, info) for position, info in self.context.subjects_before(at)
                       if info.gender == gender), None)
        if opened and (spoke is None or opened[0] > spoke[0]):
            return opened[1]
        if spoke:
            return spoke[1]
        return next((info for info in self.context.persons_before(at) if info.gender == gender), None)

    def surname(self, phrase: str, *, at: int) -> SpeakerInfo | None:
        """'Wang' after 'Wang Yi', 'Cho' after 'Cho Tae-yul', 'Rutte' after 'Mark Rutte'."""
        if not SURNAME_PHRASE.fullmatch(phrase):
            return None
        for info in [*self.history.latest(), *self.context.persons_before(at)]:
            if info.kind != "person":
                continue
            words = info.speaker.split()
            if len(words) > 1 and phrase in (words[-1], words[0], " ".join(words[-2:]), " ".join(words[:2])):
                return info
        return earlier_full_name(self.context, phrase, at)

    def document(self, at: int) -> SpeakerInfo | None:
        """'The statement said' -> who issued the statement before ``at``, else the institution speaking so far."""
        for position, info in reversed(self.context.issuers):
            if position < at:
                return replace(info, method="coref:document")
        for earlier in self.history.latest():
            if earlier.kind in ("institution", "state") and earlier.actor:
                return replace(earlier, method="coref:document")
        return None

    def anaphor(self, phrase: str) -> SpeakerInfo | None:
        """'The agency said' -> the most recent institution speaking."""
        if not ANAPHORIC_NOUNS.match(phrase):
            return None
        for earlier in self.history.latest():
            if earlier.kind in ("institution", "state") and earlier.actor:
                return replace(earlier, method="coref:anaphor")
        return None

    def one_of(self, phrase: str, *, at: int) -> SpeakerInfo:
        """'one of the diplomats' after 'Two EU diplomats said': a member of that group, with its actor;
        else a new speaker whose group the registry may know ('one of the officials'), else nobody's."""
        noun = ONE_OF.fullmatch(phrase).group("noun").lower()
        for earlier in self.history.latest():
            if earlier.kind != "person" and earlier.speaker.lower().split()[-1:] == [noun]:
                return replace(earlier, speaker=phrase, method="coref:one-of")
        group = self.context.registry.resolve(noun, date=self.context.date)
        if group is not None and group.kind == "official":
            return replace(self.description(group, phrase, at=at), speaker=phrase, method="one-of")
        return SpeakerInfo(speaker=phrase, actor="", kind="other", role="", gender="", method="one-of")

    def last_two_persons(self, until: int) -> list[SpeakerInfo]:
        """The two persons named last before ``until`` ('Both leaders' refers back to them; 'X spoke by phone
        with Y, and the two agreed' to the two just named)."""
        found: list[SpeakerInfo] = []
        for info in self.context.persons_before(until):
            if all(info.speaker != other.speaker for other in found):
                found.append(info)
            if len(found) == 2:
                return found[::-1]
        return []
