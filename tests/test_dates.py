from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import (
    DateValue,
    find_date_expressions,
    needs_anchor,
    parse_dateline,
    resolve_date,
    resolve_relative_to,
)

MONDAY = date(2025, 10, 13)  # a Monday
THURSDAY = date(2025, 10, 16)
NEW_YEAR = date(2026, 1, 6)


# (article start, dateline date, the body begins with)
DATELINES = [
    ("PARIS, Oct. 13, 2025 — Catherine Vautrin met her counterparts.", date(2025, 10, 13), "Catherine"),
    ("PARIS, January 6, 2026 — Leaders gathered at the Elysee.", date(2026, 1, 6), "Leaders"),
    ("KYIV — Russia battered the power grid overnight.", None, "Russia"),
    ("WASHINGTON (Reuters) - The Senate adjourned.", None, "The Senate"),
    ("LONDON, 5 October 2025 – Ministers met.", date(2025, 10, 5), "Ministers"),
    ("Kyiv, Ukraine, Nov. 3 (AP) — Officials said.", None, "Officials"),
    ("NEW YORK, Sept. 22, 2025 (AP) — The assembly opened.", date(2025, 9, 22), "The assembly"),
    ("BRUSSELS -- Diplomats arrived early.", None, "Diplomats"),
    ("GENEVA, Feb. 30, 2025 — Odd dates still strip.", None, "Odd"),
    ("Muscat (AFP) – Feb 8, 2026 – Yemen's government agreed.", date(2026, 2, 8), "Yemen's"),  # AFP
]


@pytest.mark.parametrize("text, expected_date, body", DATELINES)
def test_parse_dateline(text, expected_date, body):
    found, offset = parse_dateline(text)
    assert found == expected_date
    assert offset > 0
    assert text[offset:].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine is currently hosting talks with security advisers.",
        "President Zelensky — who returned on Sunday — spoke briefly.",
        "Ukraine-based analysts disagree.",
        "The talks - which began in May - stalled.",
        "A long first sentence with no dateline at all.",
        "",
        "KYIV — ",
    ],
)
def test_parse_dateline_absent(text):
    assert parse_dateline(text) == (None, 0)


# (expression, reference, tense, iso, relative)
RESOLVE = [
    ("Oct. 13, 2025", None, "past", "2025-10-13", False),
    ("October 13, 2025", MONDAY, "past", "2025-10-13", False),
    ("13 October 2025", None, "past", "2025-10-13", False),
    ("January 6, 2026", None, "past", "2026-01-06", False),
    ("5 October", MONDAY, "past", "2025-10-05", True),
    ("on 5 October", MONDAY, "past", "2025-10-05", True),
    ("Sept. 8", MONDAY, "past", "2025-09-08", True),
    ("On Sept. 8", MONDAY, "past", "2025-09-08", True),
    ("Dec. 20", NEW_YEAR, "past", "2025-12-20", True),  # year roll-over backwards
    ("Jan. 5", date(2025, 12, 20), "future", "2026-01-05", True),  # and forwards
    ("Nov. 2", MONDAY, "past", "2025-11-02", True),  # under ~2 months ahead stays in the year
    ("Monday, Oct. 13", MONDAY, "past", "2025-10-13", True),
    ("in November", MONDAY, "past", "2024-11", True),
    ("in November", MONDAY, "future", "2025-11", True),
    ("in November", NEW_YEAR, "past", "2025-11", True),
    ("in September", MONDAY, "past", "2025-09", True),
    ("in October", MONDAY, "future", "2025-10", True),
    ("since June", MONDAY, "past", "2025-06", True),
    ("in March 2024", None, "past", "2024-03", False),
    ("by the end of October", MONDAY, "future", "2025-10", True),
    ("in 2023", None, "past", "2023", False),
    ("2023", MONDAY, "past", "2023", False),
    ("mid-2023", None, "past", "2023", False),
    ("last year", MONDAY, "past", "2024", True),
    ("this year", MONDAY, "past", "2025", True),
    ("earlier this year", MONDAY, "past", "2025", True),
    ("next year", MONDAY, "future", "2026", True),
    ("last month", NEW_YEAR, "past", "2025-12", True),
    ("on Friday", MONDAY, "past", "2025-10-10", True),
    ("Friday", MONDAY, "future", "2025-10-17", True),
    ("on Saturday", MONDAY, "past", "2025-10-11", True),
    ("late on Sunday", MONDAY, "past", "2025-10-12", True),
    ("on Monday", MONDAY, "past", "2025-10-13", True),  # the article's own weekday is that day
    ("on Tuesday", date(2025, 10, 14), "past", "2025-10-14", True),
    ("overnight into Thursday", THURSDAY, "past", "2025-10-16", True),
    ("Friday night", MONDAY, "past", "2025-10-10", True),
    ("Friday's", MONDAY, "past", "2025-10-10", True),
    ("last Monday", MONDAY, "past", "2025-10-06", True),
    ("next Monday", MONDAY, "future", "2025-10-20", True),
    ("today", MONDAY, "past", "2025-10-13", True),
    ("yesterday", MONDAY, "past", "2025-10-12", True),
    ("last night", MONDAY, "past", "2025-10-12", True),
    ("tomorrow", MONDAY, "future", "2025-10-14", True),
    ("next week", THURSDAY, "future", "2025-10-20", True),  # Monday of the following week
    ("last week", MONDAY, "past", "2025-10-06", True),
    ("two days ago", MONDAY, "past", "2025-10-11", True),
]


