"""The corpus layer: each loader, decoding, bad input and boilerplate marking."""

from __future__ import annotations

import json
import os

import pytest

from analysis.corpus import (Boilerplate, CorpusError, LoadProblem, ReadOptions, decode, iter_corpus, load_corpus,
                             make_document, normalise, normalise_date, read_file, writable)

from .conftest import SEED

ARTICLE = "Officials said the talks went well.\nThe minister added that more talks would follow."


def test_plain_txt_without_front_matter(write):
    path = write("talks.txt", ARTICLE)
    (doc,) = read_file(path)
    assert doc.doc_id == "talks"
    assert doc.text == ARTICLE
    assert doc.meta == {"path": str(path)}


def test_markdown_front_matter_becomes_metadata(write):
    path = write("a.md", "---\ntitle: Talks\ndate: 2024-11-13\nsource: Wire\nlanguage: en\n---\n" + ARTICLE)
    (doc,) = read_file(path)
    assert doc.text == ARTICLE
    assert doc.meta == {"date": "2024-11-13", "language": "en", "path": str(path), "source": "Wire", "title": "Talks"}
    assert doc.date == "2024-11-13"


def test_seed_text_is_unchanged_by_front_matter():
    (doc,) = read_file(SEED)
    original = (SEED.parents[2] / "shared" / "seeds" / SEED.name)
    if original.exists():
        assert doc.text == original.read_text(encoding="utf-8")
    assert doc.text.startswith("TAIPEI, Taiwan \u2013 The United States")
    assert doc.meta["date"] == "2024-11-13" and doc.meta["language"] == "en"


def test_csv_rows_become_documents(write):
    path = write("batch.csv", 'id,title,date,text\nx1,One,2024-11-01,"First text."\n,Two,,"Second, text."\n')
    docs = read_file(path)
    assert [(d.doc_id, d.text, d.meta.get("title"), d.meta.get("date")) for d in docs] == [
        ("x1", "First text.", "One", "2024-11-01"),
        ("batch-2", "Second, text.", "Two", None),
    ]


def test_jsonl_rows_become_documents(write):
    lines = [{"id": "k1", "text": "Seoul said so.", "source": "Yonhap", "url": "http://example.org/1"},
             {"text": "Moscow did not comment."}]
    path = write("feed.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    docs = read_file(path)
    assert [(d.doc_id, d.text, d.meta.get("source"), d.meta.get("url")) for d in docs] == [
        ("k1", "Seoul said so.", "Yonhap", "http://example.org/1"),
        ("feed-2", "Moscow did not comment.", None, None),
    ]


def test_parquet_rows_become_documents(tmp_path):
    import datetime as dt

    import pandas as pd

    path = tmp_path / "export.parquet"
    pd.DataFrame({"id": ["m1", None], "text": ["Kyiv said the troops moved.", "Tokyo voiced concern."],
                  "date": [dt.date(2024, 11, 5), None], "media_name": ["Wire", "Daily"],
                  "section": ["World", None]}).to_parquet(path)
    docs = read_file(path)  # read as CSV and JSONL tables are: Media Cloud's media_name is the source
    assert [(d.doc_id, d.text, d.date, d.meta.get("source"), d.meta.get("section")) for d in docs] == [
        ("m1", "Kyiv said the troops moved.", "2024-11-05", "Wire", "World"),
        ("export-2", "Tokyo voiced concern.", None, "Daily", None),
    ]


def test_a_parquet_file_without_text_or_that_is_not_parquet_is_named(write, tmp_path):
    import pandas as pd

    pd.DataFrame({"body": ["x"]}).to_parquet(tmp_path / "body.parquet")
    with pytest.raises(CorpusError, match=r"body\.parquet: has no 'text' column \(columns: body\)"):
        read_file(tmp_path / "body.parquet")
    with pytest.raises(CorpusError, match=r"fake\.parquet: is not a readable Parquet file"):
        read_file(write("fake.parquet", "text\nnot parquet\n"))


def test_a_glob_pattern_reads_the_files_it_matches(write, tmp_path):
    write("a/one.jsonl", json.dumps({"text": "Seoul said so."}) + "\n")
    write("b/two.jsonl", json.dumps({"text": "Moscow denied it."}) + "\n")
    write("b/three.txt", "Not matched.")
    write("b/out.jsonl", json.dumps(SENTENCE_OUTPUT) + "\n")  # the toolkit's own output: left out
    with pytest.warns(UserWarning, match="out.jsonl: skipped"):
        corpus = load_corpus(str(tmp_path / "*" / "*.jsonl"))
    assert [doc.doc_id for doc in corpus] == ["one-1", "two-1"]
    assert [str(item) for item in iter_corpus(str(tmp_path / "*.csv"))] == [
        f"{tmp_path / '*.csv'}: no file or folder matches this pattern"]
    with pytest.raises(FileNotFoundError, match=r"\*\.csv"):
        load_corpus(str(tmp_path / "*.csv"))


def test_html_keeps_visible_article_text_only(write):
    page = ("<html lang='en'><head><title>Page</title><meta property='og:title' content='Troops'>"
            "<meta property='article:published_time' content='2024-11-05'><style>p{}</style></head>"
            "<body><nav>Home | World</nav><article><h1>Troops</h1><p>Kyiv said the troops&nbsp;arrived.</p>"
            "<script>var x = 1;</script><p>Moscow <b>declined</b> to comment.</p></article>"
            "<footer>Copyright</footer></body></html>")
    (doc,) = read_file(write("page.html", page), options=ReadOptions(html="builtin"))
    assert doc.doc_id == "page"
    assert doc.text == "Troops\nKyiv said the troops\u00a0arrived.\nMoscow declined to comment."
    assert doc.meta["title"] == "Troops" and doc.meta["date"] == "2024-11-05" and doc.meta["language"] == "en"


def test_folder_is_read_in_sorted_order_and_skips_readme(write, tmp_path):
    write("b.txt", "Second article.")
    write("a.txt", "First article.")
    write("README.md", "# not an article")
    write("notes.pdf", b"%PDF")
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["a", "b"]
    assert corpus.problems == []


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", "", "the file is empty"),
        ("blank.txt", "  \n\n ", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("bad.md", "---\ntitle: [unclosed\n---\nText.", "malformed YAML front matter"),
        ("list.md", "---\n- a\n- b\n---\nText.", "front matter must be a YAML mapping"),
        ("open.md", "---\ntitle: x\nText without end", "never closed"),
        ("notext.csv", "id,body\n1,hello\n", "has no 'text' column (columns: id, body)"),
    ],
)
def test_bad_input_names_file_and_problem(write, name, content, problem):
    path = write(name, content)
    with pytest.raises(CorpusError) as info:
        read_file(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_bad_inputs_do_not_stop_the_corpus(write, tmp_path):
    write("good.txt", "Seoul confirmed the report.")
    write("empty.txt", "")
    write("notext.csv", "id,body\n1,hello\n")
    items = list(iter_corpus([tmp_path, tmp_path / "missing.txt"]))
    docs = [i.doc_id for i in items if not isinstance(i, LoadProblem)]
    problems = sorted(str(i) for i in items if isinstance(i, LoadProblem))
    assert docs == ["good"]
    assert problems == sorted([
        f"{tmp_path / 'empty.txt'}: the file is empty",
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{tmp_path / 'notext.csv'}: has no 'text' column (columns: id, body)",
    ])


def test_load_corpus_warns_and_keeps_problems(write, tmp_path):
    write("good.txt", "Text.")
    write("empty.txt", "")
    with pytest.warns(UserWarning, match="empty.txt: the file is empty"):
        corpus = load_corpus(tmp_path)
    assert len(corpus) == 1 and len(corpus.problems) == 1


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Caf\u00e9 \u201cquote\u201d".encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + "Caf\u00e9 \u201cquote\u201d".encode("utf-8"), "utf-8"),
        ("Caf\u00e9 \u201cquote\u201d".encode("utf-16"), "utf-16"),
    ],
)
def test_decoding_utf8_bom_and_utf16(data, encoding):
    assert decode(data, "x.txt") == ("Caf\u00e9 \u201cquote\u201d", encoding)


