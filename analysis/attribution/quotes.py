"""Direct quotations: where they are, who says them, and quotations that go on after an attributed one.

:func:`quote_spans` pairs quotation marks; :func:`attribute_paragraph` gives each quotation of three
words or more its speaker from the words after it ('"…," Blinken said'; '"…," said Blinken'), before it
('Blinken said: "…"'), or as the continuation of the quotation before it ('"…," she said, "…"';
paragraphs that open a quotation and never close it). :func:`transcript` reads 'Mao Ning: …' lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..actors import SpeakerInfo, name_re
from ..text import Sentence
from .candidates import NO_SPAN, Scan
from .continuations import COMMA_END, opening_subject, participle
from .cues import is_participle
from .lexicon import word_set
from .names import named_with_apposition, source_phrase
from .patterns import DOCUMENTS, LISTENER, QUOTE
from .sources import ACCORDING_PHRASE_END
from .spans import clause_start, speaker_phrase, trim
from .subjects import subject

MAX_SPEAKER_WORDS = 14
#: A mark that can only open a quotation (after a start, space or bracket, before a word) or only close one.
_OPENS_AFTER = " \t\n([{]:\u2014\u2013-/"
_CLOSES_BEFORE = " \t\n.,;:!?)]}\u2014\u2013-'"
#: Capitalised labels that open a line without naming a speaker.
NOT_SPEAKER_LABELS = frozenset("Q A NOTE UPDATE UPDATED CORRECTION WATCH READ PHOTO VIDEO BREAKING EDITOR EXCLUSIVE ANALYSIS "
                               "OPINION LIVE AUDIO SOURCE SOURCES ADVERTISEMENT RELATED MORE TOPICS TAGS".split())
#: A broadcast's label right before a quotation: '[Sound bite: Russian President Vladimir Putin (Russian-English)]',
#: '[Kim Yong-hyun/Minister of National Defense: '.
LABEL_BEFORE = re.compile(r"\[(?:Sound ?bite:\s*|Interview:\s*)?(?P<who>[^\]\[:/()]{2,80}?)\s*(?:/[^\]\[:]*)?"
                          r"(?:\([^()]*\))?\s*(?::\s*|\]\s*)$", re.IGNORECASE)
CAPITAL_LABELS = re.compile(r"^[ \t]*[A-Z][A-Z.' -]{1,30}:\s", re.MULTILINE)  # 'PENCE: …' opening lines
TRANSCRIPT_LABEL = name_re(r"(\p{Lu}[\w.'-]*(?:\s+\p{Lu}[\w.'-]*){0,3}):\s+(?=\S)")
#: '"…," said Blinken, a former diplomat,': the name after the verb, and an apposition after it.
VERB_FIRST_SPEAKER = name_re(r"\s*((?:[^,.;\"]|(?<=\b(?:Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|"
                             r"Prof|Rev|St|Jr|Sr))\.(?=\s\S))+)(?:,\s*([^,;\"]+?)(?=,|\.?$|\.\s))?")
PUNCTUATION_END = re.compile(r"[,.;:]\s*$")
COLON_OR_COMMA_END = re.compile(r"[:,]\s*$")
ACCORDING_AFTER_QUOTE = re.compile(r"\s*,?\s*according\s+to\s+", re.IGNORECASE)
#: 'a statement by the president', 'a post from the ministry': the document's issuer follows 'by' or 'from'.
DOCUMENT_BY = re.compile(rf"(?:an?|the)\s+(?:[\w-]+\s+)?{DOCUMENTS}\s+(?:issued\s+|released\s+|published\s+)?"
                         r"(?:by|from)\s+", re.IGNORECASE)
#: Where an issuer ends: 'the president released on Monday', 'the ministry on its website'.
ISSUE_DETAILS = re.compile(r"\s+(?:released|issued|published|posted|on|in|late|early|earlier)\b")
THAT_AND_SPACE = re.compile(r"\s+that\s+")
PRONOUN_ONLY = re.compile(r"(?:I|we|you|they|he|she|it)$", re.I)
COORDINATED_CLAUSE = re.compile(r"[,;]\s+(?:and|but|yet|while)\s")  # '…, and we agree'


def quote_spans(norm: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Quotations in ``norm[start:end]``: (open mark, close mark or end, closed?).

    Marks pair by what stands beside them, not by position, so one stray mark costs at most its own
    quotation: a mark after a digit with no quotation open is an inch mark ('122"'); a mark that can only
    close while none is open is dropped; a mark that can only open while one is open ends the unclosed one
    there (closed? False). Only a quotation whose closing mark never comes runs to ``end``: the news
    convention of a quotation continued in the next paragraph."""
    spans: list[tuple[int, int, bool]] = []
    open_at = None
    mark = norm.find(QUOTE, start, end)
    while mark >= 0:
        before = norm[mark - 1] if mark > start else " "
        after = norm[mark + 1] if mark + 1 < end else " "
        opens = before in _OPENS_AFTER and not after.isspace()
        closes = after in _CLOSES_BEFORE and not before.isspace()
        if open_at is None:
            if not (before.isdigit() or closes and not opens):  # not an inch mark or a closing mark alone
                open_at = mark
        elif opens and not closes:
            spans.append((open_at, mark, False))  # never closed: it ends where the next quotation opens
            open_at = mark
        else:
            spans.append((open_at, mark, True))
            open_at = None
        mark = norm.find(QUOTE, mark + 1, end)
    if open_at is not None:
        spans.append((open_at, end, False))
    return spans


