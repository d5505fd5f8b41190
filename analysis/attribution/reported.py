"""Reported speech, attitudes and silences in one sentence: 'X said (that) …', '…, X warned', 'X fears …'.

:func:`read_sentence` reads the cues of a sentence in order: each speech or attitude cue gets its
subject (:func:`~.subjects.subject`) and its content after the verb, or before it when the verb is
postposed ('<content>, Peskov told reporters.'); silences, passives, participles, 'neither … nor',
'except to' and coordinated verbs ('said … and warned …') each have their rule. Then the sentence's
other source forms are read (:mod:`.sources`, :func:`~.continuations.with_speakers`).
"""

from __future__ import annotations

import re

from ..actors import SpeakerInfo, name_re
from ..text import Sentence
from .candidates import NO_SPAN, Scan
from .continuations import credited_participle, narrating_subject, participle, with_speakers
from .headlines import is_headline
from .cues import SILENT_PARTICIPLE, Cue, is_participle, silent_participle_method
from .lexicon import verb_lexicon, word_set
from .patterns import COORDINATED, LISTENER, RELATIVE_BEFORE, VENUE, WEEKDAYS
from .silence import neither, silence_row, unanswered
from .sources import according_to, in_view, passive, quoted_as, quoted_attitude, statement_nouns
from .spans import comma_before, cue_end, postposed_tail, trim
from .speakers import SUBJECT_PRONOUNS
from .subjects import inverted_subject, subject

PARTICIPIAL_LEAD = re.compile(r"^\s*(?:when\s+)?(?:asked|speaking|commenting|responding|answering|referring|"
                              r"addressing|writing|meeting|talking)\b", re.IGNORECASE)
LISTENER_THAT = re.compile(r"\s+(?:[\w.'-]+\s+){1,6}?that\b")
THAT_NEXT = re.compile(r"\s*that\b")
#: Words between a cue and its content: 'that', a time, a place, 'by X' ('said on Monday in Seoul that …').
THAT_SKIP = name_re(r"(?:\s+(?:by\s+\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3}|(?:on|last|this|in|at|during|after|"
                    r"with|before|from|to|earlier|again|also|late|early)\b(?:\s+(?!that\b)[\w.'-]+){0,6}?(?=\s+that\b)|"
                    r"(?:(?:on|last|this)\s+\w+(?:\s+\d+)?|earlier|again|also|separately|publicly|privately|later|"
                    rf"{WEEKDAYS}|today|yesterday)\b))*\s*(?:that\b|,|:)?\s*")
#: Where it was said, after the message: '… at a heated Security Council meeting'.
TRAILING_SETTING = re.compile(rf"\s+(?:at|during|in)\s+{VENUE}$", re.IGNORECASE)
COMMA_BEFORE = re.compile(r",\s+$")
#: A sentence opening with a subordinate clause: what is said in it ends at its comma.
SUBORDINATE_OPENING = re.compile(r"\s*(?:While|Although|Though|Whereas|Even\s+as|Even\s+though|Because|Since|Unless)\s")
#: A headline in title case: every word of four letters or more capitalised ('Putin Thanks North Korea for Helping').
TITLE_CASE = re.compile(r"(?:[^\w]*(?:[^a-z\W]\w*|\w{1,3})\b)*[^\w]*")
PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?$", re.IGNORECASE)
#: Where the object of a verb like 'condemned' ends: a relative or subordinate clause, a dash ('opposed the process
#: even before they knew …', 'jabbed Corker, who on Tuesday announced …').
OBJECT_ENDS = re.compile(r",\s+(?:who|which|whose)\s|\s+(?:even\s+)?(?:before|after|when|while|because|since|although|"
                         r"though|until|unless)\s|\s[-\u2013\u2014]{1,2}\s", re.IGNORECASE)
EXCEPT_TO_BEFORE = re.compile(r"except\s+to\s*$", re.I)
#: 'said this at a briefing', 'stated this in an interview', 'said so': the content is the sentence before.
ANAPHORIC_CONTENT = re.compile(r"\s+(?:this|so)(?:\s*[.,;]|\s+(?:at|in|on|during|to|while|when|after|before|"
                               r"earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
                               re.IGNORECASE)