def test_cp1252_is_decoded_with_a_warning(write):
    path = write("old.txt", "Caf\u00e9 \u201cquote\u201d".encode("cp1252"))
    with pytest.warns(UnicodeWarning, match="old.txt: not UTF-8; decoded as cp1252"):
        (doc,) = read_file(path)
    assert doc.text == "Caf\u00e9 \u201cquote\u201d"
    assert doc.meta["encoding"] == "cp1252"


def test_normalise_keeps_length_and_offsets():
    text = "\u201cWe\u2019re ready\u201d \u2013 he said.\r\nNext\u00a0line\rlast"
    norm = normalise(text)
    assert norm == "\"We're ready\" - he said. \nNext line\nlast"
    assert len(norm) == len(text)


def test_seed_boilerplate_is_marked():
    (doc,) = read_file(SEED)
    marks = [(m.kind, doc.text[m.start:m.end]) for m in doc.boilerplate]
    assert marks == [
        ("dateline", "TAIPEI, Taiwan \u2013 "),
        ("related", "RELATED STORIES"),
        ("related", "US confirms North Korean troops joining Russia in combat against Ukraine"),
        ("related", "Ukraine \u2018holds back\u2019 50,000-strong force including North Koreans: Zelenskyy"),
        ("related", "Ukraine reveals \u2018intercepted\u2019 radio communications of North Korean soldiers in Russia"),
        ("credit", "Edited by Mike Firn."),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SEOUL, Nov 13 (Reuters) - South Korea said on Wednesday it was ready.\nMore text.",
         [("dateline", "SEOUL, Nov 13 (Reuters) - ")]),
        ("KYIV (AP) - Ukraine's president said troops had arrived.\nMore.", [("dateline", "KYIV (AP) - ")]),
        ("Troops spotted near the border\nMOSCOW, Nov. 5 - The Kremlin said nothing.\nMore.",
         [("headline", "Troops spotted near the border"), ("dateline", "MOSCOW, Nov. 5 - ")]),
        ("Text one.\nA soldier stands guard. (AP Photo/Ahn Young-joon)\nText two.",
         [("caption", "A soldier stands guard. (AP Photo/Ahn Young-joon)")]),
        ("Text one.\nReporting by Jane Doe; Editing by John Roe\nText two.",
         [("credit", "Reporting by Jane Doe; Editing by John Roe")]),
        ("Text one.\nREAD MORE:\nA linked headline here\nThe story goes on, he said.",
         [("related", "READ MORE:"), ("related", "A linked headline here")]),
        ("The United States said it would respond.\nNo boilerplate here.", []),
        ("Text one.\nSee also: Kremlin says talks with Seoul stalled\nThe story goes on.",
         [("related", "See also: Kremlin says talks with Seoul stalled")]),
        ("Text one.\nRelated: the minister said it was over.\nMore.", []),  # a sentence, not a link
        ("Front line live\nKey developments\nSeoul says two men captured\nKyiv offers a swap\n"
         "08:10 GMT\nThe minister spoke first, officials said.",
         [("headline", "Front line live"), ("related", "Key developments"),
          ("related", "Seoul says two men captured"), ("related", "Kyiv offers a swap"),
          ("related", "08:10 GMT")]),
        # a standfirst under the headline: a summary with no sentence end
        ("Seoul confirms captured soldiers are North Korean\nSpy agency says the two men belong to an elite unit, "
         "but gives no names\nSEOUL, Jan. 13 (Yonhap) -- The spy agency said the men were in Kyiv.",
         [("headline", "Seoul confirms captured soldiers are North Korean"),
          ("standfirst", "Spy agency says the two men belong to an elite unit, but gives no names"),
          ("dateline", "SEOUL, Jan. 13 (Yonhap) -- ")]),
        # must not fire: a real first paragraph (a closing period), even opening with a place and a verb
        ("Seoul confirms captured soldiers are North Korean\nSeoul says the two men belong to an elite unit, "
         "analysts say.\nThe spy agency said the men were in Kyiv.",
         [("headline", "Seoul confirms captured soldiers are North Korean")]),
        # must not fire: no headline above it, or no paragraph after it
        ("Seoul says the men belong to an elite unit.\nAnalysts say more will follow\nThe agency said so.", []),
        ("Seoul confirms captured soldiers are North Korean\nAnalysts say more will follow",
         [("headline", "Seoul confirms captured soldiers are North Korean")]),
    ],
)
def test_boilerplate_rules(text, expected):
    doc = make_document("d", text)
    assert [(m.kind, text[m.start:m.end]) for m in doc.boilerplate] == expected
    assert all(isinstance(m, Boilerplate) for m in doc.boilerplate)


