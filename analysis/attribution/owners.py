"""Whose a described speaker is: titles, places, datelines and possessives give the government.

'the spokesman' refers back to a named speaker; 'Presidential spokesperson Kang' takes the state
the title, the place opening the sentence or the dateline names; 'China abstained, and its envoy
said' belongs to China. Functions of the document context, the history so far and a position.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors import SpeakerInfo, name_re
from .lexicon import word_set
from .names import unnamed_individual
from .patterns import PLURAL_ROLE, TIME_WORDS

if TYPE_CHECKING:
    from .context import DocumentContext
    from .speakers import History

#: ' in New Delhi' after a speaker phrase: where the speaker is.
IN_PLACE_AFTER = name_re(r"\s+in\s+\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}")
#: A place opening a sentence ('In Nairobi, President William Ruto told …'): where the speaker acts for.
SENTENCE_PLACE = name_re(r"\s*(?:In|From)\s+(?P<place>\p{Lu}[\w'-]*(?:\s+\p{Lu}[\w'-]*){0,2}),")
#: 'its envoy', 'their spokesman', 'his aide': a title owned by someone named earlier in the same sentence.
POSSESSED_TITLE = re.compile(r"(?:and\s+|but\s+)?(?P<owner>its|their|his|her)\s+\S", re.IGNORECASE)
#: A proper name the registry does not know that may own 'its envoy': inside the sentence, or opening it before a
#: verb ('Freedonia abstained, and its envoy said'; 'The Acme Group, which …, said its spokesman …').
UNKNOWN_OWNER = name_re(r"(?:(?<=[a-z,;]\s)|^\s*(?:[Tt]he\s+)?(?=\p{Lu}[\w'&.-]*(?:\s+\p{Lu}[\w'&.-]*)*\s+(?:\w+ed|"
                        r"has|had|was|is|did|does|would|will)\b))(?P<name>\p{Lu}[\w'&.-]*(?:\s+\p{Lu}[\w'&.-]*)*)")
#: A place after a preposition ('voted in New York') owns nothing.
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|on|into|across|over|around|inside|outside|during|until|since)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
OF_BEFORE = re.compile(r"\b(?:of|for|to|by|with)\b")
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
AFTER_NAME = re.compile(r",?\s*(?:of|at|for|from|with)\s+(?:the\s+)?")
INDEFINITE = re.compile(r"(?:a|an|one)\s", re.I)
NEW_REFERENT = re.compile(r"(?:a|an|one|another|other)\s", re.I)
THE = re.compile(r"the\s", re.I)
GOVERNMENT = re.compile(r"government\s", re.I)


def description(context: DocumentContext, history: History, info: SpeakerInfo, phrase: str, at: int) -> SpeakerInfo:
    """See :func:`_description`; a plural ('some officials in Tokyo') is never one person named before."""
    if PLURAL_ROLE.search(info.speaker) and info.kind == "official" and not THE.match(phrase):
        if not info.actor and GOVERNMENT.match(info.speaker) and \
                (placed := named_owner(context, placed_phrase(context, phrase, at))):  # 'Government sources in Delhi'
            return replace(info, actor=placed, method=f"coref:place-actor({info.method})")
        return info
    return _description(context, history, info, phrase, at)


def _description(context: DocumentContext, history: History, info: SpeakerInfo, phrase: str, at: int) -> SpeakerInfo:
    """Link 'the spokesman', "America's top diplomat", 'the NATO chief' to an earlier named speaker;
    a generic description with no actor takes the actor of the context. An indefinite description
    ('a JCS official') or someone's aide ("President Yoon's spokesman") is a new speaker."""
    if info.method == "title:unregistered":
        return info  # "Freedonia's foreign minister", "Acme Corp's spokesman": a new speaker, never one before
    if info.kind not in ("official", "institution") or (info.kind == "institution" and info.actor):
        return national_title(context, history, info, phrase, at)
    if info.method.startswith("nongov"):
        return info  # 'a former North Korean officer' speaks for no government, whoever spoke before
    new_referent = bool(NEW_REFERENT.match(phrase)) or info.method == "title:person"
    if info.kind == "official" and not new_referent:
        earlier = _same_official([*history.latest(), *context.persons_before(at)], info)
        if earlier is not None:
            return replace(earlier, method=f"coref:description({info.method})")
    if not info.actor:
        return _actor_from_context(context, history, info, phrase, at)
    return info


def _same_official(candidates: list[SpeakerInfo], info: SpeakerInfo) -> SpeakerInfo | None:
    """The first of ``candidates`` (latest speakers, then persons mentioned) a description fits: 'One senior EU
    diplomat said …. "…," the diplomat said'; 'the spokesman' after a named spokesman of the same actor and gender."""
    generic_role = info.role in ("", "official")
    for earlier in candidates:
        if unnamed_individual(earlier) and earlier.speaker.split()[-1].lower() == info.speaker.split()[-1].lower():
            return earlier
        if earlier.kind != "person" or (info.gender and earlier.gender and info.gender != earlier.gender):
            continue
        if info.actor and earlier.actor != info.actor:
            continue
        if earlier.role == info.role or generic_role:
            return earlier
    return None


def _actor_from_context(context: DocumentContext, history: History, info: SpeakerInfo, phrase: str,
                        at: int) -> SpeakerInfo:
    """A description without an actor: an institution of the same role speaking before, else the place or
    dateline ('Government sources in New Delhi', Yonhap's 'the foreign ministry'), else an earlier speaker's."""
    for earlier in history.latest():
        if info.kind == "institution" and earlier.kind == "institution" and earlier.actor and earlier.role == info.role:
            return replace(earlier, method=f"coref:description({info.method})")
    mentioned = context.body_before(at, info.role) if info.kind == "institution" and info.role else None
    if mentioned is not None:  # 'Seoul's foreign ministry summoned …. According to the foreign ministry, …'
        return replace(mentioned, method=f"coref:mention({info.method})")
    placed = named_owner(context, phrase or info.speaker) or place_actor(context, at) or context.home
    if placed:
        return replace(info, actor=placed, method=f"coref:place-actor({info.method})")
    for earlier in history.latest():
        if earlier.actor:
            return replace(info, actor=earlier.actor, method=f"coref:context-actor({info.method})")
    return info


