"""Speakers the registry may not know: full names, organisations, indefinite persons, titled names.

Pure functions of the document context (:class:`~.context.DocumentContext`) and a phrase: a full
name the registry lacks ('Ivan Petrov') is a person for no government; 'Acme Corp' an organisation for
none; 'a cafe owner in Port-au-Prince' an individual for none; 'Kursk Region Governor X' a titled person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..actors import NAME_NEXT, NAME_WORD, NOT_NAME_WORDS, SpeakerInfo, name_re
from .lexicon import alternation, not_person_words, word_set
from .patterns import CAPITALISED_NAME, PLURAL_ROLE, TIME_WORDS

if TYPE_CHECKING:
    from .context import DocumentContext

#: 'Ivan Petrov', 'Maria de la Cruz', 'Ahmed al-Sharaa': two to four capitalised words (particles between) the registry
#: lacks, read as a person only when nothing else reads them and no word of them is a common word.
PERSON_NAME = name_re(rf"{NAME_WORD}{NAME_NEXT}{{1,3}}")
#: Up to three name words ending right before a surname: the full name a bare surname refers back to.
NAME_BEFORE = name_re(rf"{NAME_WORD}(?:{NAME_NEXT}){{0,2}}\s+$")
#: 'A café owner in Port-au-Prince', 'one young mother of three': an indefinite person the registry does not know
#: (a common noun heading it, maybe a place or group after it) speaks for no government.
INDEFINITE_PERSON = re.compile(r"(?:a|an|one|another)\s+(?:[\w'-]+\s+){0,3}?(?P<head>[a-z][\w-]*[a-z])"
                               r"(?:\s+(?:in|from|at|of|near|outside|with|on|for)\s+[^,;:\"]{2,60})?", re.IGNORECASE)
#: Endings of nouns for people ('shopkeeper', 'vendor', 'economist', 'technician', 'fisherman', 'migrant',
#: 'detainee'), minus the common things that end the same way (``not_human``).
HUMAN_SUFFIX = re.compile(r"(?:er|or|ist|ian|man|woman|ant|ee)$")
#: 'Acme Corp', 'The Freedonian Republic': a capitalised name ending in a word for an organisation or a country.
ORGANISATION_NAME = name_re(
    r"(?:[Tt]he\s+)?\p{Lu}[\w&.'-]*(?:\s+(?:\p{Lu}[\w&.'-]*|of|for|and|on|the|de)){0,6}?\s+"
    + alternation("organisation_heads"))
#: Capitalised words before a title that the registry does not know ('Kursk Region Governor …').
TITLE_QUALIFIER = name_re(r"(?:\p{Lu}[\w'-]+\s+){1,3}(?=\p{Lu}\p{Ll}+\s+\p{Lu})")
#: 'A café owner in Port-au-Prince': a place after a preposition only says where the speaker is, never who.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|near|outside|inside|across|around|throughout)\s+(?:the\s+)?$",
                             re.IGNORECASE)
#: Capitalised words right before a registered place ('RBC Ukraine': the country ends a longer name).
CAPITALISED_BEFORE = name_re(r"\b\p{Lu}[\w.&'-]*(?:\s+\p{Lu}[\w.&'-]*)*\s+$")
PREPOSITION = re.compile(r"\b(?:of|for|to|by|with|from)\b")
OF_AT_END = re.compile(r"\s+of\s+(?:the\s+)?$")
A_OR_AN = re.compile(r"\s*(?:a|an)\s+\w+")
NAME_WINDOW = 200  # characters before a surname where its full name may stand


def unknown_person(name: str) -> SpeakerInfo:
    """A person the registry lacks ('Ivan Petrov'), for no government."""
    return SpeakerInfo(speaker=name, actor="", kind="person", role="", gender="", method="unknown-person")


def unnamed_individual(info: SpeakerInfo) -> bool:
    """One person known only by a title or description ('a commander of a special operations unit', 'one senior EU
    diplomat', 'a defector'): pronouns and descriptions after them refer to them, not to a name before."""
    return (info.kind == "official" or info.kind == "other" and info.method == "nongov:individual") and \
        not PLURAL_ROLE.search(info.speaker) and not info.speaker.lower().endswith("s")


def personal_name(context: DocumentContext, phrase: str, registered: bool = False) -> bool:
    """'Ivan Petrov', 'Maria Kovacs': two to four capitalised words the registry does not know, none a word for a
    time, title, place, group or outlet, none written in lower case elsewhere in the document ('Local
    Residents said' when the text has 'residents'), and no registered mention inside ('Kursk Governor')."""
    if not PERSON_NAME.fullmatch(phrase) or TIME_WORDS.search(phrase):
        return False
    for word in phrase.split():
        if not word[0].isupper():
            continue   # a particle: 'de', 'von', 'al-Sharaa'
        if word.rstrip(".") in not_person_words() or word.lower() in context.vocabulary or \
                (len(word) > 2 and word.isupper()):
            return False
    return registered or not context.registry.find_mentions(phrase, date=context.date)


def longer_name(context: DocumentContext, phrase: str) -> bool:
    """A personal name (registered mentions aside) whose registered mentions all end before its last word:
    'Jean-Pierre Dubois', not 'Karine Jean-Pierre' or 'Putin Tuesday'."""
    if not personal_name(context, phrase, registered=True):
        return False
    mentions = context.registry.find_mentions(phrase, date=context.date)
    return bool(mentions) and mentions[-1][1] < phrase.rfind(" ") + 1


def earlier_full_name(context: DocumentContext, phrase: str, at: int) -> SpeakerInfo | None:
    """'Petrov' after 'Ivan Petrov' before ``at``, a full name the registry lacks that has not spoken yet (a
    quotation is read before the reported speech around it: 'Ivan Petrov said …. "…," Petrov said')."""
    if " " in phrase:
        return None
    name_starts, ends = context.words.memo(("full-name", phrase), lambda: _full_names(context, phrase))
    index = bisect_right(ends, at) - 1  # the latest full name ending by ``at``
    if index < 0:
        return None
    words = context.text[name_starts[index]:ends[index]].split()
    for first in range(len(words) - 1):
        name = " ".join(words[first:])
        if words[first][0].isupper() and (personal_name(context, name) or longer_name(context, name)):
            return unknown_person(name)
    return None


def _full_names(context: DocumentContext, phrase: str) -> tuple[list[int], list[int]]:
    """Where ``phrase`` ends a run of up to three name words before it: (run starts, phrase ends), in order."""
    name_starts, ends = [], []
    for start in context.words.starts(phrase):
        found = NAME_BEFORE.search(context.text, max(0, start - NAME_WINDOW), start)
        if found is not None:
            name_starts.append(found.start())
            ends.append(start + len(phrase))
    return name_starts, ends


def unknown_speaker(context: DocumentContext, phrase: str) -> SpeakerInfo | None:
    """A speaker the registry does not know, for no government: an indefinite person ('A café owner in
    Port-au-Prince', 'a shopkeeper') or a capitalised organisation or country ('Acme Corp', 'The Freedonian
    Republic'), or a full personal name; else None."""
    person = INDEFINITE_PERSON.fullmatch(phrase)
    if person is not None:
        head = person.group("head").lower()
        if head in word_set("human_nouns") or (HUMAN_SUFFIX.search(head) and head not in word_set("not_human")):
            return SpeakerInfo(speaker=phrase, actor="", kind="other", role="", gender="", method="nongov:individual")
        return None
    if ORGANISATION_NAME.fullmatch(phrase) and not TIME_WORDS.search(phrase):
        return SpeakerInfo(speaker=phrase, actor="", kind="institution", role="", gender="", method="unknown-name")
    if personal_name(context, phrase):
        return unknown_person(phrase)
    return None


def named_at_end(context: DocumentContext, phrase: str) -> tuple[int, int, SpeakerInfo] | None:
    """The registry's last mention in ``phrase`` if it ends the phrase ('… made by Kim Jong Un')."""
    mentions = context.registry.find_mentions(phrase, date=context.date)
    if not mentions or mentions[-1][1] < len(phrase.rstrip(" ,.")) - 1:
        return None
    start, end, info = mentions[-1]
    if info.kind == "state" and LOCATIVE_BEFORE.search(phrase, 0, start):
        return None  # 'A café owner in Port-au-Prince': where the speaker is, not who
    longer = CAPITALISED_BEFORE.search(phrase[:start])
    if info.kind == "state" and longer:  # a country ending a longer name: 'RBC Ukraine'
        return longer.start(), end, SpeakerInfo(speaker=phrase[longer.start():end], actor="", kind="other", role="",
                                                gender="", method="unknown-name")
    return mentions[-1]


def titled_person(context: DocumentContext, phrase: str, last: tuple | None) -> SpeakerInfo | None:
    """A person named at the end of a title the registry reads as a body or place: 'Russian Security Council
    Secretary Sergei Shoigu', 'his South Korean counterpart Cho Tae-yul'; or a title after words the registry
    does not know: 'Kursk Region Governor Alexander Khinshtein' (a regional office: the context's country).
    ``last`` is :func:`named_at_end` of the phrase."""
    if last is not None and last[2].kind == "person" and last[0] > 0 and \
            (not PREPOSITION.search(phrase[:last[0]]) or _title_of(context, phrase[:last[0]])):
        return last[2]  # not 'the office of President X', but 'Chief of the General Staff … Valery Gerasimov'
    if last is None and TITLE_QUALIFIER.match(phrase):  # 'First Vice Foreign Minister X': the shortest qualifier
        words = phrase.split()
        for skipped in range(1, 4):
            titled = context.registry.resolve(" ".join(words[skipped:]), date=context.date)
            if titled is not None and titled.kind == "person" and titled.method == "title:generic" and \
                    phrase.endswith(" " + titled.speaker):
                return titled
    return None


def _title_of(context: DocumentContext, words: str) -> bool:
    """Whether ``words`` are an office holder's title ending in 'of' ('Chief of the General Staff of the'), so the
    name after them is the title's holder; not a body ('the office of') nor 'spokesman for'."""
    found = OF_AT_END.search(words)
    info = context.registry.resolve(words[:found.start()], date=context.date) if found else None
    return info is not None and info.kind in ("official", "person") and info.method.startswith("title")


def named_with_apposition(context: DocumentContext, name: str, apposition: str) -> SpeakerInfo | None:
    """'Victor Cha, a Korea expert at CSIS' -> Victor Cha, with what the apposition says he is."""
    name = name.strip(" ,")
    if not CAPITALISED_NAME.match(name) or TIME_WORDS.search(name) or \
            not all(word[0].isupper() or word in word_set("name_particles") for word in name.split()):
        return None
    described = context.registry.resolve(apposition.strip(" ,"), date=context.date)
    if described is None:
        mentions = context.registry.find_mentions(apposition, date=context.date)
        described = mentions[0][2] if mentions else None
    if described is None and A_OR_AN.match(apposition):
        described = SpeakerInfo(speaker=name, actor="", kind="other", role="", gender="", method="unknown")
    if described is None or described.kind == "state":
        return None
    return SpeakerInfo(speaker=name, actor=described.actor, kind="person", role=described.role,
                       gender=described.gender, method=f"apposition({described.method})")


#: Words that never open a source phrase: pronouns read elsewhere, demonstratives, conjunctions, prepositions.
NOT_SOURCE_START = frozenset("it this that these those which who whom whose what there here and but or nor if when "
                             "while as because so then to of in on at for with by from not no also however meanwhile "
                             "yet although though after before since until where whether how why he she they we i "
                             "you one such about over into against during under amid despite without than like "
                             "through across around between among per via has have had is are was were be been do "
                             "does did will would can could may might must should shall get got make made keep kept "
                             "leave left".split())
#: A dateline or kicker before the speaker ('ADDIS ABABA - Outgoing AU chair X'): only the words after it count.
DASH = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
#: Where a source phrase's head ends and what follows only describes it ('A person familiar with …', 'Attorneys
#: handling the case', 'Republicans on the committee').
POST_MODIFIER = re.compile(r"\s+(?:of|who|that|which|whose|familiar|close|with|in|on|at|from|for|to|involved|"
                           r"[a-z]+ing)\b")
OF = re.compile(r"\s+of\s+")
#: 'Fifty percent of those polled', 'a third of respondents': a share of a group, the words before 'of'.
QUANTITY_OF = re.compile(r"(?P<share>(?:[\w-]+\s+)?(?:percent|per\s+cent|half|third|quarter|majority|minority))\s+of\s+",
                         re.IGNORECASE)
MAX_SOURCE_WORDS = 12
#: A clause, not a noun phrase: a wh-word, 'that', an infinitive or a dangling 'and' ('what Democrats', 'Congress to
#: warn consumers and').
CLAUSE_INSIDE = re.compile(r"\b(?:what|that|which|whether)\b|\bto\s+[a-z]+\b|\s(?:and|or)\s*$", re.IGNORECASE)
#: A possessive before a person's name ("North Carolina's Thom Tillis").
POSSESSOR_BEFORE = re.compile(r"^.*['\u2019]s\s+")
#: A title without a name after it is no source of its own ('Deputy Minister said'): the registry reads titles.
TITLE_HEADS = frozenset("minister president secretary spokesman spokeswoman spokesperson chief director head "
                        "chairman chairwoman chair governor mayor ambassador envoy general commander official "
                        "deputy premier chancellor king queen prince senator representative".split())


def source_phrase(context: DocumentContext, phrase: str) -> list[SpeakerInfo]:
    """A speaker phrase nothing else reads that still names a source, for no government, written as the text gives
    it: a capitalised name ('Barrett', 'House Democrats', 'Quinnipiac'), or a noun phrase headed by a word for
    people, a group, an organisation or a document ('the commission', 'A university poll', 'federal data',
    'Attorneys handling the case', 'Fifty-seven percent of voters'). 'Democrats and Republicans' are two. [] if none."""
    phrase = DASH.split(phrase)[-1].strip(" ,\"'\u2022*-")
    parts = [part for part in re.split(r"\s+and\s+|,\s*", phrase) if part] if " and " in phrase else [phrase]
    found = [_source(context, part) for part in parts]
    if len(parts) > 1 and all(found):
        return found
    single = _source(context, phrase)
    return [single] if single else []


def data_source(context: DocumentContext, phrase: str) -> SpeakerInfo | None:
    """:func:`source_phrase` of a phrase headed by a document or data noun ('A university poll'), else None."""
    source = _source(context, phrase.strip(" ,"))
    return source if source is not None and source.method == "source:document" else None


def _source(context: DocumentContext, phrase: str) -> SpeakerInfo | None:
    words = phrase.split()
    if not words or len(words) > MAX_SOURCE_WORDS or words[0].lower() in NOT_SOURCE_START or \
            TIME_WORDS.search(phrase) or not any(c.isalpha() for c in phrase) or CLAUSE_INSIDE.search(phrase):
        return None
    head_words = _head_words(phrase)
    if not head_words:
        return None
    kind, method = _head_kind(context, head_words)
    if not kind and QUANTITY_OF.match(phrase):  # 'Fifty percent of those polled': the share speaks
        head_words = QUANTITY_OF.match(phrase).group("share").split()
        kind, method = _head_kind(context, head_words)
    if not kind or (words[0].islower() and words[0].endswith("ed") and method != "source:group"):
        return None  # not 'shared intelligence with NATO' (a verb phrase), but 'Elected officials'
    outlet = method == "source:name" and any(word in word_set("outlet_words") for word in head_words)
    if kind == "person":  # a person's name, not the words around it ('Christian Hilland with the FEC')
        phrase = POSSESSOR_BEFORE.sub("", " ".join(head_words))  # "North Carolina's Thom Tillis" -> 'Thom Tillis'
    return SpeakerInfo(speaker=phrase, actor="", kind=kind, role="media" if outlet else "", gender="",
                       method="source:outlet" if outlet else method)


def _head_kind(context: DocumentContext, head_words: list[str]) -> tuple[str, str]:
    """:func:`_source_kind` of the last of ``head_words``; ('', '') when it is no word."""
    head = head_words[-1].strip(".,;:'\"").removesuffix("'s").removesuffix("\u2019s")
    if not head or not head[0].isalpha():
        return "", ""
    return _source_kind(context, head, head_words)


def _head_words(phrase: str) -> list[str]:
    """The words up to the phrase's head: before a post-modifier, or after 'of' when a quantity comes first
    ('Dozens of progressive Democrats' -> 'progressive Democrats')."""
    cut = POST_MODIFIER.search(phrase)
    before = phrase[:cut.start()] if cut else phrase
    if cut and OF.match(phrase, cut.start()) and before.split()[-1].lower() in word_set("quantity_words"):
        rest = phrase[cut.end():]
        after = POST_MODIFIER.search(rest)
        return (rest[:after.start()] if after else rest).split()
    return before.split()


def _source_kind(context: DocumentContext, head: str, head_words: list[str]) -> tuple[str, str]:
    """(kind, method) of a source headed by ``head``, or ('', '') when the head names no source."""
    lower = head.lower()
    singular = _singular(lower)
    if lower in word_set("data_nouns") or singular in word_set("data_nouns"):
        return "institution", "source:document"
    if lower in word_set("quantity_words"):
        return ("other", "source:group") if len(head_words) > 1 or lower in ("percent", "majority") else ("", "")
    if head[0].isupper():
        return _named_source(context, head, head_words)
    if singular in word_set("body_nouns"):
        return "institution", "source:body"
    people = word_set("source_nouns") | word_set("human_nouns")
    suffixed = len(head_words) > 1 and HUMAN_SUFFIX.search(singular) and singular not in word_set("not_human")
    if lower in people or singular in people or suffixed:  # a suffix alone only after a determiner: 'a trader
        plural = lower != singular or lower in ("people", "staff", "public", "police", "authorities", "allies")
        return ("other", "source:group") if plural else ("other", "nongov:individual")
    return "", ""


def _named_source(context: DocumentContext, head: str, head_words: list[str]) -> tuple[str, str]:
    """A capitalised head: an outlet ('Sky News'), a group ('House Democrats'), an organisation ('Quinnipiac
    University', 'CBP') or a person ('Raffensperger'); ('', '') for a word that names no one ('Monday', 'The',
    a bare title: 'Deputy Minister')."""
    if head in NOT_NAME_WORDS or TIME_WORDS.search(head) or head.lower() in TITLE_HEADS:
        return "", ""
    name = " ".join(head_words)
    if any(word in word_set("outlet_words") for word in head_words) or head.isupper() or \
            ORGANISATION_NAME.fullmatch(name) or _singular(head.lower()) in word_set("body_nouns"):
        return "institution", "source:name"
    if head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is")):
        return "other", "source:group"  # 'Democrats', 'House Republicans'
    if all(word[0].isupper() or word in word_set("name_particles") for word in head_words[-4:]):
        return "person", "unknown-person"
    return "institution", "source:name"


def _singular(word: str) -> str:
    """A plural noun's singular, by the regular endings ('studies' -> 'study', 'wives' -> 'wife', 'polls' -> 'poll')."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ves"):
        return word[:-3] + "fe"
    return re.sub(r"(?<=[^s])s$", "", word)