@pytest.mark.parametrize(
    "first_line, dateline",
    [
        ("SEOUL, Nov. 5 (Yonhap) -- The ministry spoke first.", "SEOUL, Nov. 5 (Yonhap) -- "),
        ("KYIV, Ukraine (AP) \u2014 Drones struck a depot.", "KYIV, Ukraine (AP) \u2014 "),
        ("MOSCOW, November 4. /TASS/. The Kremlin replied.", "MOSCOW, November 4. /TASS/. "),
        ("BEIJING, Oct 25 (Reuters) - A spokesman answered.", "BEIJING, Oct 25 (Reuters) - "),
        ("UNITED NATIONS (AP) \u2014 The council met late.", "UNITED NATIONS (AP) \u2014 "),
        ("WASHINGTON \u2014 The White House said little.", "WASHINGTON \u2014 "),
        ("ST. PETERSBURG, Russia (AP) - Talks ended.", "ST. PETERSBURG, Russia (AP) - "),
        # a title-case place with the agency in brackets (AFP, broadcasters)
        ("Geneva (Switzerland) (AFP) - The council met late.", "Geneva (Switzerland) (AFP) - "),
        ("Washington (CNN) \u2014 The White House said little.", "Washington (CNN) \u2014 "),
        ("Washington (the capital) - Officials met.", None),  # no agency: an ordinary sentence
        ("Kim Jong Un (KCNA) said - in a speech - that the war goes on.", None),
        # abbreviations with periods begin ordinary sentences, even before a dash
        ("U.N. Secretary-General Ana Ruiz said - in a letter - that talks failed.", None),
        ("U.S. officials said - without giving details - that the plan changed.", None),
        ("E.U. Foreign ministers met on Monday.", None),
        ("U.N. -- The agency had no comment.", None),
        ("MOSCOW. The Kremlin replied.", None),
    ],
)
def test_datelines_are_places_not_abbreviations(first_line, dateline):
    text = first_line + "\nA second paragraph follows."
    doc = make_document("d", text)
    found = [text[m.start:m.end] for m in doc.boilerplate if m.kind == "dateline"]
    assert found == ([dateline] if dateline else [])


def test_documents_table_lists_metadata(write, tmp_path):
    write("a.md", "---\ntitle: T\ndate: 2024-11-01\n---\nOne.\nTwo.")
    from analysis.corpus import documents_table

    table = documents_table(load_corpus(tmp_path))
    assert table.to_dict("records") == [{"doc_id": "a", "title": "T", "date": "2024-11-01", "source": "",
                                         "language": "", "url": "", "characters": 9, "paragraphs": 2}]


# --------------------------------------------------------------------------- user-reported cases
# An invented corpus: Brazil sends UN peacekeepers to Haiti.


