"""find_utterances on whole documents: rows in text order with speaker offsets, and the seed article."""

from __future__ import annotations

from analysis.attribution import Utterance, find_utterances
from analysis.corpus import make_document, read_file

from ..conftest import SEED


def test_utterances_are_sorted_spans_of_the_text_with_speaker_offsets():
    doc = make_document("d", '"We are ready," Kirby told reporters. Miller said talks would go on.', {})
    found = find_utterances(doc)
    assert found == sorted(found, key=lambda u: u.start)
    assert all(isinstance(u, Utterance) and doc.text[u.speaker_start:u.speaker_end] for u in found)
    assert [doc.text[u.speaker_start:u.speaker_end] for u in found] == ["Kirby", "Miller"]
    assert [u.sent_id for u in found] == [0, 1]


def test_seed_article_who_says_what():
    (doc,) = read_file(SEED)
    got = [(u.speaker, u.actor, u.mode, u.cue) for u in find_utterances(doc)]
    assert got == [
        ("Antony Blinken", "USA", "indirect", "warned"),
        ("South Korea", "KOR", "indirect", "confirmed that"),        # a joint statement: one row per government
        ("United States", "USA", "indirect", "confirmed that"),
        ("Antony Blinken", "USA", "direct", "told media on Wednesday"),
        ("Antony Blinken", "USA", "direct", "said"),
        ("Antony Blinken", "USA", "indirect", "calling for"),
        ("Antony Blinken", "USA", "partial", "added that"),          # "He added" resolved
        ("Antony Blinken", "USA", "partial", "said"),
        ("Antony Blinken", "USA", "direct", "added"),
        ("Antony Blinken", "USA", "silence", "without providing details"),
        ("Mark Rutte", "NATO", "partial", "reiterated"),
        ("Mark Rutte", "NATO", "indirect", "said"),                  # "he said" resolved to Rutte
        ("United States", "USA", "reported", "fear"),
        ("United States", "USA", "reported", "expressed concerns"),
        ("China", "CHN", "silence", "has not commented"),
        ("China", "CHN", "indirect", "say"),                         # "except to say ..."
        ("Dmitry Peskov", "RUS", "partial", "said that"),
        ("Dmitry Peskov", "RUS", "silence", "without addressing"),
        ("Russia", "RUS", "silence", "has not commented"),
        ("Russia", "RUS", "silence", "declined to answer"),
        ("United States", "USA", "indirect", "confirmed on Tuesday that"),
        ("United States", "USA", "indirect", "saying"),
        ("South Korea's main security agency", "KOR", "partial", "confirmed that"),
    ]
    related = [m for m in doc.boilerplate if m.kind in ("related", "credit")]
    assert not [u for u in find_utterances(doc) if any(m.start <= u.start < m.end for m in related)]
