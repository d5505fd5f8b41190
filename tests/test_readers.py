"""Readers of news-database exports and saved pages: Nexis Uni (.docx, .rtf), Factiva (.rtf, .html),
trafilatura. The sample files are written here in those layouts; every sentence is our own."""

from __future__ import annotations

import io

import pytest

from analysis.corpus import CorpusError, ReadOptions, read_file
from analysis.readers import factiva, nexis, web

NBSP = "\u00a0"

# A Nexis Uni batch: cover page, two articles, and a graphic-only entry without a body.
NEXIS_LINES = [
    "User Name: =Student", "Date and Time: = Nov 07, 2024 09:12", "Job Number: = 55501", "Documents (3)",
    "1. Ferry talks stall over fishing quotas", "Client/Matter: -None-", "Search Terms: ferry AND quotas", "",
    "Ferry talks stall over fishing quotas", "The Harbour Courier", "November 5, 2024 Tuesday 10:30 AM EST",
    "Copyright 2024 The Harbour Courier All Rights Reserved",
    f"Section:{NBSP}WORLD; Pg. 3", f"Length:{NBSP}58 words", f"Byline:{NBSP}Ana Lima", "Body",
    "PORT ELLEN, Nov. 5 -- The two island governments failed on Tuesday to agree on fishing quotas.",
    "\"We will not sign a deal that empties our villages,\" the fisheries minister said.",
    "", "Classification", f"Language:{NBSP}ENGLISH", f"Load-Date:{NBSP}November 6, 2024", "End of Document",
    "Minister praises new ferry timetable", "Island Radio", "6 November 2024 Wednesday",
    f"Length:{NBSP}31 words", "Body", "The transport minister said the new timetable would help students.",
    f"Load-Date:{NBSP}November 7, 2024", "End of Document",
    "Map of the ferry routes", "The Harbour Courier", "November 7, 2024 Thursday", "Graphic", "A map.",
    "End of Document",
]


def nexis_docx(lines: list[str]) -> bytes:
    """A .docx file with one paragraph per line, labels in bold as Nexis Uni writes them."""
    import docx

    document = docx.Document()
    for line in lines:
        paragraph = document.add_paragraph()
        label, sep, value = line.partition(NBSP)
        if sep:
            paragraph.add_run(label + sep).bold = True
            paragraph.add_run(value)
        else:
            paragraph.add_run(line).bold = line in ("Body", "Classification")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rtf(lines: list[str]) -> str:
    """An RTF document with one paragraph per line (tabs as \\tab, non-ASCII as \\u escapes)."""
    def escape(text):
        text = text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("\t", "\\tab ")
        return "".join(c if ord(c) < 128 else f"\\u{ord(c) if ord(c) < 32768 else ord(c) - 65536}?" for c in text)

    return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n" + \
        "".join(f"\\pard {escape(line)}\\par\n" for line in lines) + "}"


def test_nexis_docx_gives_one_document_per_article_with_metadata(write):
    path = write("batch.docx", nexis_docx(NEXIS_LINES))
    with pytest.warns(UserWarning, match=r"batch.docx: article 3 has no 'Body' line"):
        docs = read_file(path)
    assert [d.doc_id for d in docs] == ["batch-1", "batch-2"]
    first, second = docs
    assert first.text == ("PORT ELLEN, Nov. 5 -- The two island governments failed on Tuesday to agree on fishing "
                          "quotas.\n\"We will not sign a deal that empties our villages,\" the fisheries minister said.")
    assert first.meta == {"title": "Ferry talks stall over fishing quotas", "source": "The Harbour Courier",
                          "date": "2024-11-05", "section": "WORLD; Pg. 3", "length": "58 words", "byline": "Ana Lima",
                          "rights": "Copyright 2024 The Harbour Courier All Rights Reserved", "language": "ENGLISH",
                          "load_date": "November 6, 2024", "path": str(path)}
    assert (second.meta["title"], second.meta["source"], second.meta["date"]) == \
        ("Minister praises new ferry timetable", "Island Radio", "2024-11-06")
    assert second.text == "The transport minister said the new timetable would help students."


def test_nexis_rtf_reads_like_the_docx(write):
    path = write("batch.rtf", rtf(NEXIS_LINES))
    with pytest.warns(UserWarning, match="article 3 has no 'Body' line"):
        docs = read_file(path)
    assert [(d.doc_id, d.meta["title"], d.meta["date"]) for d in docs] == [
        ("batch-1", "Ferry talks stall over fishing quotas", "2024-11-05"),
        ("batch-2", "Minister praises new ferry timetable", "2024-11-06")]