@pytest.mark.parametrize(
    "first_line, dateline",
    [
        ("BRASILIA, March 4 (Global Wire) - Brazil will send 800 peacekeepers.", "BRASILIA, March 4 (Global Wire) - "),
        ("KYIV (Reuters) - Ukraine said so.", "KYIV (Reuters) - "),
        ("PORT-AU-PRINCE, Haiti (Caribbean News Service) -- Officials welcomed the plan.",
         "PORT-AU-PRINCE, Haiti (Caribbean News Service) -- "),
        ("RIO DE JANEIRO, May 2 (Voice of America) - The navy sailed.", "RIO DE JANEIRO, May 2 (Voice of America) - "),
        ("Brasilia (Global Wire) \u2014 Brazil will send troops.", "Brasilia (Global Wire) \u2014 "),
        ("Officials (some of them) - said the mission was late.", None),   # lower-case words: not an agency
        ("BRASILIA (and its allies) - agreed on Monday.", None),
        ("BRASILIA (One Two Three Four Five) - Brazil agreed.", None),     # more than four words
        ("Lula (Global Wire) said - in a speech - that troops would go.", None),  # a verb before the dash
    ],
)
def test_datelines_with_any_bracketed_agency(first_line, dateline):
    text = first_line + "\nThe mission starts in June."
    doc = make_document("d", text)
    assert [text[m.start:m.end] for m in doc.boilerplate if m.kind == "dateline"] == ([dateline] if dateline else [])


@pytest.mark.parametrize(
    "front, message",
    [
        ('title: "Brazil sends peacekeepers\ndate: 2025-03-04',
         "malformed YAML front matter (unclosed quote starting at line 2 of the file: found unexpected end of stream)"
         "; file skipped"),
        ("date: 2025-03-04\ntags: [haiti, brazil\nsource: Wire",
         "malformed YAML front matter (unclosed '[' starting at line 3 of the file: expected ',' or ']', but got ':')"
         "; file skipped"),
        ("title: Brazil: Haiti", "malformed YAML front matter (line 2 of the file: mapping values are not allowed here)"
                                 "; file skipped"),
    ],
)
def test_malformed_front_matter_says_where_it_starts_and_that_the_file_was_skipped(write, front, message):
    path = write("06_badfront.md", f"---\n{front}\n---\nBrazil will send troops to Haiti.\n")
    with pytest.raises(CorpusError) as info:
        read_file(path)
    assert str(info.value) == f"{path}: {message}"
    assert "\n" not in str(info.value)


def test_load_corpus_raises_for_a_path_that_does_not_exist(write, tmp_path):
    write("haiti.txt", "Brazil said it would send troops.")
    missing = tmp_path / "missing" / "path"
    with pytest.raises(FileNotFoundError, match="missing/path") as info:
        load_corpus(missing)
    assert info.value.filename == str(missing)
    with pytest.raises(FileNotFoundError, match="nowhere.txt"):
        load_corpus([tmp_path / "haiti.txt", tmp_path / "nowhere.txt"])
    from analysis.engines import analyze

    with pytest.raises(FileNotFoundError, match="missing/path"):
        analyze(str(missing))


def test_bad_files_inside_a_folder_still_only_warn(write, tmp_path):
    write("haiti.txt", "Brazil said it would send troops.")
    write("empty.txt", "")
    with pytest.warns(UserWarning, match="empty.txt: the file is empty"):
        corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["haiti"]


UTTERANCE_OUTPUT = ("doc_id,utt_id,start,end,text,speaker,actor\n"
                    "haiti,0,0,30,Brazil will send troops,Ana Souza,BRA\n")
SENTENCE_OUTPUT = {"doc_id": "haiti", "sent_id": 0, "start": 0, "end": 12, "text": "Troops left.", "polarity": 0.0}


def test_the_toolkits_own_output_in_a_folder_is_skipped_with_a_warning(write, tmp_path):
    write("haiti.txt", "Brazil said it would send troops.")
    write("out.csv", UTTERANCE_OUTPUT)
    write("sub/sentences.jsonl", json.dumps(SENTENCE_OUTPUT) + "\n")
    # corpus tables that merely share some names are still read
    write("feed.csv", "id,doc_id,start,end,text\nf1,x,0,5,Haiti welcomed the mission.\n")
    write("notes.csv", "doc_id,text\nn1,Brazil trains soldiers.\n")
    with pytest.warns(UserWarning) as caught:
        corpus = load_corpus(tmp_path)
    skipped = sorted(str(w.message).split(":")[0] for w in caught)
    assert skipped == [str(tmp_path / "out.csv"), str(tmp_path / "sub" / "sentences.jsonl")]
    assert all("skipped; it looks like this toolkit's output" in str(w.message) for w in caught)
    assert sorted(d.doc_id for d in corpus) == ["f1", "haiti", "notes-1"]
    assert corpus.problems == []


def test_a_parquet_output_in_a_folder_is_skipped_too(write, tmp_path):
    import pandas as pd

    write("haiti.txt", "Brazil said it would send troops.")
    pd.DataFrame([SENTENCE_OUTPUT]).to_parquet(tmp_path / "sentences.parquet")
    with pytest.warns(UserWarning, match="sentences.parquet: skipped; it looks like this toolkit's output"):
        corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["haiti"]


