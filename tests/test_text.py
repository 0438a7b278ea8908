"""kg.text: reading an article file, refusing what is not an English text article."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.text import MAX_BYTES, parse_article, read_article

ENGLISH = "Ukraine is hosting talks with security advisers as it aims to finalize a peace deal.\n"


def write(tmp_path, data: bytes, name: str = "article.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="nope.txt"):
        read_article(tmp_path / "nope.txt")


def test_folder_is_refused(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    with pytest.raises(InputError, match="articles.*folder"):
        read_article(folder)


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "empty"),
        (b"  \n\t\r\n  ", "empty"),
        (b"Ukraine\x00\x01\x02 talks", "binary"),
        (b"\xff\xfe\xfa", "UTF-8"),
        ("Україна проводить переговори з радниками з питань безпеки щодо мирної угоди.".encode(), "English"),
        ("乌克兰正在与安全顾问举行会谈，以敲定和平协议。".encode(), "English"),
    ],
    ids=["empty", "whitespace", "binary", "undecodable", "cyrillic", "cjk"],
)
def test_unreadable_article_is_refused_with_its_name(tmp_path, data, why):
    path = write(tmp_path, data, "bad-article.txt")
    with pytest.raises(InputError) as caught:
        read_article(path)
    message = str(caught.value)
    assert "bad-article.txt" in message
    assert why in message
    assert "\n" not in message


def test_oversized_file_is_refused():
    with pytest.raises(InputError, match="huge.txt"):
        parse_article(b"a" * (MAX_BYTES + 1), "huge.txt")


def test_utf8_bom_is_accepted(tmp_path):
    article = read_article(write(tmp_path, b"\xef\xbb\xbf" + ENGLISH.encode()))
    assert article.text == ENGLISH
    assert article.name == "article.txt"


def test_crlf_and_cr_line_ends_are_normalised(tmp_path):
    article = read_article(write(tmp_path, ENGLISH.replace("\n", "\r\n").encode() * 2 + b"Russia said no.\r"))
    assert "\r" not in article.text
    assert article.text == ENGLISH * 2 + "Russia said no.\n"


DATELINED = "PARIS, Oct. 13, 2025 \u2014 Body of the report on Ukraine.".encode()


def test_dateline_gives_date_and_body_start(tmp_path):
    article = read_article(write(tmp_path, DATELINED))
    assert article.date == "2025-10-13"
    assert article.text[article.body_start :].startswith("Body")


def test_no_dateline_gives_no_date_and_body_at_start(tmp_path):
    article = read_article(write(tmp_path, ENGLISH.encode()))
    assert article.date is None
    assert article.body_start == 0


def test_explicit_date_wins_over_the_dateline(tmp_path):
    path = write(tmp_path, DATELINED)
    assert read_article(path, date="2024-01-02").date == "2024-01-02"


def test_explicit_date_is_used_without_a_dateline(tmp_path):
    assert read_article(write(tmp_path, ENGLISH.encode()), date="2024-01-02").date == "2024-01-02"


def test_content_hash_follows_the_bytes(tmp_path):
    first = read_article(write(tmp_path, ENGLISH.encode(), "a.txt"))
    same = read_article(write(tmp_path, ENGLISH.encode(), "b.txt"))
    other = read_article(write(tmp_path, (ENGLISH + "Russia said no.\n").encode(), "c.txt"))
    assert first.sha256 == same.sha256 != other.sha256


def test_a_dateline_after_a_headline_is_found_and_left_out_of_the_body(tmp_path):
    text = "Minister quits\n\nNAIROBI, July 9, 2026 (Daily Nation) \u2014 The health minister resigned.\n"
    article = read_article(write(tmp_path, text.encode()))
    assert article.date == "2026-07-09"
    assert article.text[article.dateline_start : article.body_start].startswith("NAIROBI, July 9")
    assert article.text[article.body_start :].startswith("The health minister")


def test_a_line_that_is_only_a_date_under_the_headline_dates_the_article(tmp_path):
    text = "Governor fired\n\nMeduza\nFebruary 16, 2026\n\nThe president dismissed the governor on Monday.\n"
    article = read_article(write(tmp_path, text.encode()))
    assert article.date == "2026-02-16" and article.dateline_start == article.body_start == 0
