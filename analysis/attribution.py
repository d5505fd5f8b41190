"""Who says what: direct, partial and indirect quotes, reported positions and silence.

``find_utterances(doc)`` returns one :class:`Utterance` per thing a speaker said,
was reported to think, or declined to say, with the content span (offsets into
``doc.text``), the speaker, the actor they speak for (from the actor registry),
the mode, the cue words and the rule (``method``) that found it.

The rules read the normalised text (straight quotes) sentence by sentence:

* **direct**: a quotation that opens a sentence (or follows "X said:"), attributed by the
  words after it ('"…," Blinken told media', '"…," said Blinken') or before it, or continuing
  an earlier speaker's quotation (a split quote, or a paragraph that opens a quotation);
* **indirect** / **partial**: a speech verb with its subject ("X said (that) …", "…, X warned",
  "according to X"); ``partial`` when the reported words contain a quoted fragment;
* **reported**: attitudes and cognition ("X fears …", "X expressed concerns …");
* **silence**: "declined to answer", "has not commented", "without addressing …".

Speakers are resolved with the registry; pronouns and bare descriptions ("he", "the
spokesman") link to the most recent compatible speaker in the document.
Boilerplate sentences (headlines, link blocks, credits) yield nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import yaml

from .actors import Registry, SpeakerInfo, load_registry
from .corpus import Document
from .text import Sentence, sentences as split_sentences

QUOTE = '"'
MAX_SPEAKER_WORDS = 14
PRONOUNS = {"he": "m", "she": "f", "they": "", "it": ""}
CLAUSE_BOUNDARY = re.compile(
    r"(?:^|[;:]|,|\b(?:that|as|after|before|when|while|because|since|and then|but|although|whereas|where|if)\b)\s*",
    re.IGNORECASE)
LEADING_FILLER = re.compile(
    r"^(?:(?:on|last|earlier|later|in|at|during|meanwhile|separately|however|also|but|and|yet|so|still|"
    r"this|next|on\s+\w+day)\b[^,]*?,\s*)+", re.IGNORECASE)
TRAILING_FILLER = re.compile(
    r"(?:\s+(?:also|again|later|earlier|previously|repeatedly|further|then|has|have|had|would|will|"
    r"on\s+\w+|last\s+\w+|this\s+\w+|in\s+\w+|at\s+\w+(?:\s+\w+)?|publicly|separately|reportedly|now|too))+$",
    re.IGNORECASE)
AFTER_POSTPOSED_VERB = re.compile(r"\s*(?:$|[.,;]|(?:after|on|in|at|during|when|while|as|before|last|this)\b)")
CONTINUATIONS = re.compile(r",\s+(without\s+\w+ing|calling\s+(?:for|on)|saying|adding|noting|urging|warning)\b",
                           re.IGNORECASE)
LISTENER = re.compile(r"\s*(?:(?:reporters|journalists|media|the media|lawmakers|parliament|a\s+[\w\s-]{0,30}?"
                      r"(?:briefing|conference|meeting|session|interview)|the\s+\w+(?:\s+\w+)?\s+(?:briefing|"
                      r"conference|meeting|session|council))\b)?(?:\s+(?:on|in|at|last|this)\s+\w+(?:\s+\w+)?)?\s*",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Utterance:
    """One utterance: content span in ``doc.text``, who, for whom, how, and which rule."""

    start: int
    end: int
    speaker: str
    actor: str
    mode: str
    cue: str
    method: str
    speaker_start: int = -1
    speaker_end: int = -1
    sent_id: int = -1


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    text: str
    kind: str  # speech | attitude | silence
    lemma: str


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, tuple[str, str]]:
    """Every cue form (lower case) -> (class, lemma); class is speech, attitude or silence."""
    raw = yaml.safe_load(resources.files("analysis").joinpath("resources", "speech_verbs.yml").read_text("utf-8"))
    return {form.lower(): (kind, lemma) for kind, lemmas in raw.items()
            for lemma, forms in lemmas.items() for form in forms}


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    forms = sorted(verb_lexicon(), key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w-])",
                      re.IGNORECASE)


ACCORDING_TO = re.compile(r"\baccording to\s+", re.IGNORECASE)
#: Verbs whose object is what was said ("condemned the deployment as a provocation"): the
#: content keeps the verb, so its force stays with the words.
OBJECT_VERBS = {"condemn", "denounce", "praise", "accuse", "dismiss", "describe", "call", "thank", "urge", "welcome",
                "reject", "hail", "criticise", "slam", "deny", "threaten", "demand", "pledge", "vow", "reiterate"}
COORDINATED = re.compile(r"\s+and\s+(?:also\s+)?$", re.IGNORECASE)


# --------------------------------------------------------------------------- quotes


def quote_spans(norm: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quotations in ``norm[start:end]``: (open mark, close mark or end, closed?)."""
    marks = [m.start() for m in re.finditer(QUOTE, norm[start:end])]
    spans = []
    for index in range(0, len(marks), 2):
        open_at = start + marks[index]
        if index + 1 < len(marks):
            spans.append((open_at, start + marks[index + 1], True))
        else:
            spans.append((open_at, end, False))
    return spans