def test_an_output_file_named_directly_is_still_read(write):
    path = write("out.csv", UTTERANCE_OUTPUT)
    corpus = load_corpus(path)
    assert [d.text for d in corpus] == ["Brazil will send troops"]



# --------------------------------------------------------------------------- dates

DATED = "Seoul's spy agency said on Monday that the troops had arrived.\nThe minister declined to comment."


@pytest.mark.parametrize("value", [
    "2024-11-05", "2024-11-05T10:00:00Z", "2024-11-05 10:00", "2024/11/05", "2024.11.5",
    "5 November 2024", "5 Nov 2024", "5 Nov. 2024", "05 NOV 2024", "5th of November, 2024",
    "November 5, 2024", "Nov. 5, 2024", "nov 5 2024", "November 5th, 2024", "Tuesday, November 5, 2024",
    "Tue, 05 Nov 2024 10:00:00 GMT", "  5  November   2024 ",
])
def test_unambiguous_dates_become_iso(value):
    assert normalise_date(value) == ("2024-11-05", None)


@pytest.mark.parametrize("value, iso", [
    ("Sept. 3, 2024", "2024-09-03"), ("3 Sep 2024", "2024-09-03"), ("May 1, 2024", "2024-05-01"),
    ("25/11/2024", "2024-11-25"), ("11/25/2024", "2024-11-25"), ("25.11.2024", "2024-11-25"),
    ("05/05/2024", "2024-05-05"),  # both readings are the same day
])
def test_numeric_dates_with_one_possible_reading(value, iso):
    assert normalise_date(value) == (iso, None)


@pytest.mark.parametrize("value, problem", [
    ("11/05/2024", "is ambiguous (day/month)"), ("05.11.2024", "is ambiguous (day/month)"),
    ("5-11-2024", "is ambiguous (day/month)"),
    ("31/02/2024", "is not a real date"), ("2024-13-01", "is not a real date"), ("30 February 2024", "is not a real date"),
    ("yesterday", "is not a date this toolkit can read"), ("November 2024", "is not a date this toolkit can read"),
    ("Smarch 5, 2024", "is not a date this toolkit can read"), ("20241105", "is not a date this toolkit can read"),
])
def test_ambiguous_or_unreadable_dates_are_not_guessed(value, problem):
    assert normalise_date(value) == (None, problem)


def test_empty_dates_are_no_date():
    assert normalise_date("") == (None, None) and normalise_date(None) == (None, None)


def test_csv_dates_are_normalised_and_an_ambiguous_one_is_named_by_file_row_and_value(write):
    path = write("corpus.csv", "id,date,text\n"
                               "a,5 November 2024,One.\n"
                               "b,\"Nov. 5, 2024\",Two.\n"
                               ",11/05/2024,Three.\n"
                               "d,2024-11-05T10:00:00Z,Four.\n")
    with pytest.warns(UserWarning) as caught:
        docs = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: row 3: date '11/05/2024' is ambiguous (day/month); ignored \u2014 use YYYY-MM-DD"]
    assert [(d.doc_id, d.date) for d in docs] == [("a", "2024-11-05"), ("b", "2024-11-05"), ("corpus-3", None),
                                                  ("d", "2024-11-05")]
    assert "date" not in docs[2].meta and docs[2].meta["date_raw"] == "11/05/2024"
    assert all("date_raw" not in d.meta for d in (docs[0], docs[1], docs[3]))


def test_jsonl_warning_names_the_row_id(write):
    rows = [{"id": "k1", "date": "05.11.2024", "text": "One."}, {"id": "k2", "date": "soon", "text": "Two."},
            {"id": "k3", "date": "November 5, 2024", "text": "Three."}]
    path = write("feed.jsonl", "\n".join(json.dumps(row) for row in rows) + "\n")
    with pytest.warns(UserWarning) as caught:
        docs = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: row 1 (id 'k1'): date '05.11.2024' is ambiguous (day/month); ignored \u2014 use YYYY-MM-DD",
        f"{path}: row 2 (id 'k2'): date 'soon' is not a date this toolkit can read; ignored \u2014 use YYYY-MM-DD"]
    assert [(d.date, d.meta.get("date_raw")) for d in docs] == [(None, "05.11.2024"), (None, "soon"),
                                                                 ("2024-11-05", None)]


@pytest.mark.parametrize("front, date", [
    ("date: 5 November 2024", "2024-11-05"), ("date: 'Nov. 5, 2024'", "2024-11-05"),
    ("date: 2024/11/05", "2024-11-05"), ("date: 2024-11-05 10:00:00", "2024-11-05"),
])
def test_front_matter_dates_are_normalised(write, front, date):
    (doc,) = read_file(write("a.md", f"---\n{front}\n---\n{ARTICLE}"))
    assert doc.date == date and "date_raw" not in doc.meta


def test_front_matter_ambiguous_date_warns_with_the_file_and_keeps_the_document(write):
    path = write("a.md", f"---\ntitle: Talks\ndate: 11/05/2024\n---\n{ARTICLE}")
    with pytest.warns(UserWarning, match=r"a\.md: date '11/05/2024' is ambiguous \(day/month\); ignored"):
        (doc,) = read_file(path)
    assert doc.text == ARTICLE and doc.date is None
    assert doc.meta == {"date_raw": "11/05/2024", "path": str(path), "title": "Talks"}


