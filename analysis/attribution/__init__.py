"""Who says what: direct, partial and indirect quotes, reported positions and silence.

``find_utterances(doc)`` returns one :class:`Utterance` per thing a speaker said, was reported to
think, or declined to say: the content span (offsets into ``doc.text``), the speaker, the actor they
speak for (from the actor registry), the mode, the cue words and the rule (``method``).

The stages, one module each (``docs/attribution.md`` explains them with examples)::

    lexicon, cues     cue words as data; the cues of the document, scanned once
    context           what is known before reading: mentions, dateline, issuers (frozen)
    quotes            quotation marks paired; direct quotations attributed, paragraph by paragraph
    headlines         a headline's own grammar ('Kremlin: No information …', 'X condemns …, warns …')
    introduced        paragraphs introduced by a line ending in a colon ('Said Lee:', 'Excerpts:')
    reported          reported speech, attitudes and silences, sentence by sentence
      subjects, silence, sources, continuations   (the rule families it uses)
    speakers          who a speaker phrase is (names, owners: the registry, pronouns, titles, places)
    candidates        the rows found so far (``Scan``) and their type (``Candidate``)
    resolve           rows -> sorted, de-duplicated ``Utterance`` rows
"""

from __future__ import annotations

from itertools import groupby

from ..actors import Registry, load_registry
from ..corpus import Document
from ..text import Sentence, sentences as doc_sentences  # not text.split_sentences (spans of a string)
from .candidates import Scan
from .context import document_context
from .cues import find_cues
from .headlines import colon_headline, is_headline
from .introduced import full_text, introduced_paragraph, introduction
from .quotes import attribute_paragraph, quote_spans, transcript
from .reported import read_sentence
from .resolve import Utterance, utterances

#: Sentences read for utterances: the article's own, and its headline and standfirst ('Seoul condemns …',
#: 'X: "…"', '…, White House official says'), which real coverage's annotators count.
READ_BOILERPLATE = ("", "headline", "standfirst")

__all__ = ["Utterance", "find_cues", "find_utterances", "quote_spans"]


def find_utterances(doc: Document, sentences: list[Sentence] | None = None, *,
                    registry: Registry | None = None) -> list[Utterance]:
    """Every utterance in ``doc`` (sorted by position); boilerplate and narration yield none."""
    sents = doc_sentences(doc) if sentences is None else sentences
    scan = Scan(document_context(doc, sents, registry or load_registry()), sents)
    pending: list = []  # quotations opened by a paragraph and not yet closed
    introduced: tuple | None = None  # (speaker, paragraphs left) after a line ending in a colon ('Said Lee:')
    own_text = full_text(scan, sents)  # the document is someone's speech or statement ('Speech by X at …')
    for _, group in groupby((sent for sent in sents if sent.boilerplate in READ_BOILERPLATE),
                            key=lambda sent: sent.paragraph):
        paragraph = list(group)
        quotes = quote_spans(scan.text, paragraph[0].start, paragraph[-1].end)
        scan.read_paragraph(paragraph[0].start, paragraph[-1].end, quotes)
        if own_text is not None and introduced_paragraph(scan, paragraph, own_text, own_text=True):
            continue
        if introduced and introduced_paragraph(scan, paragraph, introduced[0]):
            introduced = (introduced[0], introduced[1] - 1) if introduced[1] > 1 else None
            continue
        if introduced and quotes and quotes[0][0] == paragraph[0].start:
            scan.last_direct = introduced[0]  # 'Said Lee:' then a paragraph opening a quotation
        introduced = None
        if not quotes or quotes[0][0] > paragraph[0].start:
            pending = []  # a waiting quotation is only closed by a paragraph opening with a quote mark
        if not is_headline(paragraph[0]) and transcript(scan, paragraph):
            continue
        pending = attribute_paragraph(scan, paragraph, pending)
        for sent in paragraph:
            scan.position = sent.start
            if not (is_headline(sent) and colon_headline(scan, sent)):
                read_sentence(scan, sent)
        introduced = introduction(scan, paragraph[-1]) if not is_headline(paragraph[-1]) else None
        if not quotes and introduced is None:
            scan.last_direct = closing_speaker(scan, paragraph[-1])
    return utterances(scan.rows, scan.credits)


def closing_speaker(scan: Scan, last: Sentence):
    """The one speaker of a paragraph's last sentence ('…, Putin emphasized.'): a quotation opening the next
    paragraph with no attribution of its own goes on in their words. None if nobody or several speak there."""
    speakers = {row.speaker.speaker: row.speaker for row in scan.in_sentence(last) if row.mode != "silence"}
    return next(iter(speakers.values())) if len(speakers) == 1 else None