LEADING_ADVERB = re.compile(r"^\w+ly\s+")
MIN_POSTPOSED_WORDS = 4


def read_sentence(scan: Scan, sent: Sentence) -> None:
    """Every reported utterance, attitude and silence of ``sent`` (not inside its quotations)."""
    SentenceReader(scan, sent).read()


class SentenceReader:
    """The cues of one sentence, read in order; the speaker of the sentence so far carries over to
    coordinated verbs ('said … and warned …') and to participle silences."""

    def __init__(self, scan: Scan, sent: Sentence):
        self.scan, self.sent, self.text = scan, sent, scan.text
        self.found_before = len(scan.in_sentence(sent))
        self.speaker: SpeakerInfo | None = None  # the speaker of the sentence so far
        self.silenced: list[tuple[int, int]] = []  # 'declined to comment on reports that …': the object is not speech

    def read(self) -> None:
        scan, sent = self.scan, self.sent
        title_case = is_headline(sent) and TITLE_CASE.fullmatch(self.text, sent.start, sent.end) is not None
        cues = [c for c in scan.cues(sent.start, sent.end, any_case=title_case)
                if not scan.inside_quote(c.start) and not scan.consumed_at(c.start)]
        cues = quoted_as(scan, sent, unanswered(scan, sent, cues))
        self.subjects = {cue: subject(scan, sent, cue, self.verb_start(cue)) for cue in cues
                         if cue.kind in ("speech", "attitude") and (not is_participle(cue) or self.progressive(cue))}
        # postposed attributions ('<content>, Peskov told reporters.') cut the content of earlier cues
        self.postposed = {cue: found[0] for cue, found in self.subjects.items()
                          if found[2] and cue.kind == "speech" and self.is_postposed(found[0], cue)}
        for cue, found in self.subjects.items():  # '<content>, said Maria Zakharova.'
            before_comma = found[2] and self.text.rfind(",", found[1][1], cue.start) >= 0
            inverted = inverted_subject(scan, sent, cue) if not found[2] or before_comma else None
            if inverted is not None:  # nothing before the verb, or only words before a comma: the content
                self.subjects[cue], self.postposed[cue] = inverted, inverted[0]
        self.cut_points = sorted(comma_before(self.text, clause) for clause in self.postposed.values())
        self.speaker = scan.direct_speaker_in(sent)
        opening_end = self.opening_clause_end()
        for cue in cues:
            if not any(a <= cue.start < b for a, b in self.silenced) and not self.asked_for(cue):
                limit = next((cut for cut in self.cut_points if cut > cue.end), sent.end)
                self.read_cue(cue, opening_end if cue.end < opening_end < limit else limit)
        quoted_attitude(scan, sent, self.cut_points)
        with_speakers(scan, sent)
        statement_nouns(scan, sent)
        according_to(scan, sent)
        in_view(scan, sent, self.found_before)

    def read_cue(self, cue: Cue, limit: int) -> None:
        """One cue; ``limit`` is where its content must end (a postposed attribution after it)."""
        scan, sent, low = self.scan, self.sent, cue.text.lower()
        if cue.kind == "silence" and SILENT_PARTICIPLE.match(low):
            if self.speaker and cue.start not in scan.silence_starts:
                end = scan.content_end(cue.end, limit)
                scan.add(cue.start, end, self.speaker, "silence", cue.text, silent_participle_method(low), sent)
            return
        if cue.kind != "silence" and is_participle(cue) and not self.progressive(cue):
            opener = narrating_subject(scan, sent, cue, self.found_before)
            if opener is not None:  # 'Rutte struck a similar tone, telling reporters that …'
                content_after(scan, sent, cue, opener, "reported:participle-of-narration", NO_SPAN, limit)
                self.speaker = opener
            return  # participles ("saying", "calling for") continue an earlier utterance
        if cue.kind in ("speech", "attitude") and neither(scan, sent, cue, limit):
            return
        if EXCEPT_TO_BEFORE.search(self.text, max(sent.start, cue.start - 12), cue.start):
            if self.speaker:
                content_after(scan, sent, cue, self.speaker, "reported:except-to", NO_SPAN, limit)
            return
        if cue.kind == "passive":
            self.speaker = passive(scan, sent, cue) or self.speaker
            return
        found = self.speakers_of(cue)
        if found is None:
            return
        clause, span, infos = found
        for info in infos:
            self.row_of(cue, info, "+joint" if len(infos) > 1 else "", clause, span, limit)
        if not RELATIVE_BEFORE.search(self.text, sent.start, cue.start):
            self.speaker = infos[-1]  # not '…, who notified Moscow that …': a cue of the person named, inside

    def opening_clause_end(self) -> int:
        """Where a subordinate clause opening the sentence ends ('While Democrats opposed the nomination, …'):
        its comma, or the sentence's end if it opens with no such clause."""
        sent = self.sent
        if not SUBORDINATE_OPENING.match(self.text, sent.start, sent.end):
            return sent.end
        comma = self.text.find(",", sent.start, sent.end)
        return comma if comma >= 0 and not self.scan.inside_quote(comma) else sent.end

    def progressive(self, cue: Cue) -> re.Match | None:
        """'The ministry is calling for …': a participle after a form of 'be' is a finite verb, not a continuation."""
        if not is_participle(cue):
            return None
        return PROGRESSIVE_BEFORE.search(self.text, max(self.sent.start, cue.start - 30), cue.start)

    def verb_start(self, cue: Cue) -> int:
        """Where the verb begins: the cue, or the form of 'be' before a progressive one."""
        progressive = self.progressive(cue)
        return progressive.start() if progressive else cue.start

    def speakers_of(self, cue: Cue) -> tuple[int, tuple[int, int], list[SpeakerInfo]] | None:
        """(clause start, speaker span, speakers) of a speech or attitude cue, or None for no row."""
        scan, sent = self.scan, self.sent
        if self.speaker and (COORDINATED.search(self.text, sent.start, cue.start) or
                             is_headline(sent) and COMMA_BEFORE.search(self.text, sent.start, cue.start)):
            return cue.start, NO_SPAN, [self.speaker]  # "X said … and warned …"; headline 'X condemns …, warns …'
        clause, span, infos = self.subjects.get(cue) or subject(scan, sent, cue)
        if not infos:
            return None
        if LEADING_ADVERB.sub("", self.text[span[0]:span[1]].lower()) in SUBJECT_PRONOUNS and any(
                row.start <= cue.start < row.end for row in scan.in_sentence(sent)[self.found_before:]):
            return None  # 'said it had confirmed that …': the speaker's own act, already in the content
        return clause, span, infos

    def row_of(self, cue: Cue, info: SpeakerInfo, joint: str, clause: int, span: tuple[int, int], limit: int) -> None:
        """The row of ``info`` for ``cue``: a silence, a postposed verb's content before it, or content after it."""
        scan, sent = self.scan, self.sent
        if cue.kind == "silence":
            method = f"silence:{cue.lemma.replace(' ', '-')}{joint}"
            self.silenced.append(silence_row(scan, sent, cue, info, method, span, limit))
        elif cue in self.postposed:
            content_start = self.postposed_start(clause)
            if info.role == "media" and scan.has_row_between(sent, sent.start, clause):
                scan.credit(sent, sent.start, clause, info.speaker)
                return  # '…, Yonhap reported': the outlet only credits an attributed statement
            if info.role == "media" and credited_participle(scan, sent, content_start, clause):
                scan.credit(sent, content_start, clause, info.speaker)
                return  # 'Kim awarded …, calling them "…", state media reported': Kim's words
            end_of_cue = cue_end(self.text, cue, sent.end)
            scan.add(content_start, comma_before(self.text, clause), info,
                     "reported" if cue.kind == "attitude" else "indirect", self.text[cue.start:end_of_cue].strip(" ,."),
                     f"reported:postposed{joint}", sent, span)
            participle(scan, sent, end_of_cue, info)  # '…, Hayashi said Friday, warning that …'
        else:
            content_after(scan, sent, cue, info, f"reported:{cue.kind}{joint}", span, limit)

    def is_postposed(self, clause: int, cue: Cue) -> bool:
        """'<content>, Blinken warned (after …)': the verb follows its content."""
        sent = self.sent
        before = self.text[sent.start:clause]
        if clause <= sent.start or not before.rstrip().endswith(",") or len(before.split()) < MIN_POSTPOSED_WORDS:
            return False
        if PARTICIPIAL_LEAD.match(before):
            return False
        return postposed_tail(self.text, cue_end(self.text, cue, sent.end), sent.end)

    def postposed_start(self, clause: int) -> int:
        """Content of a postposed verb starts at the sentence start, or after an earlier ', X said,'."""
        start = self.sent.start
        for row in self.scan.in_sentence(self.sent):
            if row.method.startswith("reported:postposed") and row.speaker_span[1] < clause:
                start = max(start, row.speaker_span[1])
        return start

    def asked_for(self, cue: Cue) -> bool:
        """'demanded that Russia say whether …': a base-form verb inside what was demanded is no utterance."""
        lexicon = verb_lexicon()
        return cue.text.lower() == cue.lemma and any(
            row.start <= cue.start < row.end and lexicon.get(row.cue.split()[0].lower(), ("", ""))[1] in
            word_set("mandative_verbs") for row in self.scan.in_sentence(self.sent) if row.cue)