@pytest.mark.parametrize("expression, reference, tense, iso, relative", RESOLVE)
def test_resolve_date(expression, reference, tense, iso, relative):
    assert resolve_date(expression, reference, tense=tense) == DateValue(iso, expression, relative)


@pytest.mark.parametrize(
    "expression, reference",
    [
        ("", MONDAY),
        ("   ", MONDAY),
        ("the talks", MONDAY),
        ("Feb. 30", MONDAY),
        ("Feb. 30, 2025", None),
        ("Sept. 8", None),
        ("on Friday", None),
        ("in November", None),
        ("yesterday", None),
        ("the next day", MONDAY),
        ("1850", None),
        ("13/10/2025", MONDAY),
        ("Octopus 13", MONDAY),
    ],
)
def test_resolve_date_none(expression, reference):
    assert resolve_date(expression, reference) is None


def test_resolve_date_never_raises_on_odd_input():
    for odd in (None, 42, "\x00", "on " * 50, "October 99, 2025", "0 October"):
        assert resolve_date(odd, MONDAY) is None  # type: ignore[arg-type]


ANCHOR = DateValue("2025-09-08", "Sept. 8", True)


@pytest.mark.parametrize(
    "expression, iso",
    [
        ("the next day", "2025-09-09"),
        ("the following day", "2025-09-09"),
        ("the following morning", "2025-09-09"),
        ("the day after", "2025-09-09"),
        ("that evening", "2025-09-08"),
        ("later that day", "2025-09-08"),
        ("the previous day", "2025-09-07"),
        ("two days later", "2025-09-10"),
        ("On the next day", "2025-09-09"),
        ("a week later", "2025-09-15"),
    ],
)
def test_resolve_relative_to(expression, iso):
    assert needs_anchor(expression)
    assert resolve_relative_to(expression, ANCHOR) == DateValue(iso, expression, True)


def test_resolve_relative_to_needs_a_day_anchor():
    assert resolve_relative_to("the next day", DateValue("2025-09", "in September", True)) is None
    assert resolve_relative_to("on Friday", ANCHOR) is None
    assert not needs_anchor("on Friday")


@pytest.mark.parametrize(
    "sentence, spans",
    [
        ("On Sept. 8, the National Assembly voted.", ["On Sept. 8"]),
        (
            "Talks resumed late on Sunday and ran overnight into Thursday.",
            ["late on Sunday", "overnight into Thursday"],
        ),
        (
            "The group, founded in 2014, met on 5 October 2025 and again the next day.",
            ["in 2014", "on 5 October 2025", "the next day"],
        ),
        ("Officials may march in May; prices rose in March 2024.", ["in May", "in March 2024"]),
        ("Russia's 2022 invasion killed 2000 people last year.", ["last year"]),
        (
            "On Monday, Oct. 13, the envoy said he would return next week.",
            ["On Monday, Oct. 13", "next week"],
        ),
        (
            "She said yesterday morning that strikes continued since mid-September.",
            ["yesterday morning", "since mid-September"],
        ),
        ("No date here at all.", []),
        ("", []),
    ],
)
def test_find_date_expressions(sentence, spans):
    found = find_date_expressions(sentence)
    assert [text for _, _, text in found] == spans
    for start, end, text in found:
        assert sentence[start:end] == text
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sept. 8, the National Assembly voted.",
        "Talks resumed late on Sunday and ran overnight into Thursday.",
        "Officials met in May, in 2014 and last year, and again yesterday.",
    ],
)
def test_found_expressions_resolve(sentence):
    for _, _, text in find_date_expressions(sentence):
        assert resolve_date(text, MONDAY) is not None, text


def test_an_agency_named_after_the_date_without_brackets_ends_a_dateline():
    from kg.extract.dates import parse_dateline

    text = "TOKYO, Jan. 14, 2026 Kyodo - Prime Minister Kenji Morimoto reshuffled his Cabinet."
    found, body = parse_dateline(text)
    assert found is not None and found.isoformat() == "2026-01-14"
    assert text[body:].startswith("Prime Minister")
    assert parse_dateline("KYIV Independent - a live blog")[1] == 0  # no date: no dateline


def test_a_dateline_after_the_outlet_and_a_bar_gives_the_date():
    from kg.extract.dates import find_dateline

    text = "Nile Observer | JUBA, 19 May 2026 - The talks resumed on Monday."
    found, start, end = find_dateline(text)
    assert found.isoformat() == "2026-05-19" and text[end:].startswith("The talks")