def test_nexis_export_without_any_body_is_named(write):
    path = write("empty.docx", nexis_docx(["A title", "An outlet", "November 5, 2024", "Graphic", "End of Document"]))
    with pytest.warns(UserWarning), pytest.raises(CorpusError, match=r"empty.docx: has no article with text"):
        read_file(path)


def test_a_plain_word_file_is_one_document(write):
    import docx

    document = docx.Document()
    document.core_properties.title = "Notes from the harbour"
    for line in ("The mayor opened the new pier on Friday.", "", "Fishers welcomed it."):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    (doc,) = read_file(write("notes.docx", buffer.getvalue()))
    assert (doc.doc_id, doc.text, doc.meta["title"]) == \
        ("notes", "The mayor opened the new pier on Friday.\nFishers welcomed it.", "Notes from the harbour")


def test_a_broken_docx_is_named(write):
    path = write("broken.docx", b"PK\x03\x04 not really a zip")
    with pytest.raises(CorpusError, match=r"broken.docx: is not a readable .docx file"):
        read_file(path)


def _docx_with(replace_part) -> bytes:
    """A one-paragraph Word file whose parts are passed through ``replace_part(name, data)``."""
    import zipfile

    source = io.BytesIO(nexis_docx(["The pier opened on Friday."]))
    target = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for part in zin.infolist():
            zout.writestr(part.filename, replace_part(part.filename, zin.read(part.filename)))
    return target.getvalue()


def test_a_docx_zip_bomb_is_refused_before_it_is_unzipped(write):
    bomb = _docx_with(lambda name, data: data.replace(b"The pier opened on Friday.", b"A" * 70_000_000)
                      if name == "word/document.xml" else data)
    path = write("bomb.docx", bomb)  # ~70 KB on disk
    with pytest.raises(CorpusError) as info:
        read_file(path)
    assert str(info.value) == f"{path}: would unzip to 70,826,224 bytes, more than 67,108,864; refused (a zip bomb?)"


def _central_header(data: bytes, offset: int, value: int) -> bytes:
    """``data`` (a zip) with one byte of its first central-directory header set to ``value``."""
    at = data.index(b"PK\x01\x02") + offset
    return data[:at] + bytes([value]) + data[at + 1:]


@pytest.mark.parametrize("damage", [
    lambda data: _central_header(data, 6, 231),        # 'version needed to extract' 23.1: NotImplementedError
    lambda data: _central_header(data, 8, 1),          # marked encrypted: RuntimeError
    lambda data: _docx_with(lambda name, part: b"<w:document" if name == "word/document.xml" else part),
    lambda data: _docx_with(lambda name, part: (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                                                 + b"".join(b'<!ENTITY a%d "%s">' % (n, (b"&a%d;" % (n - 1) if n > 1 else b"&a;") * 10)
                                                            for n in range(1, 9)) + b"]><d>&a8;</d>")
                            if name == "word/document.xml" else part),   # an XML entity bomb
])
def test_a_damaged_docx_is_named_whatever_the_damage(write, damage):
    path = write("damaged.docx", damage(nexis_docx(["The pier opened on Friday."])))
    with pytest.raises(CorpusError, match=r"damaged.docx: is not a readable .docx file"):
        read_file(path)


def test_a_factiva_page_with_an_unknown_marked_section_is_read():
    page = FACTIVA_HTML.replace("</body>", "<![CD</body>")
    assert factiva.html_lines(page) == factiva.html_lines(FACTIVA_HTML)


# Factiva "Full Article/Report plus Indexing": a code, a tab, the value; LP and TD hold the text.
FACTIVA_INDEXED = [
    "HD\tIslands agree on ferry subsidy", "BY\tTom Reyes", "WC\t44 words", "PD\t5 November 2024",
    "SN\tCoastal Wire", "SC\tCWIRE", "LA\tEnglish", "CY\t(c) 2024 Coastal Wire",
    "LP\t", "The two islands agreed on Tuesday to share the cost of the ferry.",
    "TD\t", "\u201cIt is a fair deal,\u201d the finance minister said.", "The opposition called it rushed.",
    "NS\tgtrans : Transport", "AN\tDocument CWIRE00020241105ekb50001x",
    "SE\tRegion", "HD\tFishers protest outside parliament", "WC\t20 words", "PD\t6 November 2024",
    "SN\tCoastal Wire", "LP\t", "Hundreds of fishers marched to parliament on Wednesday.",
    "AN\tDocument CWIRE00020241106ekb60002y",
]