def _content_bounds(norm: str, open_at: int, close_at: int) -> tuple[int, int]:
    """The quoted words without marks, trailing comma or surrounding spaces."""
    start, end = open_at + 1, close_at
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1] in " ,;:":
        end -= 1
    return start, end


# --------------------------------------------------------------------------- speakers


class _Speakers:
    """The document's speakers so far, for pronouns and bare descriptions."""

    def __init__(self, registry: Registry, date: str | None):
        self.registry, self.date, self.history = registry, date, []

    def remember(self, info: SpeakerInfo) -> None:
        if info.actor or info.kind == "person":
            self.history.append(info)

    def pronoun(self, word: str) -> SpeakerInfo | None:
        gender = PRONOUNS[word.lower()]
        for info in reversed(self.history):
            if gender and info.kind == "person" and info.gender == gender:
                return info
            if not gender and info.kind in ("state", "institution", "official", "other") and word.lower() in ("they", "it"):
                return info
        return None

    def description(self, info: SpeakerInfo) -> SpeakerInfo:
        """Link 'the spokesman' or "America's top diplomat" to an earlier named speaker."""
        if info.kind != "official":
            return info
        for earlier in reversed(self.history):
            if earlier.kind == "person" and earlier.role == info.role and info.role and \
                    (not info.actor or info.actor == earlier.actor):
                return replace(earlier, method=f"coref:description({info.method})")
        return info

    def resolve(self, phrase: str) -> SpeakerInfo | None:
        phrase = phrase.strip(" ,")
        if not phrase or len(phrase.split()) > MAX_SPEAKER_WORDS:
            return None
        last = phrase.split()[-1].lower()
        if phrase.lower() in PRONOUNS or (len(phrase.split()) <= 2 and last in PRONOUNS):
            found = self.pronoun(last)
            return replace(found, method="coref:pronoun") if found else None
        info = self.registry.resolve(phrase, date=self.date)
        if info is None:
            return None
        return self.description(info)


def _speaker_phrase(norm: str, clause_start: int, verb_start: int) -> tuple[int, int]:
    """The words between the clause start and the verb, minus leading and trailing fillers."""
    segment = norm[clause_start:verb_start]
    lead = LEADING_FILLER.match(segment)
    offset = lead.end() if lead else 0
    body = segment[offset:]
    trail = TRAILING_FILLER.search(body)
    body_end = trail.start() if trail else len(body.rstrip())
    start = clause_start + offset + (len(body) - len(body.lstrip()))
    return start, clause_start + offset + len(body[:body_end].rstrip())


def _clause_start(norm: str, floor: int, position: int) -> int:
    """Where the clause holding ``position`` begins (after a comma, 'that', 'as', 'after', ...)."""
    start = floor
    for match in CLAUSE_BOUNDARY.finditer(norm, floor, position):
        if match.end() <= position and match.group().strip():
            start = match.end()
    return start


def _joint(speakers: _Speakers, phrase: str) -> list[SpeakerInfo]:
    """'both the United States and South Korea' -> one speaker per government named."""
    parts = [p for p in re.split(r"\s+and\s+|,\s*", re.sub(r"^both\s+", "", phrase.strip(), flags=re.I)) if p]
    if len(parts) < 2:
        return []
    infos = [speakers.resolve(p) for p in parts]
    actors = {i.actor for i in infos if i}
    if all(i and i.actor and i.kind in ("state", "institution") for i in infos) and len(actors) == len(infos):
        return [i for i in infos if i]
    return []