def test_html_published_time_becomes_a_date(write):
    page = ("<html><head><meta property='article:published_time' content='2024-11-05T10:00:00+09:00'></head>"
            "<body><p>Kyiv said the troops arrived.</p></body></html>")
    (doc,) = read_file(write("page.html", page))
    assert doc.date == "2024-11-05"


def test_documents_with_non_iso_dates_are_still_analysed(write, tmp_path):
    from analysis.engines import analyze

    write("c/named.md", f"---\ndate: 5 November 2024\n---\n{DATED}")
    write("c/table.csv", f'id,date,text\nus,11/05/2024,"{DATED}"\neu,05.11.2024,"{DATED}"\nok,"Nov. 5, 2024","{DATED}"\n')
    with pytest.warns(UserWarning, match="ambiguous"):
        table = analyze(tmp_path / "c")
    assert set(table.doc_id) == {"named", "us", "eu", "ok"}
    dates = table.groupby("doc_id").date.first().to_dict()
    assert dates == {"named": "2024-11-05", "ok": "2024-11-05", "us": "", "eu": ""}
    with pytest.warns(UserWarning, match="ambiguous"):
        assert table.equals(analyze(tmp_path / "c"))  # deterministic


# --------------------------------------------------------------------------- table columns (Media Cloud, GDELT)

MEDIA_CLOUD = ("stories_id,publish_date,title,url,media_name,section,body\n"
               "901,2024-11-05 09:30:00,Ferry talks,http://example.org/a,Harbour Times,World,"
               "\"The ministers met on Tuesday.\"\n")


def test_media_cloud_columns_map_by_default_and_the_rest_is_metadata(write):
    path = write("mc.csv", MEDIA_CLOUD.replace(",body\n", ",text\n"))
    (doc,) = read_file(path)
    assert doc.doc_id == "901"
    assert doc.text == "The ministers met on Tuesday."
    assert doc.meta == {"date": "2024-11-05", "path": str(path), "section": "World", "source": "Harbour Times",
                        "title": "Ferry talks", "url": "http://example.org/a"}


def test_named_columns_say_where_text_date_source_and_id_are(write):
    path = write("mc.csv", MEDIA_CLOUD.replace("section,", "source,").replace(",World,", ",Print,"))
    options = ReadOptions(text_column="body", date_column="publish_date", source_column="media_name",
                          id_column="url")
    (doc,) = read_file(path, options=options)
    assert (doc.doc_id, doc.text) == ("http://example.org/a", "The ministers met on Tuesday.")
    assert doc.meta == {"date": "2024-11-05", "path": str(path), "source": "Harbour Times", "source_original": "Print",
                        "stories_id": "901", "title": "Ferry talks"}


def test_load_corpus_takes_the_column_names(write, tmp_path):
    write("mc.csv", MEDIA_CLOUD)
    corpus = load_corpus(tmp_path / "mc.csv", text_column="body")
    assert [(d.doc_id, d.meta["source"], d.meta["section"]) for d in corpus] == [("901", "Harbour Times", "World")]


def test_gdelt_seendate_and_domain_in_jsonl(write):
    line = {"url": "http://example.org/b", "seendate": "20241106T081500Z", "domain": "example.org",
            "title": "Quotas", "language": "English", "content": "Fishers marched on Wednesday."}
    (doc,) = read_file(write("gdelt.jsonl", json.dumps(line) + "\n"), options=ReadOptions(text_column="content"))
    assert (doc.text, doc.meta["date"], doc.meta["source"], doc.meta["language"]) == \
        ("Fishers marched on Wednesday.", "2024-11-06", "example.org", "English")


def test_a_named_column_the_table_lacks_is_named(write):
    path = write("mc.csv", MEDIA_CLOUD)
    with pytest.raises(CorpusError, match=r"has no 'text' column \(text_column 'content' is not there either\) "
                                          r"\(columns: stories_id, publish_date, title, url, media_name, section, body\)"):
        with pytest.warns(UserWarning, match=r"mc.csv: has no column 'content' \(given as text_column\)"):
            read_file(path, options=ReadOptions(text_column="content"))


def test_column_option_must_be_a_name():
    with pytest.raises(ValueError, match="text_column must be a column name, not ''"):
        ReadOptions(text_column="")


# --------------------------------------------------------------------------- hostile and broken input
# No single file may stop the run: each problem is named, with the file, and the rest is read.


@pytest.mark.parametrize("key, value", [("published", "2024-13-45"), ("updated", "2024-02-30"),
                                        ("seen", "2024-01-01 25:99:99")])
def test_an_impossible_date_under_any_key_is_kept_as_text_with_one_warning(write, key, value):
    path = write("a.md", f"---\ntitle: Talks\n{key}: {value}\n---\n{ARTICLE}")
    with pytest.warns(UserWarning) as caught:
        (doc,) = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: front matter: '{key}': '{value}' is not a real date or time; kept as text"]
    assert doc.text == ARTICLE and doc.meta[key] == value and doc.meta["title"] == "Talks"