def national_title(context: DocumentContext, history: History, info: SpeakerInfo, phrase: str,
                   at: int) -> SpeakerInfo:
    """'Presidential spokesperson Kang Yu-jung' (a name the registry does not know, a government title without
    a country) speaks for the state or body the phrase names ('UN humanitarian chief Tom Fletcher'), else the
    place opening its sentence ('In Nairobi, President William Ruto'), else the dateline's country, else the
    country of the speakers so far."""
    if info.kind != "person" or info.actor or info.method != "title:generic":
        return info
    named_at = phrase.find(info.speaker)
    named_end = named_at + len(info.speaker)
    mentions = [m for m in context.registry.find_mentions(phrase, date=context.date)
                if named_at < 0 or m[0] < named_at or  # the title's words and '… of Bloomberg', not 'met the
                AFTER_NAME.fullmatch(phrase[named_end:m[0]])]  # officers'
    if any(m[2].actor or m[2].kind != "person" for m in mentions):
        named = named_owner(context, phrase, mentions)
        return replace(info, actor=named, method="title:phrase-actor") if named else info
    if info.role not in word_set("government_roles"):
        return info
    actor = place_actor(context, at) or context.home or \
        next((earlier.actor for earlier in history.latest() if is_state(context, earlier.actor)), "")
    return replace(info, actor=actor, method="title:context-actor") if actor else info


def named_owner(context: DocumentContext, phrase: str, mentions: list | None = None) -> str:
    """The state or body a speaker phrase names before its head ('UN humanitarian chief Tom Fletcher' -> UN,
    'Government sources in New Delhi' -> IND), or ''; '… of the European Commission' is left to the registry."""
    if mentions is None:
        mentions = context.registry.find_mentions(phrase, date=context.date)
    owners = [m for m in mentions if m[2].actor and m[2].kind in ("state", "institution")]
    if len({m[2].actor for m in owners}) != 1 or OF_BEFORE.search(phrase[:owners[0][0]]) or \
            (INDEFINITE.match(phrase) and not FROM_BEFORE.search(phrase, 0, owners[0][0])):
        return ""  # one owner ("South Korea's presidential office" is one), not after 'of', 'a …' only 'from' it
    return owners[0][2].actor


def placed_phrase(context: DocumentContext, phrase: str, at: int) -> str:
    """``phrase`` with the 'in <Place>' that follows it in the sentence at ``at`` ('Government sources' ->
    'Government sources in New Delhi'), when the speaker span left it out; else ``phrase``."""
    end = at + 400
    found_at = context.text.find(phrase, at, end)
    while found_at >= 0:  # the first occurrence followed by 'in <Place>'
        found = IN_PLACE_AFTER.match(context.text, found_at + len(phrase), end)
        if found:
            return context.text[found_at:found.end()]
        found_at = context.text.find(phrase, found_at + 1, end)
    return phrase


def is_state(context: DocumentContext, actor: str) -> bool:
    """A registered state's code (not an organisation's: a UN official is no country's context)."""
    found = context.registry.actors.get(actor) if actor else None
    return found is not None and found.kind == "state"


def place_actor(context: DocumentContext, at: int) -> str:
    """The state of a place opening the sentence at ``at`` ('In Islamabad, …' -> PAK), or ''."""
    found = SENTENCE_PLACE.match(context.text, at)
    if found is None:
        return ""
    info = context.registry.resolve(found.group("place"), date=context.date)
    return info.actor if info is not None and info.kind == "state" else ""


def possessor(context: DocumentContext, phrase: str, info: SpeakerInfo, before: str) -> SpeakerInfo | None:
    """'China abstained, and its envoy said …': 'its' is the nearest state or body named before it in the same
    sentence ('his'/'her' the nearest person), before any earlier speaker; None if the sentence names none."""
    owner = POSSESSED_TITLE.match(phrase)
    if owner is None or info.kind not in ("official", "institution") or info.actor or \
            not info.method.startswith("title:generic"):
        return None
    word = owner.group("owner").lower()
    wanted = ("person",) if word in ("his", "her") else ("state", "institution")
    gender = {"his": "m", "her": "f"}.get(word, "")
    mentions = context.registry.find_mentions(before, date=context.date)
    unknown = _unknown_owners(before, mentions) if word in ("its", "their") else []
    for start, _, earlier in reversed(mentions):
        if unknown and unknown[-1].start("name") > start:
            break
        if earlier.kind in wanted and earlier.actor and earlier.gender in (gender, ""):
            return replace(info, actor=earlier.actor, method=f"coref:possessive({info.method})")
    if unknown:  # 'Freedonia abstained, and its envoy said …': an owner the registry lacks, not a speaker before
        return replace(info, actor="", method=f"coref:possessive-unregistered({info.method})")
    return None


def _unknown_owners(before: str, mentions: list) -> list:
    """Proper names in ``before`` that the registry does not read, and no time or place after a preposition."""
    return [m for m in UNKNOWN_OWNER.finditer(before) if not TIME_WORDS.search(m.group("name")) and
            not PLACE_BEFORE.search(before, 0, m.start("name")) and
            not any(start < m.end("name") and m.start("name") < end for start, end, _ in mentions)]