def test_factiva_rtf_with_indexing_gives_one_document_per_article(write):
    docs = read_file(write("factiva.rtf", rtf(FACTIVA_INDEXED)))
    assert [d.doc_id for d in docs] == ["CWIRE00020241105ekb50001x", "CWIRE00020241106ekb60002y"]
    first, second = docs
    assert first.text == ("The two islands agreed on Tuesday to share the cost of the ferry.\n"
                          "\u201cIt is a fair deal,\u201d the finance minister said.\nThe opposition called it rushed.")
    assert {k: v for k, v in first.meta.items() if k != "path"} == {
        "title": "Islands agree on ferry subsidy", "byline": "Tom Reyes", "length": "44 words", "date": "2024-11-05",
        "source": "Coastal Wire", "language": "English", "rights": "(c) 2024 Coastal Wire"}
    assert (second.meta["section"], second.meta["date"], second.text) == \
        ("Region", "2024-11-06", "Hundreds of fishers marched to parliament on Wednesday.")


FACTIVA_ARTICLE_FORMAT = [
    "Transport", "Islands agree on ferry subsidy", "By Tom Reyes", "44 words", "5 November 2024", "10:32",
    "Coastal Wire", "CWIRE", "English", "Copyright 2024 Coastal Wire. All rights reserved.",
    "The two islands agreed on Tuesday to share the cost of the ferry.", "The opposition called it rushed.",
    "Document CWIRE00020241105ekb50001x", "",
    "Fishers protest outside parliament", "20 words", "6 November 2024", "Coastal Wire", "CWIRE", "English",
    "Hundreds of fishers marched to parliament on Wednesday.", "Document CWIRE00020241106ekb60002y",
]


def test_factiva_article_format_rtf(write):
    first, second = read_file(write("articles.rtf", rtf(FACTIVA_ARTICLE_FORMAT)))
    assert {k: v for k, v in first.meta.items() if k != "path"} == {
        "section": "Transport", "title": "Islands agree on ferry subsidy", "byline": "Tom Reyes",
        "length": "44 words", "date": "2024-11-05", "source": "Coastal Wire", "language": "English",
        "rights": "Copyright 2024 Coastal Wire. All rights reserved."}
    assert first.text == "The two islands agreed on Tuesday to share the cost of the ferry.\nThe opposition called it rushed."
    assert (second.doc_id, second.meta["title"], second.text) == (
        "CWIRE00020241106ekb60002y", "Fishers protest outside parliament",
        "Hundreds of fishers marched to parliament on Wednesday.")
    assert "section" not in second.meta and "rights" not in second.meta


def _cell_row(code: str, value: str) -> str:
    return f'<tr><td align="right" class="index"><b>{code}</b>&nbsp;</td><td>{value}</td></tr>\n'


FACTIVA_HTML = (
    "<html><head><title>Factiva</title><style>.article{}</style></head><body>"
    "<div id='navcontainer'><h1>Factiva</h1><span>Dow Jones</span></div>"
    "<div class='article enArticle'><table>"
    + _cell_row("HD", "<b class='enHeadline'>Islands agree on ferry subsidy</b>")
    + _cell_row("WC", "44 words") + _cell_row("PD", "5 November 2024") + _cell_row("SN", "Coastal Wire")
    + _cell_row("LA", "English")
    + _cell_row("LP", "<p class='articleParagraph'>The two islands agreed on Tuesday to share the cost of the "
                      "ferry.</p>\n<p class='articleParagraph'>It starts in May.</p>")
    + _cell_row("TD", "<p class='articleParagraph'>The opposition &amp; the unions called it rushed.</p>")
    + _cell_row("AN", "<br/>Document CWIRE00020241105ekb50001x")
    + "</table></div><div class='article enArticle'><table>"
    + _cell_row("HD", "<b>Fishers protest</b>") + _cell_row("PD", "6 November 2024")
    + _cell_row("LP", "<p>Hundreds of fishers marched on Wednesday.</p>")
    + _cell_row("AN", "<br/>Document CWIRE00020241106ekb60002y")
    + "</table></div><div id='pageFooter'>\u00a9 2024 Factiva, Inc. All rights reserved.</div></body></html>")


@pytest.mark.parametrize("html", ["auto", "builtin"])
def test_factiva_html_is_read_as_articles_whatever_the_html_option(write, html):
    first, second = read_file(write("export.html", FACTIVA_HTML), options=ReadOptions(html=html))
    assert (first.doc_id, first.meta["title"], first.meta["date"], first.meta["source"]) == \
        ("CWIRE00020241105ekb50001x", "Islands agree on ferry subsidy", "2024-11-05", "Coastal Wire")
    assert first.text == ("The two islands agreed on Tuesday to share the cost of the ferry.\nIt starts in May.\n"
                          "The opposition & the unions called it rushed.")
    assert (second.doc_id, second.meta["title"], second.text) == \
        ("CWIRE00020241106ekb60002y", "Fishers protest", "Hundreds of fishers marched on Wednesday.")


