"""Who stands before a cue: the subject of a reporting verb, stepping back over appositions and lists.

:func:`subject` reads 'Peskov, the Kremlin spokesman, said', 'Victor Cha, a Korea expert, said',
'South Korean officials, however, believe', 'The United States, Japan and South Korea condemned' and
'…, who notified Moscow that …'; :func:`joint_speakers` splits 'both the United States and South Korea'
into one speaker per government.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors import SpeakerInfo, name_re
from ..text import Sentence
from .candidates import NO_SPAN, Scan
from .cues import Cue
from .names import named_at_end, named_with_apposition, source_phrase
from .lexicon import word_set
from .patterns import CAPITALISED_NAME, RECORD_BEFORE, RELATIVE_BEFORE
from .spans import and_report, clause_start, comma_before, speaker_phrase

PARENTHETICAL = re.compile(r"^(?:however|meanwhile|though|too|also|in turn|in response|for (?:his|her|its|their) part|"
                           r"in a statement|separately|instead|nevertheless)$", re.IGNORECASE)
#: A relative clause between the speaker and the verb: 'The official, who spoke on condition of anonymity, said'.
RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\s[^,;\"]*,\s*$", re.IGNORECASE)
CONDITION_BEFORE = re.compile(r"\b(?:if|unless|lest|in\s+case)\s*$", re.IGNORECASE)
DASH_ASIDE = re.compile(r"\s+[\u2014\u2013-]{1,2}\s+[^\u2014\u2013\"]{2,120}?\s+[\u2014\u2013-]{1,2}\s*$")
KNOWN_AS = re.compile(r"(?:also\s+|better\s+)?known\s+as\s")
OWN_SUBJECT = re.compile(r"(?:and|but)\s", re.I)
DEFINITE_OR_INDEFINITE = re.compile(r"(?:the|a|an)\s", re.I)
INDEFINITE = re.compile(r"(?:a|an)\s", re.I)
AND = re.compile(r"\band\b")
#: 'Both leaders', 'The two ministers', 'the two' (after 'X spoke by phone with Y'): the last two persons named before.
BOTH_PERSONS = re.compile(r"(?:both|the two)(?:\s+(?:\w+\s+)?(?:leaders|ministers|presidents|men|women|officials|envoys|"
                          r"diplomats|sides|heads of state))?", re.IGNORECASE)
LEADING_CONJUNCTION = re.compile(r"^(?:and|but)\s+", re.I)
LEADING_BOTH = re.compile(r"^both\s+", re.I)
LIST_SEPARATOR = re.compile(r"\s+and\s+|,\s*")
PROPER_NAME = name_re(r"(?:[Tt]he\s+)?\p{Lu}[\w'.-]*(?:\s+(?:\p{Lu}[\w'.-]*|of|the|and|for|on))*")
STEPS_BACK = 4  # commas a subject may step back over
MIN_CONTENT_WORDS = 4  # words of content before an inverted or postposed verb
COMMA_BEFORE = re.compile(r",\s+$")
MAX_INVERTED_WORDS = 10
SPEAKER_ENDS = re.compile(r"\s*(?:,|[.!?]?[\"')\]]*\s*$)")
VERB_INSIDE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|must|can|"
                         r"do|does|did|that|(?-i:[a-z]+(?:ed|ing)))\b", re.IGNORECASE)
#: The speaker after an inverted verb, up to a comma, a full stop or the end: '…, said Maria Zakharova.'
AFTER_VERB = re.compile(r"\s+([^,.;:\"]+?)\s*(?:[,.;:]|$)")
#: Words after the speaker that say where or when ('… Lin Jian at a briefing on Friday').
ADJUNCT_AFTER_SPEAKER = re.compile(r"\s+(?:at|on|in|during|after|before|when|while|as|to|from|citing|according|"
                                   r"last|this|earlier|later|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|"
                                   r"Saturday|Sunday)\b")


def subject(scan: Scan, sent: Sentence, cue: Cue, end: int | None = None) -> tuple[int, tuple[int, int], list[SpeakerInfo]]:
    """The speaker(s) before a cue: (clause start, speaker span, speakers); no speakers if none is named.
    Appositions ("Peskov, the Kremlin spokesman, said"; "Victor Cha, a Korea expert, said"), parentheticals
    ("South Korean officials, however, believe") and lists ("The United States, Japan and South Korea condemned")
    are read by stepping back over commas."""
    norm, floor, end = scan.text, sent.start, cue.start if end is None else end  # ``end``: before 'is calling for'
    outer = scan.outer_verb(sent, cue.start)
    if outer:  # 'Lee said the agency believed …': the nested subject starts after the outer verb
        floor = outer.end
        coordinated = and_report(norm, floor, cue.start)
        if coordinated:  # '41 percent said …, and the rest said …': a report of its own, not a nested one
            floor, outer = coordinated.start("subject"), None
    if RECORD_BEFORE.search(norm, floor, end):
        return end, NO_SPAN, []  # '…, who has questioned U.S. aid, …': a record described in passing
    if CONDITION_BEFORE.search(norm, max(floor, clause_start(norm, floor, end) - 12), clause_start(norm, floor, end)):
        return end, NO_SPAN, []  # 'if Moscow demands reinforcements': a supposed act, not an utterance
    if RELATIVE_BEFORE.search(norm, floor, end):
        return relative_subject(scan, floor, norm.rfind(",", floor, end))
    relative = RELATIVE_CLAUSE.search(norm, floor, end) or DASH_ASIDE.search(norm, floor, end)
    if relative:  # 'The official, who spoke on condition …, said'; 'Ri — who was captured last month — said'
        end = relative.start()
    clause = clause_start(norm, floor, end)
    nearest = None  # (clause, span, phrase) right before the verb: a source phrase if nothing else reads it
    for _ in range(STEPS_BACK):
        span = speaker_phrase(norm, clause, end)
        phrase = norm[span[0]:span[1]].strip(" ,")
        if nearest is None and phrase and not PARENTHETICAL.match(phrase):
            nearest = clause, span, phrase
        comma_before_clause = clause - 2 > floor and norm[clause - 2:clause].strip().endswith(",")
        earlier, previous_end, earlier_phrase = clause, clause, ""
        if comma_before_clause:
            previous_end = comma_before(norm, clause)
            earlier = clause_start(norm, floor, previous_end)
            earlier_phrase = norm[earlier:previous_end].strip(" ,")
        if not phrase or PARENTHETICAL.match(phrase) or KNOWN_AS.match(phrase):
            if not comma_before_clause:  # 'the Security Service of Ukraine, known as the SBU, said': the name before
                break
            clause, end = earlier, previous_end
            continue
        infos = joint_speakers(scan, phrase, span[0]) or [scan.resolve(phrase, before=norm[sent.start:span[0]])]
        own_subject = OWN_SUBJECT.match(phrase) is not None  # ', and the two armies agreed': never the one before
        if comma_before_clause and earlier_phrase and not own_subject:
            named = _named_before_apposition(scan, earlier_phrase, phrase, infos[0])
            if named:
                return earlier, (earlier, span[1]), named
        if infos[0]:
            return clause, span, infos
        if not comma_before_clause or own_subject:
            break
        clause, end = earlier, previous_end
    sources = source_phrase(scan.context, nearest[2]) if nearest else []
    if outer and any(source.method in ("unknown-person", "source:name") for source in sources):
        sources = []  # 'X said Hanoi opposed …': inside reported words, a bare name the registry lacks is no speaker
    if sources:  # never drop a statement: 'Barrett said', 'The commission says', 'A university poll found'
        return nearest[0], nearest[1], sources
    return clause, NO_SPAN, []


def inverted_subject(scan: Scan, sent: Sentence, cue: Cue) -> tuple[int, tuple[int, int], list[SpeakerInfo]] | None:
    """'<content>, stated Chinese Foreign Ministry spokesman Lin Jian at a briefing.': the speaker after a verb that
    follows its content and a comma; (the verb's start, the speaker span, [speaker]) or None."""
    norm = scan.text
    if cue.kind != "speech" or cue.lemma not in word_set("inverting_verbs") or \
            not COMMA_BEFORE.search(norm, max(sent.start, cue.start - 3), cue.start) or \
            len(norm[sent.start:cue.start].split()) < MIN_CONTENT_WORDS:
        return None
    found = AFTER_VERB.match(norm, cue.end, sent.end)
    if found is None or not SPEAKER_ENDS.match(norm, found.end(1), sent.end):
        return None  # the speaker must end the sentence or come before a comma ('…, said the U.S. "is …"' is no speaker)
    start, end = found.span(1)
    adjunct = ADJUNCT_AFTER_SPEAKER.search(norm, start, end)
    end = adjunct.start() if adjunct else end
    phrase = norm[start:end].strip()
    if not phrase or phrase.split()[0].lower() in ("that", "it", "this", "there") or \
            len(phrase.split()) > MAX_INVERTED_WORDS or VERB_INSIDE.search(phrase):
        return None  # '…, said the troops were learning fast': a clause, not a speaker after the verb
    infos = [info] if (info := scan.resolve(phrase)) is not None else source_phrase(scan.context, phrase)
    return (cue.start, (start, start + len(phrase)), infos) if infos else None


def _names_a_state(scan: Scan, words: str) -> bool:
    """One or two capitalised words naming a state ('Ukrainian', 'South Korean', 'U.S.')."""
    if len(words.split()) > 2 or not words[:1].isupper():
        return False
    info = scan.resolve(words)
    return info is not None and info.kind == "state"


def _named_before_apposition(scan: Scan, earlier_phrase: str, phrase: str,
                             described: SpeakerInfo | None) -> list[SpeakerInfo]:
    """The speaker(s) named before a comma when ``phrase`` after it only describes them, or continues a list:
    'The United States, Japan and South Korea'; 'Kim Yo Jong, the sister of leader Kim Jong Un,'; 'Rep. Yu …, a
    former army officer,'; 'Ivan Petrov, a Ukrainian army spokesman,'; 'The Rodong Sinmun, the party's paper,'."""
    registry, date = scan.context.registry, scan.context.date
    if described and described.kind in ("state", "institution") and AND.search(phrase):
        joint = joint_speakers(scan, f"{earlier_phrase}, {phrase}")
        if joint:
            return joint
    if described is not None and described.kind == "person" and DEFINITE_OR_INDEFINITE.match(phrase):
        # the person named in the apposition only describes the speaker before it
        named = registry.resolve(earlier_phrase, date=date)
        if named and named.kind == "person" and named.speaker != described.speaker:
            return [named]
    if described is not None and described.kind in ("official", "other", "institution"):
        named = scan.resolve(earlier_phrase)
        if named is not None and named.method == "unknown-person":  # 'Ivan Petrov, a Ukrainian army spokesman,'
            named = named_with_apposition(scan.context, earlier_phrase, phrase) or named
        if named and named.kind == "person" and (not described.actor or named.actor == described.actor or
                                                 INDEFINITE.match(phrase)):
            return [named]  # the apposition only describes the person named (whose own actor stands)
        registered = registry.resolve(earlier_phrase, date=date) if PROPER_NAME.fullmatch(earlier_phrase) else None
        if registered and registered.method.startswith("registry") and \
                registered.kind in ("institution", "state") and registered.role == described.role and \
                not described.method.startswith("registry") and \
                (not described.actor or registered.actor == described.actor):
            return [registered]  # 'The Rodong Sinmun, the party's paper,'
        if named is None:
            named = named_with_apposition(scan.context, earlier_phrase, phrase)
            if named:
                return [named]
    return []


def relative_subject(scan: Scan, floor: int, comma: int) -> tuple[int, tuple[int, int], list[SpeakerInfo]]:
    """'… made by Kim Jong Un, who notified Moscow that …': the speaker named right before ', who'."""
    last = named_at_end(scan.context, scan.text[floor:comma])
    if last:
        start, end, info = last
        return comma, (floor + start, floor + end), [scan.speakers.description(info, at=scan.position)]
    return comma, NO_SPAN, []


def joint_speakers(scan: Scan, phrase: str, until: int = -1) -> list[SpeakerInfo]:
    """'both the United States and South Korea' -> one speaker per government named; 'Both leaders' -> the
    two persons named last (before ``until``, default: the reading position)."""
    if BOTH_PERSONS.fullmatch(LEADING_CONJUNCTION.sub("", phrase.strip())):
        return scan.speakers.last_two_persons(scan.position if until < 0 else until)
    parts = [p for p in LIST_SEPARATOR.split(LEADING_BOTH.sub("", phrase.strip())) if p]
    if len(parts) < 2:
        return []
    head = parts[-1].split()
    if len(head) >= 2 and all(_names_a_state(scan, part) for part in parts[:-1]):
        # 'Ukrainian and American officials': the head noun belongs to each ('Ukrainian officials')
        parts = [f"{part} {' '.join(head[1:])}" for part in parts[:-1]] + [parts[-1]]
    infos = [scan.resolve(p) for p in parts]
    if infos[0] is not None and infos[0].kind == "person" and infos[0].speaker != parts[0].strip() and \
            all(i is None and CAPITALISED_NAME.match(p.strip()) for i, p in zip(infos[1:], parts[1:])):
        # 'lawmakers Lee Sung-kwon and Park Sun-won': the title before the first name describes each
        infos = [infos[0], *(replace(infos[0], speaker=p.strip(), method="joint:shared-title") for p in parts[1:])]
    if all(i and i.kind == "person" and not i.actor for i in infos) and len({i.speaker for i in infos}) == len(infos):
        return infos  # two lawmakers or analysts
    if not all(i and i.actor for i in infos):
        return []
    if all(i.kind in ("state", "institution", "official") for i in infos) and len({i.actor for i in infos}) == len(infos):
        return infos  # "both the United States and South Korea", "Ukrainian and American officials"
    if all(i.kind == "person" for i in infos) and len({i.speaker for i in infos}) == len(infos):
        return infos  # "Ishiba and Rutte"
    return []