def content_after(scan: Scan, sent: Sentence, cue: Cue, info: SpeakerInfo, method: str, span: tuple[int, int],
                  limit: int) -> None:
    """The content after a cue ('said (on Monday) that …', 'told reporters …', 'condemned the deployment'), up to
    ``limit``, a participle, a second verb or a setting; then a participle after it."""
    norm = scan.text
    start = cue.end
    earlier = ANAPHORIC_CONTENT.match(norm, cue.end, limit) and scan.sentence_before(sent)
    if earlier:  # 'Guo Jiakun said this at a briefing': what was said is the sentence before
        scan.add(earlier.start, earlier.end, info, "reported" if cue.kind == "attitude" else "indirect",
                 norm[cue.start:cue.end], method + "+anaphoric", sent, span)
        return
    if cue.lemma in word_set("listener_verbs"):
        listener = LISTENER.match(norm, start, limit)
        to_that = LISTENER_THAT.match(norm, start, limit)  # 'told journalists on a conference call that'
        if to_that:
            start = to_that.end()
        elif listener and not THAT_NEXT.match(norm, start, limit):
            start = cue.end + len(norm[cue.end:listener.end()].rstrip())
    that = THAT_SKIP.match(norm, start, limit)
    if that:
        start = that.end()
    end = scan.coordinated_end(start, scan.content_end(start, limit))
    if is_headline(sent):  # 'condemns Israeli attacks on Iran, warns of wider war': a comma joins the verbs
        end = next((comma.start() for later in scan.cues(start, end) if (comma := COMMA_BEFORE.search(norm, start, later.start))), end)
    setting = TRAILING_SETTING.search(norm, start, trim(norm, start, end)[1])
    if setting and not scan.inside_quote(setting.start()):
        end = setting.start()
    mode = "reported" if cue.kind == "attitude" else "indirect"
    cue_text = norm[cue.start:start].strip(" ,:")
    minimum = 3
    if cue.lemma in word_set("object_verbs") and not (that and "that" in that.group()):
        start, minimum = cue.start, 2
        clause = OBJECT_ENDS.search(norm, cue.end, end)  # the object ends where a new clause begins
        end = clause.start() if clause and not scan.inside_quote(clause.start()) else end
    if len(norm[start:end].split()) >= minimum:
        scan.add(start, end, info, mode, cue_text, method, sent, span)
    if end < limit:
        participle(scan, sent, end, info)