def test_an_impossible_date_under_date_is_named_once(write):
    path = write("a.md", f"---\ndate: 2024-02-30\n---\n{ARTICLE}")
    with pytest.warns(UserWarning) as caught:
        (doc,) = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: date '2024-02-30' is not a real date; ignored \u2014 use YYYY-MM-DD"]
    assert doc.date is None and doc.meta["date_raw"] == "2024-02-30"


def test_dates_under_other_keys_are_kept_as_written(write):
    (doc,) = read_file(write("a.md", f"---\nupdated: 2024-11-05 10:00:00\n---\n{ARTICLE}"))
    assert doc.meta["updated"] == "2024-11-05 10:00:00"


def test_an_alias_bomb_in_front_matter_is_refused(write):
    anchors = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    anchors += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 6)]  # 9 ** 6 values
    path = write("bomb.md", "---\n" + "\n".join(anchors) + f"\n---\n{ARTICLE}")
    with pytest.raises(CorpusError) as info:
        read_file(path)
    assert str(info.value) == (f"{path}: YAML front matter refused (line 6 of the file: aliases (*name) expand to "
                               "more than 10,000 values (an alias bomb?)); file skipped")


def test_front_matter_nested_too_deep_is_refused(write):
    path = write("deep.md", "---\nx: " + "[" * 5000 + "]" * 5000 + f"\n---\n{ARTICLE}")
    with pytest.raises(CorpusError) as info:
        read_file(path)
    assert str(info.value) == (f"{path}: YAML front matter refused (line 2 of the file: nested more than 100 "
                               "levels deep); file skipped")


def test_a_huge_integer_in_front_matter_is_kept_as_text(write):
    path = write("n.md", "---\nwords: " + "9" * 5000 + f"\n---\n{ARTICLE}")
    with pytest.warns(UserWarning) as caught:
        (doc,) = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: front matter: 'words': '{'9' * 59}\u2026' is a number of more than 4,300 digits; kept as text"]
    assert doc.meta["words"] == "9" * 5000


def test_bad_jsonl_lines_are_named_and_the_other_lines_read(write):
    lines = ['{"id": "a", "text": "Seoul said so."}', "{broken", '{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}",
             '{"text": "x", "n": [' + "[" * 100 + "]" * 100 + "]}", "[1, 2]", '{"title": "no text"}',
             '{"id": "b", "text": "Kyiv said no.", "words": ' + "9" * 5000 + "}"]
    path = write("feed.jsonl", "\n".join(lines) + "\n")
    with pytest.warns(UserWarning) as caught:
        items = list(iter_corpus(path))
    assert [str(w.message) for w in caught] == [f"{path}: row 7 (id 'b'): 'words': '{'9' * 59}\u2026' is a number "
                                                "of more than 4,300 digits; kept as text"]
    assert [str(i) for i in items if isinstance(i, LoadProblem)] == [
        f"{path}: line 2 is not valid JSON: Expecting property name enclosed in double quotes; skipped",
        f"{path}: line 3 is nested more than 100 levels deep; skipped",
        f"{path}: line 4 is nested more than 100 levels deep; skipped",
        f"{path}: line 5 is not a JSON object; skipped",
        f"{path}: record 6 has no 'text' field; skipped"]
    docs = [i for i in items if not isinstance(i, LoadProblem)]
    assert [(d.doc_id, d.text) for d in docs] == [("a", "Seoul said so."), ("b", "Kyiv said no.")]


def test_a_jsonl_record_whose_text_is_not_a_string_is_named(write):
    path = write("t.jsonl", '{"text": 123}\n{"text": {}}\n{"text": []}\n{"text": true}\n{"text": "Kyiv said so."}\n')
    items = list(iter_corpus(path))
    assert [str(i) for i in items if isinstance(i, LoadProblem)] == [
        f"{path}: record {n}: 'text' is {kind}, not a string; skipped"
        for n, kind in [(1, "a number (123)"), (2, "an object"), (3, "a list"), (4, "true")]]
    assert [d.text for d in items if not isinstance(d, LoadProblem)] == ["Kyiv said so."]


def test_lone_surrogates_are_backslash_escaped():
    assert writable("caf\udce9.txt") == "caf\\xe9.txt"  # an undecodable byte of a file name
    assert writable("a\ud800b") == "a\\ud800b"
    assert writable("plain \u00e9 text") == "plain \u00e9 text"


def test_a_file_name_that_is_not_utf8_gives_an_escaped_id_and_a_table(write, tmp_path):
    from analysis.engines import analyze

    write(os.fsdecode(b"caf\xe9.txt"), "Seoul said so.")  # the name's byte 0xe9 is not UTF-8
    corpus = load_corpus(tmp_path)
    assert [(d.doc_id, d.meta["path"]) for d in corpus] == [("caf\\xe9", str(tmp_path / "caf\\xe9.txt"))]
    assert analyze(corpus, unit="sentence").doc_id.tolist() == ["caf\\xe9"]


def test_lone_surrogates_in_jsonl_text_are_replaced_keeping_offsets(write):
    path = write("s.jsonl", '{"id": "s\\udfff", "text": "Kyiv \\ud800said so.", "title": "a\\ud800"}\n')
    with pytest.warns(UnicodeWarning) as caught:
        (doc,) = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: document 's\\udfff': 1 lone surrogate code point(s), which are not characters, replaced by \ufffd"]
    assert doc.text == "Kyiv \ufffdsaid so."
    assert (doc.doc_id, doc.meta["title"]) == ("s\\udfff", "a\\ud800")


