"""No input stops the run: generated corpora, broken and hostile, through every loader and both units.

Each example writes a small folder of .txt/.md/.csv/.jsonl/.html/.rtf/.docx files built from article words and
known troublemakers (impossible dates, alias bombs, deep nesting, 5,000-digit numbers, stray quotes,
unclosed comments, lone surrogates, stray bytes, other encodings) and runs ``discourse analyze`` on it.
It must exit 0 when every file was read and 1 when some were not, never anything else; every row's
``text`` must be the document's text between ``start`` and ``end``.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import warnings
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.cli import main
from analysis.corpus import LoadProblem, iter_corpus
from analysis.output import writable

SENTENCES = ["Seoul's spy agency said on Monday that the troops had arrived.", '"We are ready," Kim told reporters.',
             "The minister declined to comment.", "According to Minister Ana Ruiz, talks will go on.",
             "Moscow denied it, saying the reports were false.", "Kim said", "said", "\u201cNo,\u201d he said."]
WORDS = ["Seoul", "said", "Kim", "told reporters", "declined to comment", "\u201cWe are ready,\u201d", '"No."',
         "the", "troops", "Minister", "Ana Ruiz", "according to", "Moscow's", "U.S.", "\u2014", "\n", "\n\n", ".",
         ",", "?", "SEOUL, March 3 (Global Wire) -", "warned", "that", "\u00e9", "\u3000", "\r\n", "'", "<b>", "&amp;"]
PROSE = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(WORDS), st.text(max_size=6)),
                 max_size=30).map(" ".join)

FRONT_VALUES = ["2024-13-45", "2024-02-30", "2024-01-01 25:99:99", "2024-11-05", "9" * 5000, "[" * 150 + "]" * 150,
                "&a [1, 2]", "*a", "'unclosed", "Brazil: Haiti", "{}", "~", "!!python/object:os.system [x]"]
FRONT_MATTER = st.lists(st.tuples(st.sampled_from(["date", "title", "published", "id", "source"]),
                                  st.one_of(st.sampled_from(FRONT_VALUES), PROSE)), max_size=4).map(
    lambda pairs: "---\n" + "".join(f"{key}: {value}\n" for key, value in pairs) + "---\n")
ALIAS_BOMB = "---\na0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 7)) + "---\n"

JSON_VALUES = st.one_of(PROSE, st.integers(), st.none(), st.just({}), st.just([]), st.just("\ud800 lone"),
                        st.just(["x"] * 3), st.booleans())
JSON_RECORDS = st.lists(st.dictionaries(st.sampled_from(["text", "id", "date", "title", "url"]), JSON_VALUES,
                                        max_size=4), max_size=4)
RAW_JSON_LINES = ["{broken", "[1, 2]", '{"text": "x", "n": ' + "9" * 5000 + "}", '{"text": ' + "[" * 3000 + "]" * 3000 + "}",
                  '"just a string"', "", '{"text": "a\\ud800b"}']


@st.composite
def text_file(draw) -> bytes | str:
    head = draw(st.sampled_from(["", "", "", ALIAS_BOMB, "---\ntitle: x\n"]) | FRONT_MATTER)
    return head + draw(PROSE)


@st.composite
def csv_file(draw) -> str:
    rows = draw(st.lists(st.tuples(st.one_of(st.just(""), PROSE), PROSE, st.sampled_from(["2024-11-05", "11/05/2024",
                                                                                          "soon", ""])), max_size=4))
    lines = [["id", "text", "date"]] + [list(row) for row in rows]
    handle = io.StringIO()
    csv.writer(handle).writerows(lines)
    text = handle.getvalue()
    if draw(st.booleans()) and text:  # a stray quote somewhere
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + '"' + text[cut:]
    return text


@st.composite
def jsonl_file(draw) -> str:
    lines = [json.dumps(record) for record in draw(JSON_RECORDS)]
    lines += draw(st.lists(st.sampled_from(RAW_JSON_LINES), max_size=2))
    return "\n".join(draw(st.permutations(lines))) + "\n"


@st.composite
def html_file(draw) -> str:
    parts = draw(st.lists(st.one_of(PROSE, st.sampled_from(
        ["<p>", "</p>", "<!-- ", " -->", "<script>", "</script>", "<title>", "</title>", "<br>", "&nbsp;", "<",
         "<meta property='article:published_time' content='2024-13-45'>", "<!DOCTYPE html>", "<![CDATA[", "<![CD", "<![if !IE]>", "<![endif]>", "<![foo[", "]]>", "<?xml"])),
        max_size=12))
    return "".join(parts)


@st.composite
def rtf_file(draw) -> str:
    parts = draw(st.lists(st.one_of(PROSE, st.sampled_from(["\\par ", "{", "}", "\\b ", "\\'e9", "\\u8212?",
                                                            "{\\*\\generator x;}", "\\", "{\\fonttbl"])), max_size=12))
    return draw(st.sampled_from(["{\\rtf1 ", "{\\rtf1\\ansi ", ""])) + "".join(parts)


@st.composite
def docx_file(draw) -> bytes:
    """A Word file of generated paragraphs, whole or with some of its bytes changed."""
    import docx

    document = docx.Document()
    for paragraph in draw(st.lists(PROSE, max_size=4)):
        document.add_paragraph("".join(c for c in paragraph if c.isprintable() or c == "\n"))
    handle = io.BytesIO()
    document.save(handle)
    data = bytearray(handle.getvalue())
    for position, value in draw(st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), max_size=3)):
        data[position] = value
    return bytes(data)


SUFFIXES = {".txt": text_file(), ".md": text_file(), ".csv": csv_file(), ".jsonl": jsonl_file(), ".html": html_file(),
            ".rtf": rtf_file(), ".docx": docx_file()}


@st.composite
def file_bytes(draw) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(SUFFIXES)))
    text = draw(SUFFIXES[suffix])
    if isinstance(text, bytes):  # .docx
        return suffix, text
    encoding = draw(st.sampled_from(["utf-8"] * 5 + ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    stray = draw(st.sampled_from([b""] * 5 + [b"\xe9", b"\x93", b"\x00", b"\xff"]))  # from another encoding, or NUL
    if stray and data:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + stray + data[cut:]
    return suffix, data


CORPORA = st.lists(file_bytes(), min_size=1, max_size=3)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpus=CORPORA, unit=st.sampled_from(["utterance", "sentence"]),
       out_suffix=st.sampled_from([".csv", ".jsonl", ".parquet"]))
def test_any_corpus_is_analysed_with_documented_exit_codes_and_exact_offsets(corpus, unit, out_suffix):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "corpus")
        folder.mkdir()
        for number, (suffix, data) in enumerate(corpus):
            Path(folder, f"doc{number}{suffix}").write_bytes(data)
        out = Path(tmp, f"out{out_suffix}")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            items = list(iter_corpus(folder))
        documents = {writable(item.doc_id): item for item in items if not isinstance(item, LoadProblem)}
        expected_status = 1 if any(isinstance(item, LoadProblem) for item in items) else 0

        assert main(["analyze", str(folder), "--unit", unit, "--out", str(out)]) == expected_status
        for row in _rows(out):
            doc = documents[row["doc_id"]]
            assert writable(doc.text[int(row["start"]):int(row["end"])]) == row["text"]


def _rows(path: Path) -> list[dict]:
    if path.suffix == ".parquet":
        import pandas as pd

        return pd.read_parquet(path).to_dict("records")
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix == ".csv":
            return list(csv.DictReader(handle))
        return [json.loads(line) for line in handle]