# --------------------------------------------------------------------------- the engine


MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|could|can|must|might|may|should|cannot)\s+(?:not\s+)?$", re.I)


def _cues(norm: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[_Cue]:
    """Speech, attitude and silence cues in lower case (a capital 'State' is a name) and not after a modal."""
    lexicon = verb_lexicon()
    found = []
    for match in cue_regex().finditer(norm, start, end):
        if any(a <= match.start() < b for a, b in skip):
            continue
        if not match.group()[0].islower() and match.start() != start:
            continue
        kind, lemma = lexicon[re.sub(r"\s+", " ", match.group().lower())]
        if kind != "silence" and MODAL_BEFORE.search(norm, max(start, match.start() - 20), match.start()):
            continue
        found.append(_Cue(match.start(), match.end(), match.group(), kind, lemma))
    return found


def _clause_end(norm: str, start: int, end: int) -> int:
    """Reported content runs to the sentence end or to a participle clause (', without addressing')."""
    inside_quote = False
    for index in range(start, end):
        if norm[index] == QUOTE:
            inside_quote = not inside_quote
        elif not inside_quote and norm[index] == ",":
            if CONTINUATIONS.match(norm, index):
                return index
    return end


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start] in " ,:;":
        start += 1
    while end > start and norm[end - 1] in " .,;:":
        end -= 1
    return start, end