def content_bounds(norm: str, open_at: int, close_at: int) -> tuple[int, int]:
    """The quoted words without marks, trailing comma or surrounding spaces."""
    start, end = open_at + 1, close_at
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1] in " ,;:":
        end -= 1
    return start, end


def sentence_at(sents: list[Sentence], position: int) -> Sentence:
    """The first sentence of ``sents`` holding ``position`` (or ending right before it), else the last."""
    index = bisect_right([sent.start for sent in sents], position) - 1
    if index > 0 and position < sents[index - 1].end + 1:
        index -= 1
    if index >= 0 and position < sents[index].end + 1:
        return sents[index]
    return sents[-1]


def attribute_paragraph(scan: Scan, paragraph: list[Sentence], pending: list) -> list:
    """Attribute the quotations of one paragraph; returns the quotations still waiting for a speaker
    (a paragraph that opens a quotation and never closes it)."""
    norm, para_start = scan.text, paragraph[0].start
    previous = None  # (info, end of attribution) of the last attributed quotation in this paragraph
    for index, (open_at, close_at, closed) in enumerate(scan.quotes):
        content = content_bounds(norm, open_at, close_at)
        if len(norm[content[0]:content[1]].split()) < 3:
            continue  # a scare quote or a short fragment: partial speech, handled with its verb
        if index == 0 and open_at == para_start and not closed:
            return [*pending, (content, sentence_at(paragraph, open_at))]
        found = attribute_quote(scan, paragraph, open_at, close_at, closed, previous)
        if found is None and index == 0 and open_at == para_start and scan.last_direct is not None \
                and not pending and not scan.cues(close_at + 1, sentence_at(paragraph, close_at).end):
            found = (scan.last_direct, "", "quote:continuation", NO_SPAN, (open_at, open_at))
        if found is None:
            continue  # embedded fragment: part of reported speech
        info, cue, method, span, used = found
        for waiting, waiting_sent in pending:
            scan.add(*waiting, info, "direct", "", "quote:continuation", waiting_sent)
        pending = []
        scan.consumed.append((min(open_at, used[0]), max(close_at, used[1])))
        scan.add(*content, info, "direct", cue, method, sentence_at(paragraph, open_at), span)
        nested_in_quote(scan, paragraph, content, info)
        scan.last_direct = info
        previous = (info, max(close_at + 1, used[1]))
        participle(scan, sentence_at(paragraph, close_at), max(close_at + 1, used[1]), info)
    return pending


def attribute_quote(scan: Scan, sents: list[Sentence], open_at: int, close_at: int, closed: bool, previous):
    """Who says the quotation [open_at, close_at]: (info, cue, method, speaker span, attribution span)."""
    norm = scan.text
    sent = sentence_at(sents, open_at)
    scan.position = sent.start
    labelled = LABEL_BEFORE.search(norm, max(0, open_at - 120), open_at)
    info = scan.resolve(labelled.group("who")) if labelled else None
    if info is not None:  # a broadcast's sound bite: '[Sound bite: President X (Russian-English)]"…"', '[X/Minister: "…"]'
        return info, "", "quote:label", labelled.span("who"), (labelled.start(), open_at)
    before = norm[sent.start:open_at]
    opens_sentence = not before.strip(" -") or before.rstrip().endswith(":")
    if closed and opens_sentence:
        closing = sentence_at(sents, close_at)
        following = next((s for s in sents if s.start > close_at), None)
        if following is not None and norm[close_at - 1] in "?!" and not norm[close_at + 1:following.start].strip() \
                and norm[following.start].islower():
            closing = replace(closing, end=following.end)  # '"… troops in Russia?" \n deputy envoy X asked.'
        found = speaker_after(scan, closing, close_at)
        if found:
            return found
    if previous is not None and previous[0] is not None:
        # a second quotation right after an attributed one: '"…," she said, "…"' / '"…," he said. "…"'
        gap = norm[previous[1]:open_at]
        if previous[1] <= open_at and QUOTE not in gap and len(gap.split()) <= 12 \
                and PUNCTUATION_END.search(gap) and not scan.cues(previous[1], open_at):
            return previous[0], "", "quote:continuation", NO_SPAN, (open_at, open_at)
    if before.strip():
        return speaker_before(scan, sent, open_at)
    if previous is not None and closed and previous[1] <= open_at:
        # '"…," the official said, speaking to reporters in Calgary. "We do not support it."': a quotation opening
        # its own sentence, attributed by nothing, goes on with the speaker of the quotation before it
        return previous[0], "", "quote:continuation", NO_SPAN, (open_at, open_at)
    return None