@pytest.mark.parametrize("long_field", ['"' + "word " * 30_000 + '"', '"' + "word\n" * 30_000 + '"'])
def test_a_csv_field_over_the_limit_skips_only_its_row(write, long_field):
    path = write("big.csv", f'id,text\na,"Seoul said so."\nb,{long_field}\nc,"Kyiv said no."\n')
    items = list(iter_corpus(path))
    assert [str(i) for i in items if isinstance(i, LoadProblem)] == [
        f"{path}: row 2 (line 3) cannot be read as CSV (field larger than field limit (131072)); skipped"]
    assert [(d.doc_id, d.text) for d in items if not isinstance(d, LoadProblem)] == [
        ("a", "Seoul said so."), ("c", "Kyiv said no.")]


def test_read_file_warns_about_the_records_it_skips(write):
    path = write("feed.jsonl", '{"text": "Seoul said so."}\n{broken\n')
    with pytest.warns(UserWarning, match="feed.jsonl: line 2 is not valid JSON"):
        assert [d.text for d in read_file(path)] == ["Seoul said so."]


def test_a_stray_latin1_byte_in_utf8_is_replaced_with_a_warning(write):
    data = "Kyiv said \u201cno\u201d to the caf".encode() + b"\xe9" + " plan.".encode()
    path = write("stray.txt", data)
    with pytest.warns(UnicodeWarning) as caught:
        (doc,) = read_file(path)
    assert [str(w.message) for w in caught] == [
        f"{path}: not valid UTF-8 at byte 29 (0xe9); read as UTF-8 with each invalid byte replaced by \ufffd"]
    assert doc.text == "Kyiv said \u201cno\u201d to the caf\ufffd plan."
    assert doc.meta["encoding"] == "utf-8 with replacements"


def test_utf16_without_a_byte_order_mark_is_read(write):
    path = write("u16.txt", "Kyiv said the troops had arrived.".encode("utf-16-le"))
    with pytest.warns(UnicodeWarning, match="u16.txt: UTF-16 without a byte-order mark; decoded as UTF-16-LE"):
        (doc,) = read_file(path)
    assert doc.text == "Kyiv said the troops had arrived."


@pytest.mark.parametrize("html", ["builtin", "trafilatura"])
def test_an_unclosed_html_comment_does_not_turn_markup_into_text_or_hide_the_rest(write, html):
    path = write("c.html", "<html><body><p>Kyiv said so.</p><!-- old <p>Moscow <b>said</b> no.</p></body></html>")
    with pytest.warns(UserWarning, match="c.html: line 1: a comment '<!--' is never closed"):
        (doc,) = read_file(path, options=ReadOptions(html=html))
    assert doc.text == "Kyiv said so.\nold\nMoscow said no."


@pytest.mark.parametrize("section", ["<![CD", "<![foo[ x ]]>", "<![if !IE]>"])
def test_a_marked_section_the_parser_does_not_know_is_a_comment(write, section):
    (doc,) = read_file(write("m.html", f"<p>Kyiv said so.</p>{section}<p>Moscow said no.</p>"),
                       options=ReadOptions(html="builtin"))
    assert doc.text == "Kyiv said so.\nMoscow said no."


def test_an_unreadable_folder_is_named_and_the_rest_read(write, tmp_path, monkeypatch):
    write("open/a.txt", "Seoul said so.")
    write("locked/b.txt", "Kyiv said so.")
    real_scandir = os.scandir

    def scandir(path="."):  # as a folder without read permission (tests may run as root, who may read all)
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_corpus(tmp_path))
    assert [str(i) for i in items if isinstance(i, LoadProblem)] == [
        f"{tmp_path / 'locked'}: folder cannot be read (Permission denied); its files were skipped"]
    assert [d.doc_id for d in items if not isinstance(d, LoadProblem)] == ["a"]


def test_a_named_pipe_is_not_read(tmp_path):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    assert [str(i) for i in iter_corpus(pipe)] == [
        f"{pipe}: is not a regular file or folder (a pipe, socket or device); not read"]
    assert [str(i) for i in iter_corpus(tmp_path)] == [
        f"{pipe}: is not a regular file (a pipe, socket or device); skipped"]


def test_a_link_to_a_file_outside_the_folder_is_read_with_a_warning(write, tmp_path):
    outside = write("elsewhere/notes.txt", "Kyiv said so.")
    write("corpus/a.txt", "Seoul said so.")
    (tmp_path / "corpus" / "b.txt").symlink_to(outside)
    (tmp_path / "corpus" / "gone.txt").symlink_to(tmp_path / "missing.txt")
    with pytest.warns(UserWarning) as caught:
        items = list(iter_corpus(tmp_path / "corpus"))
    assert [str(w.message) for w in caught] == [
        f"{tmp_path / 'corpus' / 'b.txt'}: a symbolic link to {outside}, outside the folder {tmp_path / 'corpus'}; "
        "read all the same"]
    assert [str(i) if isinstance(i, LoadProblem) else i.doc_id for i in items] == [
        "a", "b", f"{tmp_path / 'corpus' / 'gone.txt'}: is a symbolic link to a file that does not exist; skipped"]