class _Extractor:
    def __init__(self, doc: Document, registry: Registry):
        self.doc, self.norm = doc, doc.norm
        self.speakers = _Speakers(registry, doc.date)
        self.out: list[Utterance] = []
        self.last_direct: SpeakerInfo | None = None

    def emit(self, start: int, end: int, info: SpeakerInfo, mode: str, cue: str, method: str,
             sent: Sentence, speaker_span: tuple[int, int] = (-1, -1)) -> None:
        start, end = _trim(self.norm, start, end)
        if end <= start:
            return
        if mode == "indirect" and QUOTE in self.norm[start:end]:
            mode = "partial"
        self.out.append(Utterance(start, end, info.speaker, info.actor, mode, cue.strip(), method,
                                  speaker_span[0], speaker_span[1], sent.sent_id))
        self.speakers.remember(info)

    # direct quotations --------------------------------------------------------------
    def direct(self, sent: Sentence, paragraph_quotes, consumed: list[tuple[int, int]]) -> None:
        norm = self.norm
        for open_at, close_at, closed in paragraph_quotes:
            if not (sent.start <= open_at < sent.end):
                continue
            before = norm[sent.start:open_at]
            content = _content_bounds(norm, open_at, close_at)
            if len(norm[content[0]:content[1]].split()) < 3:
                continue  # a scare quote or a short fragment: handled as partial
            attribution = self._after(sent, close_at) if closed else None
            if attribution is None and before.strip():
                attribution = self._before(sent, open_at)
                if attribution is None:
                    continue  # embedded fragment: part of reported speech
            if attribution is None:
                previous = self.last_direct
                if previous is None:
                    continue
                attribution = (previous, "", "quote:continuation", (-1, -1), (open_at, open_at))
            info, cue, method, span, used = attribution
            consumed.append((min(open_at, used[0]), max(close_at, used[1])))
            self.emit(*content, info, "direct", cue, method, sent, span)
            self.last_direct = info
            self._participle(sent, max(close_at, used[1]), info)

    def _participle(self, sent: Sentence, position: int, info: SpeakerInfo) -> None:
        """'..., calling for X' / ', saying X' after an attribution: a further utterance of the speaker."""
        found = CONTINUATIONS.search(self.norm, position, sent.end)
        if found and found.start() - position <= 2 and not found.group(1).lower().startswith("without"):
            self.emit(found.start(1), sent.end, info, "indirect", found.group(1), "reported:participle", sent)

    def _after(self, sent: Sentence, close_at: int):
        norm = self.norm
        tail_start = close_at + 1
        tail_end = sent.end
        for cue in _cues(norm, tail_start, tail_end, []):
            between = norm[tail_start:cue.start]
            if between.strip(" ,") == "" and cue.kind != "silence":  # '"...," said Blinken'
                match = re.match(r"\s*([^,.;]+)", norm[cue.end:tail_end])
                if match:
                    span = (cue.end + match.start(1), cue.end + match.end(1))
                    info = self.speakers.resolve(norm[span[0]:span[1]])
                    if info:
                        return info, cue.text, "quote:verb-first", span, (tail_start, span[1])
            elif len(between.split()) <= MAX_SPEAKER_WORDS and QUOTE not in between:
                span = _speaker_phrase(norm, tail_start, cue.start)
                span = (span[0] + len(norm[span[0]:span[1]]) - len(norm[span[0]:span[1]].lstrip(" ,")), span[1])
                info = self.speakers.resolve(norm[span[0]:span[1]])
                if info:
                    listener = LISTENER.match(norm, cue.end)
                    cue_end = listener.end() if listener else cue.end
                    return info, norm[cue.start:cue_end].strip(), "quote:quote-first", span, (tail_start, cue_end)
            break
        return None

    def _before(self, sent: Sentence, open_at: int):
        norm = self.norm
        before = norm[sent.start:open_at]
        if not re.search(r"[:,]\s*$", before):
            return None
        for cue in reversed(_cues(norm, sent.start, open_at, [])):
            clause = _clause_start(norm, sent.start, cue.start)
            span = _speaker_phrase(norm, clause, cue.start)
            info = self.speakers.resolve(norm[span[0]:span[1]])
            if info and len(norm[cue.end:open_at].split()) <= 6:
                return info, cue.text, "quote:speaker-first", span, (clause, open_at)
        return None

    # reported speech ------------------------------------------------------------------
    def reported(self, sent: Sentence, consumed: list[tuple[int, int]]) -> None:
        norm = self.norm
        previous_info: SpeakerInfo | None = None
        for cue in _cues(norm, sent.start, sent.end, consumed):
            if self._inside_quote(sent, cue.start) or (cue.kind != "silence" and cue.text.lower().endswith("ing")):
                continue  # participles ("saying", "calling for") continue an earlier utterance
            preceding = norm[max(sent.start, cue.start - 10):cue.start].lower()
            if re.search(r"\bto\s*$", preceding) and cue.kind == "speech":
                if re.search(r"except\s+to\s*$", preceding) and previous_info:
                    self._content_after(sent, cue, previous_info, "reported:except-to", (-1, -1))
                continue
            if cue.kind == "silence" and cue.text.lower().startswith("without") and previous_info:
                end = _clause_end(norm, cue.end, sent.end)
                self.emit(cue.start, end, previous_info, "silence", cue.text, "silence:without", sent)
                continue
            if previous_info and COORDINATED.search(norm, sent.start, cue.start):
                infos, span, clause = [previous_info], (-1, -1), cue.start  # "X said … and warned …"
            else:
                clause, span, infos = self._subject(sent, cue)
                if not infos:
                    continue
            for info in infos:
                joint = "+joint" if len(infos) > 1 else ""
                if cue.kind == "silence":
                    end = _clause_end(norm, cue.end, sent.end)
                    end = min(end, self._except(cue.end, end))
                    self.emit(cue.start, end, info, "silence", cue.text, f"silence:{cue.lemma.replace(' ', '-')}{joint}",
                              sent, span)
                elif self._postposed(sent, clause, cue):
                    self.emit(sent.start, clause, info, "indirect", cue.text, f"reported:postposed{joint}", sent, span)
                else:
                    self._content_after(sent, cue, info, f"reported:{cue.kind}{joint}", span)
            previous_info = infos[-1]
        for match in ACCORDING_TO.finditer(norm, sent.start, sent.end):
            phrase_end = re.search(r"[,.;]|$", norm[match.end():sent.end]).start() + match.end()
            info = self.speakers.resolve(norm[match.end():phrase_end])
            if info:
                content_end = match.start() if match.start() > sent.start + 10 else sent.end
                content_start = sent.start if match.start() > sent.start + 10 else phrase_end
                self.emit(content_start, content_end, info, "indirect", "according to", "reported:according-to",
                          sent, (match.end(), phrase_end))

    def _subject(self, sent: Sentence, cue: _Cue) -> tuple[int, tuple[int, int], list[SpeakerInfo]]:
        """The speaker(s) before a cue; an apposition ("The head of the U.N., Antonio Guterres, urged")
        is read by stepping back over up to two commas."""
        norm, floor = self.norm, sent.start
        clause = _clause_start(norm, floor, cue.start)
        for _ in range(3):
            span = _speaker_phrase(norm, clause, cue.start)
            phrase = norm[span[0]:span[1]].strip(" ,")
            infos = _joint(self.speakers, phrase) or [self.speakers.resolve(phrase)]
            comma_before = (not phrase or (infos[0] and infos[0].kind == "official")) \
                and norm[clause - 2:clause].strip().endswith(",") and clause - 2 > floor
            if infos[0] and infos[0].kind == "official" and comma_before:  # "Peskov, the Kremlin spokesman, said"
                earlier = _clause_start(norm, floor, clause - 2)
                named = self.speakers.resolve(norm[earlier:clause].strip(" ,"))
                if named and named.kind == "person" and named.actor in (infos[0].actor, ""):
                    return earlier, (earlier, span[1]), [named]
            if infos[0]:
                return clause, span, infos
            if not comma_before:
                break
            clause = _clause_start(norm, floor, clause - 2)
        return clause, (-1, -1), []

    def _except(self, start: int, end: int) -> int:
        found = re.search(r"\bexcept\b", self.norm[start:end])
        return start + found.start() if found else end

    def _postposed(self, sent: Sentence, clause: int, cue: _Cue) -> bool:
        """'<content>, Blinken warned (after ...)': the verb follows its content."""
        before = self.norm[sent.start:clause]
        return (clause > sent.start and len(before.split()) >= 4 and before.rstrip().endswith(",")
                and AFTER_POSTPOSED_VERB.match(self.norm, cue.end) is not None)

    def _content_after(self, sent: Sentence, cue: _Cue, info: SpeakerInfo, method: str, span) -> None:
        norm = self.norm
        start = cue.end
        listener = LISTENER.match(norm, start) if cue.text.lower().startswith(("told", "tell")) else None
        if listener:
            start = listener.end()
        that = re.match(r"(?:\s+(?:on|last|this|in|at|earlier|again|also)\s+\w+)*\s*(?:that\b|,)?\s*",
                        norm[start:sent.end])
        if that:
            start += that.end()
        end = _clause_end(norm, start, sent.end)
        for later in _cues(norm, start, end, []):
            if COORDINATED.search(norm, start, later.start):
                end = COORDINATED.search(norm, start, later.start).start()
                break
        mode = "reported" if cue.kind == "attitude" else "indirect"
        cue_text = norm[cue.start:start].strip(" ,")
        minimum = 3
        if cue.lemma in OBJECT_VERBS and not (that and "that" in that.group()):
            start, minimum = cue.start, 2
        if len(norm[start:end].split()) >= minimum:
            self.emit(start, end, info, mode, cue_text, method, sent, span)
        if end < sent.end:
            self._participle(sent, end, info)

    def _inside_quote(self, sent: Sentence, position: int) -> bool:
        paragraph_text = self.norm[sent.start:position]
        return paragraph_text.count(QUOTE) % 2 == 1

    def run(self, sentences: list[Sentence]) -> list[Utterance]:
        by_paragraph: dict[int, list[Sentence]] = {}
        for sent in sentences:
            if not sent.boilerplate:
                by_paragraph.setdefault(sent.paragraph, []).append(sent)
        for paragraph_sents in by_paragraph.values():
            para_start, para_end = paragraph_sents[0].start, paragraph_sents[-1].end
            quotes = quote_spans(self.norm, para_start, para_end)
            if not quotes or quotes[0][0] > para_start:
                self.last_direct = self.last_direct if quotes else None
            for sent in paragraph_sents:
                consumed: list[tuple[int, int]] = []
                self.direct(sent, quotes, consumed)
                self.reported(sent, consumed)
        return sorted(set(self.out), key=lambda u: (u.start, u.end, u.actor))


def find_utterances(doc: Document, sentences: list[Sentence] | None = None, *,
                    registry: Registry | None = None) -> list[Utterance]:
    """Every utterance in ``doc`` (sorted by position); boilerplate and narration yield none."""
    registry = registry or load_registry()
    sents = split_sentences(doc) if sentences is None else sentences
    return _Extractor(doc, registry).run(sents)