def speaker_after(scan: Scan, sent: Sentence, close_at: int):
    """'"…," said Blinken' (verb first), '"…," Blinken told reporters' (quote first) or '"…," according to a
    statement by the president'."""
    norm = scan.text
    tail_start, tail_end = close_at + 1, sent.end
    according = ACCORDING_AFTER_QUOTE.match(norm, tail_start, tail_end)
    if according:
        return _according_to(scan, according.end(), tail_start, tail_end)
    for cue in scan.cues(tail_start, tail_end):
        if cue.kind in ("silence", "passive"):
            break
        between = norm[tail_start:cue.start]
        if between.strip(" ,") == "":  # '"...," said Blinken'
            match = VERB_FIRST_SPEAKER.match(norm, cue.end, tail_end)
            if match:
                span = match.span(1)
                info = scan.resolve(norm[span[0]:span[1]])
                if (info is None or info.method == "unknown-person") and match.group(2):
                    info = named_with_apposition(scan.context, match.group(1), match.group(2)) or info
                info = info or next(iter(source_phrase(scan.context, match.group(1))), None)
                if info:
                    return info, cue.text, "quote:verb-first", span, (tail_start, span[1])
        elif len(between.split()) <= MAX_SPEAKER_WORDS and QUOTE not in between:
            found = _quote_first(scan, tail_start, tail_end, cue)
            if found:
                return found
        break
    return None


def _according_to(scan: Scan, start: int, tail_start: int, tail_end: int):
    """'"…," according to a statement by the president released on Monday': the source named after 'according to'
    (the issuer of a document named 'by' or 'from' it)."""
    norm = scan.text
    end = trim(norm, start, ACCORDING_PHRASE_END.search(norm, start, tail_end).start())[1]
    issued = DOCUMENT_BY.match(norm, start, end)
    phrase_start = issued.end() if issued else start
    issuer_end = ISSUE_DETAILS.search(norm, phrase_start, end) if issued else None
    phrase = norm[phrase_start:issuer_end.start() if issuer_end else end]
    info = scan.resolve(phrase) or next(iter(source_phrase(scan.context, phrase)), None)
    if info is None:
        return None
    return info, "according to", "quote:according-to", (phrase_start, phrase_start + len(phrase)), (tail_start, end)


def _quote_first(scan: Scan, tail_start: int, tail_end: int, cue):
    """'"…," Lee, a fellow at a Seoul think tank, told reporters': the speaker between the quotation and the verb."""
    norm = scan.text
    span = speaker_phrase(norm, tail_start, cue.start)
    span = (span[0] + len(norm[span[0]:span[1]]) - len(norm[span[0]:span[1]].lstrip(" ,")), span[1])
    info = None
    if "," in norm[span[0]:span[1]] and norm[span[0]].islower():
        # '"… are communicating" with the security services, Zelenskyy said': the quoted sentence goes on before
        # the speaker
        span = (norm.rfind(",", span[0], span[1]) + 1, span[1])
        span = (span[0] + len(norm[span[0]:span[1]]) - len(norm[span[0]:span[1]].lstrip()), span[1])
    if "," in norm[span[0]:span[1]]:  # '"…," Lee, a fellow at a Seoul think tank, told': the name
        name, _, apposition = norm[span[0]:span[1]].partition(",")
        info = scan.resolve(name)
        if info is None or info.method == "unknown-person":
            info = named_with_apposition(scan.context, name, apposition) or info
    info = info or scan.resolve(norm[span[0]:span[1]].strip(" ,")) or \
        next(iter(source_phrase(scan.context, norm[span[0]:span[1]])), None)
    if not info:
        return None
    listener = LISTENER.match(norm, cue.end) if cue.lemma in word_set("listener_verbs") else None
    cue_end = listener.end() if listener and listener.end() > cue.end else cue.end
    cue_end = min(cue_end, tail_end)
    return info, norm[cue.start:cue_end].strip(" ,."), "quote:quote-first", span, (tail_start, cue_end)