def test_an_ordinary_page_is_not_taken_for_factiva():
    page = "<html><body><div class='article'><p>The pier opened.</p></div></body></html>"
    assert not factiva.looks_like_factiva_html(page)
    assert factiva.looks_like_factiva_html(FACTIVA_HTML)


def test_rtf_that_is_no_export_is_one_document(write):
    (doc,) = read_file(write("memo.rtf", rtf(["The harbour master retired on Monday.", "", "A party followed."])))
    assert (doc.doc_id, doc.text) == ("memo", "The harbour master retired on Monday.\nA party followed.")


def test_a_file_called_rtf_that_is_not_rtf_is_named(write):
    with pytest.raises(CorpusError, match=r"fake.rtf: is not an RTF file"):
        read_file(write("fake.rtf", "just text"))


def test_nexis_date_lines_are_found_with_weekday_and_time():
    for line, date in [("November 5, 2024 Tuesday", "November 5, 2024"),
                       ("Tuesday, November 5, 2024", "November 5, 2024"),
                       ("5 November 2024 Tuesday 10:30 AM GMT", "5 November 2024"),
                       ("Nov. 5, 2024", "Nov. 5, 2024")]:
        assert nexis._DATE_LINE.match(line)["date"] == date, line
    assert nexis._DATE_LINE.match("Date and Time: = Nov 07, 2024 09:12") is None


# A saved page long enough for trafilatura to find the article (it leaves out menus and footers).
SAVED_PAGE = """<html lang="en"><head><title>Ministers meet | Harbour Times</title>
<meta property="og:title" content="Ministers meet on the ferry line">
<meta name="author" content="Ana Lima">
<meta property="article:published_time" content="2024-11-05T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet on the ferry line</h1>
<p>The two foreign ministers met in a harbour town on Tuesday to talk about fishing quotas and a new ferry line between their islands.</p>
<p>"We want the ferry to run before the summer," the older minister said after the meeting, adding that the budget was ready.</p>
<p>The other minister declined to comment on the quotas, which have divided the fishing villages of both islands for a decade.</p>
</article><footer>Copyright Harbour Times. All rights reserved. Subscribe to our newsletter.</footer></body></html>"""
SAVED_PAGE_PARAGRAPHS = [
    "The two foreign ministers met in a harbour town on Tuesday to talk about fishing quotas and a new ferry line "
    "between their islands.",
    "\"We want the ferry to run before the summer,\" the older minister said after the meeting, adding that the "
    "budget was ready.",
    "The other minister declined to comment on the quotas, which have divided the fishing villages of both islands "
    "for a decade."]


@pytest.mark.skipif(not web.available(), reason="trafilatura is not installed (pip install -e '.[web]')")
def test_trafilatura_reads_body_date_and_author_of_a_saved_page(write):
    (doc,) = read_file(write("page.html", SAVED_PAGE), options=ReadOptions(html="trafilatura"))
    assert doc.text.splitlines()[-3:] == SAVED_PAGE_PARAGRAPHS
    assert "Home" not in doc.text and "Subscribe" not in doc.text
    assert (doc.meta["date"], doc.meta["author"], doc.meta["extractor"]) == ("2024-11-05", "Ana Lima", "trafilatura")


def test_builtin_extractor_reads_the_visible_text_of_a_saved_page(write):
    (doc,) = read_file(write("page.html", SAVED_PAGE), options=ReadOptions(html="builtin"))
    assert doc.text.splitlines()[-3:] == SAVED_PAGE_PARAGRAPHS
    assert (doc.meta["date"], doc.meta["author"], doc.meta["extractor"]) == ("2024-11-05", "Ana Lima", "builtin")


def test_unknown_html_extractor_lists_the_choices():
    with pytest.raises(ValueError, match="unknown html extractor 'lxml'; choose one of: auto, trafilatura, builtin"):
        ReadOptions(html="lxml")


def test_auto_falls_back_to_the_builtin_extractor_without_trafilatura(write, monkeypatch):
    monkeypatch.setattr(web, "available", lambda: False)
    (doc,) = read_file(write("page.html", SAVED_PAGE))
    assert doc.meta["extractor"] == "builtin" and doc.text.splitlines()[-1] == SAVED_PAGE_PARAGRAPHS[-1]
    with pytest.raises(ValueError, match=r"html='trafilatura' needs trafilatura: pip install -e \".\[web\]\""):
        ReadOptions(html="trafilatura")
