"""Cue words in the text: reporting verbs that read as verbs, found once per document.

A cue form of ``speech_verbs.yml`` is a cue unless the words around it show a noun ("media
reports", "think tank"), a modal or infinitive ("would say", "to confirm"), a passive with no
speaker ("are believed to have"), a label ("what he called") or an anonymity request ("asked not to
be named"). :class:`CueIndex` scans a document once and answers for any span of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..actors import name_re
from .lexicon import alternation, cue_regex, document_only_lemmas, evidence_lemmas, noun_like_forms, that_only_forms, verb_lexicon, word_set


@dataclass(frozen=True)
class Cue:
    """A cue found in the text: offsets, the words as written, class and lemma."""

    start: int
    end: int
    text: str
    kind: str  # speech | attitude | silence | passive
    lemma: str


# Words right after a cue, matched in place (the scan runs over the whole document: no slices of its rest).
THAT_AFTER = re.compile(r"\s+that\b")
NOUN_AFTER = re.compile(r"\s+tanks?\b", re.IGNORECASE)   # "think tank": a compound noun
NOUN_OF_AFTER = re.compile(r"\s+(?:of|from|about)\b")   # 'reports from Ukraine', 'claims of casualties'
TO_AFTER = re.compile(r"\s+to\b")
BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\b")
REDUCED_PASSIVE = re.compile(r"\s+to\s+(?:be|have|show|include|number|total|involve|contain|belong|originate)\b")
ANONYMITY = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+(?:his|her|their)"
                       r"\s+name)\b", re.IGNORECASE)
# Words right before a cue.
AGENTLESS_PASSIVE = re.compile(r"\b(?:(?:is|are|was|were|be|been|being)(?:\s+not|\s+never)?|isn't|aren't|wasn't|"
                               r"weren't)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|could|can|must|might|may|should|cannot|to)\s+(?:not\s+)?$", re.I)
EXCEPT_TO = re.compile(r"except\s+to\s*$", re.I)
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|these|those|this|that|such|its|his|her|their|our|my|your|media|news|press|recent|new|"
    r"about|of|on|over|amid|despite|following|with|by|unconfirmed|initial|first|latest|some|many|several|no|"
    r"any|and|or|to|for|from|in|into|satellite|so-called|(?-i:[a-z]{2,}ing)|(?-i:[a-z]{3,}ed))|'s)\s*$", re.IGNORECASE)
PARTICIPLE_BEFORE = re.compile(r"(?-i:[a-z]{3,}(?:ed|ing))")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s*$", re.IGNORECASE)
ARTICLE_AND_PAST_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+\w+ed\s*$", re.IGNORECASE)
#: 'denounced what he called inaction': a label inside the content, no cue.
WHAT_LABEL = name_re(r"\bwhat\s+(?:he|she|they|it|\p{Lu}[\w.'-]*)\s*$")
PAST_FORM = re.compile(r"said|thought|\w+ed")
#: A document or data noun right before an evidence verb, maybe with an adverb ('the data clearly show').
DATA_NOUN_BEFORE = re.compile(rf"\b{alternation('data_nouns')}\s+(?:\w+ly\s+|also\s+|now\s+)?$", re.IGNORECASE)
#: A document noun right before a verb that only documents do ('the tweet read', 'the banner's message reads').
DOCUMENT_BEFORE = re.compile(rf"\b{alternation('document_nouns')}\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: 'Citing intelligence reports, …': after 'citing', 'amid' … a plural is the object's noun, not a verb.
NOUN_PHRASE_OPENER = re.compile(r"\b(?:citing|quoting|amid|despite|denying|dismissing|rejecting|disputing)\s+"
                                r"(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
#: 'was quoted by the statement as saying', 'were cited by state media as saying'.
QUOTED_BY = re.compile(r"\b(?:was|were)\s+(?:quoted|cited)\s+(?:by|in)\s+[^,.;:\"]{2,60}?\s+as\s+saying\b")
PARTICIPLE = re.compile(r"\w+ing(?:\s+(?:for|on))?")
#: Silences worded as a participle after an utterance: '..., he said, declining to say whether ...'.
SILENT_PARTICIPLE = re.compile(r"without|declining|refusing", re.IGNORECASE)
WINDOW = 24  # characters before a cue that its checks read


def find_cues(norm: str, start: int, end: int) -> list[Cue]:
    """Cues in ``norm[start:end]`` that read as verbs: lower case (a capital 'Says' opens a headline
    or a name), not after a modal or 'to' (except silences), not a noun after an article."""
    return [cue for cue in scan_cues(norm, start, end) if reads_as_verb(cue, start)]


def reads_as_verb(cue: Cue, start: int) -> bool:
    """A cue in lower case, or opening the span searched: a capital 'Says' inside it is a headline or a name."""
    return cue.text[0].islower() or cue.start == start


def scan_cues(norm: str, start: int, end: int) -> list[Cue]:
    """Cues of ``norm[start:end]`` passing the checks of :func:`is_cue`, in any case."""
    lexicon = verb_lexicon()
    found = []
    for match in cue_regex().finditer(norm, start, end):
        key = re.sub(r"\s+", " ", match.group().lower())
        kind, lemma = lexicon[key]
        window_start = max(start, match.start() - WINDOW)
        if is_cue(norm, match.start(), match.end(), end, key, kind, lemma, window_start):
            if kind in ("speech", "attitude") and PAST_FORM.fullmatch(key) and \
                    AGENTLESS_PASSIVE.search(norm, window_start, match.start()):
                kind = "passive"  # 'the deployment was condemned by Seoul': the speaker follows 'by'
            found.append(Cue(match.start(), match.end(), match.group(), kind, lemma))
    quoted = [Cue(m.start(), m.end(), m.group(), "speech", "quote") for m in QUOTED_BY.finditer(norm, start, end)]
    if quoted:  # the quoting source sits inside the cue: drop the cues it covers ("quoted by the statement")
        found = sorted([c for c in found if not any(q.start <= c.start < q.end for q in quoted)] + quoted,
                       key=lambda c: c.start)
    return found


def is_cue(norm: str, start: int, end: int, limit: int, key: str, kind: str, lemma: str, window_start: int) -> bool:
    """Whether the cue form ``key`` at ``norm[start:end]`` reads as a verb of reporting; the words after it are
    read up to ``limit``, the words before it from ``window_start``."""
    window = norm[window_start:start]
    that_follows = THAT_AFTER.match(norm, end, limit) is not None
    past = PAST_FORM.fullmatch(key) is not None
    if key in that_only_forms() and not that_follows:
        return False
    if lemma in evidence_lemmas() and not DATA_NOUN_BEFORE.search(window) and not (that_follows and lemma == "find"):
        return False  # 'Police found the car', 'This shows that …': evidence from a document or data ('found that' too)
    if NOUN_AFTER.match(norm, end, limit):
        return False  # "think tank": a compound noun, not a verb
    if lemma == "ask" and ANONYMITY.match(norm, end, limit):
        return False  # "who asked not to be named": a condition of the interview, not a message
    if lemma in document_only_lemmas() and not DOCUMENT_BEFORE.search(window):
        return False  # 'Kim read a speech': only a document's text 'reads'
    noun_like = key in noun_like_forms()
    if noun_like and key.endswith("s") and NOUN_PHRASE_OPENER.search(window):
        return False  # 'Citing intelligence reports, the ministry said …'
    if noun_like and key.endswith("s") and NOUN_OF_AFTER.match(norm, end, limit):
        return False  # "previous reports from Ukraine", "claims of casualties": a noun
    if kind in ("speech", "attitude") and past and (
            AGENTLESS_PASSIVE.search(window) and not BY_AFTER.match(norm, end, limit) or
            REDUCED_PASSIVE.match(norm, end, limit)):
        return False  # "troops are believed to have been sent", "officers have been accused of", "a video said to
        # show": nobody is named as saying it (with 'by X' after it, the passive names its speaker: see scan_cues)
    if lemma in ("call", "describe", "label") and WHAT_LABEL.search(window):
        return False  # "denounced what he called inaction": a label inside the content
    if kind not in ("silence", "passive") and MODAL_BEFORE.search(window) and not EXCEPT_TO.search(window):
        return False
    if kind != "silence" and noun_like and (found_before := DETERMINER_BEFORE.search(window)):
        if lemma == "say" and PARTICIPLE_BEFORE.fullmatch(found_before.group().strip()):
            return True  # 'Those polled said', 'Residents interviewed said': 'said' is never a noun's modifier there
        return _verb_after_noun(window, found_before, past, that_follows)
    return True


def _verb_after_noun(window: str, found_before: re.Match, past: bool, that_follows: bool) -> bool:
    """A noun-like cue after a determiner or noun reads as a verb only after a noun modifier ("state media said",
    "Japanese media report that", with no article before the modifier) or after and/or/but joining a second verb
    ('dismissed the claim and said ...')."""
    before_word = found_before.group().strip().lower()
    if before_word in word_set("noun_modifiers"):
        return past or (that_follows and not ARTICLE_BEFORE.search(window, 0, found_before.start()))
    return before_word in ("and", "or", "but") and past and \
        not ARTICLE_AND_PAST_BEFORE.search(window[:found_before.start()])


def is_participle(cue: Cue) -> bool:
    """'saying', 'calling for': a participle continuing an utterance, not a finite verb."""
    return PARTICIPLE.fullmatch(cue.text.lower()) is not None


def silent_participle_method(word: str) -> str:
    """The method of a silence opened by a :data:`SILENT_PARTICIPLE` word (lower case)."""
    return "silence:without" if word.startswith("without") else "silence:participle"


class CueIndex:
    """The cues of a whole document, scanned once; :meth:`within` answers :func:`find_cues` for any span."""

    def __init__(self, norm: str):
        self.all = scan_cues(norm, 0, len(norm))
        self._starts = [cue.start for cue in self.all]

    def within(self, start: int, end: int, any_case: bool = False) -> list[Cue]:
        """:func:`find_cues` of ``norm[start:end]``, from the document's single scan (``any_case``: capitalised
        cues too, as a title-case headline writes its verbs: 'Putin Thanks North Korea …')."""
        found = []
        for index in range(bisect_left(self._starts, start), len(self.all)):
            cue = self.all[index]
            if cue.start >= end:
                break
            if cue.end <= end and (any_case or reads_as_verb(cue, start)):
                found.append(cue)
        return found

    def index_range(self, start: int, end: int) -> range:
        """Indices into :attr:`all` of the cues starting in [start, end)."""
        return range(bisect_left(self._starts, start), bisect_left(self._starts, end))