def speaker_before(scan: Scan, sent: Sentence, open_at: int):
    """'Blinken said: "…"', 'Kim, general secretary of the party, was quoted … as saying: "…"'."""
    norm = scan.text
    before = norm[sent.start:open_at]
    if not COLON_OR_COMMA_END.search(before):
        return None
    for cue in reversed(scan.cues(sent.start, open_at)):
        if cue.kind != "speech":
            continue
        clause = clause_start(norm, sent.start, cue.start)
        span = speaker_phrase(norm, clause, cue.start)
        info = scan.resolve(norm[span[0]:span[1]].strip(" ,"))
        if info is None and is_participle(cue) and COMMA_END.search(norm, sent.start, cue.start):
            # 'Trump expressed his satisfaction, stating: "…"': the person opening the sentence
            info = opening_subject(scan, sent.start, cue.start)
            span = NO_SPAN
        if info is None:  # 'Kim, general secretary of the party, was quoted ... as saying: "…"'
            name_end = norm.find(",", sent.start, cue.start)
            named = scan.resolve(norm[sent.start:name_end]) if name_end > 0 else None
            if named is not None and named.kind == "person":
                clause, span, info = sent.start, (sent.start, name_end), named
            else:
                clause, span, infos = subject(scan, sent, cue)
                info = infos[0] if len(infos) == 1 else None
        if info and len(norm[cue.end:open_at].split()) <= 6:
            return info, norm[cue.start:open_at].strip(" ,:"), "quote:speaker-first", span, (clause, open_at)
    return None


def nested_in_quote(scan: Scan, paragraph: list[Sentence], content: tuple[int, int], quoted: SpeakerInfo) -> None:
    """'"Our intelligence service assesses that …," Lee said': a third party's cue with a that-clause
    inside a quotation gives that party a row too (never I/we/you, never the quoted speaker)."""
    norm = scan.text
    for cue in scan.cues(content[0], content[1]):
        if cue.kind not in ("speech", "attitude") or is_participle(cue):
            continue
        that = THAT_AND_SPACE.match(norm, cue.end, content[1])
        clause = clause_start(norm, content[0], cue.start)
        phrase = norm[slice(*speaker_phrase(norm, clause, cue.start))].strip()
        if not that or not phrase or PRONOUN_ONLY.match(phrase):
            continue
        info = scan.resolve(phrase)
        if info is None or info.speaker == quoted.speaker or info.kind not in ("institution", "state", "official"):
            continue
        start = that.end()
        end = scan.content_end(start, content[1])
        coordinated = COORDINATED_CLAUSE.search(norm, start, end)
        end = coordinated.start() if coordinated else end
        if len(norm[start:end].split()) >= 3:
            scan.add(start, end, info, "reported" if cue.kind == "attitude" else "indirect",
                     norm[cue.start:start].strip(), "reported:in-quote", sentence_at(paragraph, cue.start))


def transcript_speaker(scan: Scan, label: str) -> SpeakerInfo | None:
    """The person a transcript label names: one the registry or the document knows ('Mao Ning'), or a name in capitals
    ('PENCE', 'SEN. HARRIS'), read in title case; not a label for a note, a question or an outlet ('UPDATE', 'Q')."""
    info = scan.resolve(label)
    if info is not None:
        return info if info.kind == "person" else None
    if not label.isupper() or label.rstrip(".") in NOT_SPEAKER_LABELS or len(label.split()) > 3:
        return None
    named = scan.resolve(label.title())
    if named is not None:
        return named if named.kind == "person" else None
    if len(CAPITAL_LABELS.findall(scan.text)) < 2:
        return None  # one capitalised label is more likely a dateline ('BELGOROD:') than a transcript
    source = next(iter(source_phrase(scan.context, label.title())), None)
    return source if source is not None and source.kind == "person" else None


def transcript(scan: Scan, paragraph: list[Sentence]) -> bool:
    """A briefing transcript line 'Mao Ning: I'm not familiar with ...' is a direct utterance."""
    first = paragraph[0]
    line_start = scan.text.rfind("\n", 0, first.start) + 1  # a capitalised label may have been read as a dateline
    label = TRANSCRIPT_LABEL.match(scan.text, line_start, first.end)
    if not label:
        return False
    info = transcript_speaker(scan, label.group(1))
    if info is None:
        return False
    start, end = label.end(), paragraph[-1].end
    while end > start and scan.text[end - 1].isspace():
        end -= 1
    scan.add(start, end, info, "direct", "", "quote:transcript", first, label.span(1))
    scan.last_direct = info
    return True
