from __future__ import annotations

import pytest

from kg.extract.figures import (
    Quantity,
    looks_like_year,
    number_value,
    parse_compound_number,
    parse_quantity,
)

# (phrase, value, qualifier, surface text, percent)
DEFINITE = [
    ("the strike wounded 1,200 civilians", 1200, None, "1,200", False),
    ("some 150,000 residents fled the city", 150000, "about", "some 150,000", False),
    ("over 60,000 troops massed near the border", 60000, "more than", "over 60,000", False),
    ("inflation reached 3.5 in August", 3.5, None, "3.5", False),
    ("killing at least fourteen people", 14, "at least", "at least fourteen", False),
    ("twenty-six ministers signed the letter", 26, None, "twenty-six", False),
    ("a convoy of forty-two trucks", 42, None, "forty-two", False),
    ("one hundred delegates", 100, None, "one hundred", False),
    ("two thousand soldiers", 2000, None, "two thousand", False),
    ("a dozen drones were shot down", 12, None, "a dozen", False),
    ("more than a dozen villages", 12, "more than", "more than a dozen", False),
    ("two dozen hostages", 24, None, "two dozen", False),
    ("a deal worth 44 billion dollars", 44_000_000_000, None, "44 billion", False),
    ("about 1.2 million people lack power", 1_200_000, "about", "about 1.2 million", False),
    ("aid of 4.1 million euros", 4_100_000, None, "4.1 million", False),
    ("three million refugees", 3_000_000, None, "three million", False),
    ("one hundred and fifty thousand homes", 150_000, None, "one hundred and fifty thousand", False),
    ("two thousand five hundred prisoners", 2500, None, "two thousand five hundred", False),
    ("half a million votes", 500_000, None, "half a million", False),
    ("nearly one-fifth of the country", 0.2, "nearly", "nearly one-fifth", False),
    ("almost half of the respondents", 0.5, "nearly", "almost half", False),
    ("a third of the budget", 1 / 3, None, "a third", False),
    ("two-thirds of lawmakers", 2 / 3, None, "two-thirds", False),
    ("three quarters of the grid", 0.75, None, "three quarters", False),
    ("90 percent of the ballots", 90, None, "90 percent", True),
    ("turnout fell to 90% in the east", 90, None, "90%", True),
    ("a five percent rise", 5, None, "five percent", True),
    ("less than 5 per cent of the vote", 5, "fewer than", "less than 5 per cent", True),
    ("around 300 people", 300, "about", "around 300", False),
    ("approximately 15 countries", 15, "about", "approximately 15", False),
    ("roughly 40 buses", 40, "about", "roughly 40", False),
    ("up to 40 percent", 40, "up to", "up to 40 percent", True),
    ("fewer than ten observers", 10, "fewer than", "fewer than ten", False),
    ("almost 300 kilometres", 300, "nearly", "almost 300", False),
    ("a package of $44bn", 44_000_000_000, None, "$44bn", False),
    ("1.200 tonnes", 1.2, None, "1.200", False),  # a full stop is a decimal point, never a separator
    ("2023", 2023, None, "2023", False),
    ("in 2023, 14 people died", 14, None, "14", False),  # a real count beats a bare year
    ("On Oct. 13, 12 homes burned", 12, None, "12", False),  # "13" is a day of the month
    ("a three-year-old girl was among 14 dead", 14, None, "14", False),
    ("dozens of wounded and 7 dead", 7, None, "7", False),
    ("no one was hurt but one guard died", 1, None, "one", False),
]


@pytest.mark.parametrize("phrase, value, qualifier, text, percent", DEFINITE)
def test_parse_quantity_definite(phrase, value, qualifier, text, percent):
    q = parse_quantity(phrase)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert type(q.value) is type(value)  # int when whole, float otherwise
    assert (q.qualifier, q.text, q.percent) == (qualifier, text, percent)


@pytest.mark.parametrize(
    "phrase",
    [
        "",
        "   ",
        "no one",
        "several",
        "dozens",
        "thousands",
        "hundreds",
        "tens of thousands",
        "hundreds of thousands of people",
        "a few",
        "many protesters",
        "a three-year-old",
        "a nine-storey block",
        "a 28-point plan",
        "fifth",
        "the first round",
        "a third round of talks",
        "seeking a fifth term",
        "the 3rd brigade",
        "a 10km stretch",
        "in the second half of the year",
        "COVID-19 cases",
    ],
)
def test_parse_quantity_none(phrase):
    assert parse_quantity(phrase) is None


def test_quantity_is_hashable_and_defaults():
    assert Quantity(3, None, "three") == Quantity(3, None, "three", False)
    assert len({Quantity(3, None, "three"), Quantity(3, None, "three")}) == 1


@pytest.mark.parametrize(
    "word, value",
    [
        ("fourteen", 14),
        ("twenty-six", 26),
        ("1,200", 1200),
        ("3.5", 3.5),
        ("one-fifth", 0.2),
        ("two-thirds", 2 / 3),
        ("dozen", 12),
        ("million", 1_000_000),
        ("half", 0.5),
        ("90%", 90),
        ("Seven", 7),
        ("2023", 2023),
    ],
)
def test_number_value(word, value):
    assert number_value(word) == pytest.approx(value)


@pytest.mark.parametrize(
    "word",
    [
        "",
        "thousands",
        "fifth",
        "three-year-old",
        "one-fifths",
        "twenty-ten",
        "abc",
    ],
)
def test_number_value_none(word):
    assert number_value(word) is None


@pytest.mark.parametrize(
    "word, value",
    [
        ("28-point", 28),
        ("three-year-old", 3),
        ("nine-storey", 9),
        ("twenty-six-year-old", 26),
        ("1,200-strong", 1200),
        ("28", None),
        ("point-28", None),
        ("twenty-six", None),
    ],
)
def test_parse_compound_number(word, value):
    assert parse_compound_number(word) == value


@pytest.mark.parametrize(
    "token, expected",
    [
        ("2023", True),
        ("1999", True),
        ("2100", True),
        ("1899", False),
        ("2,023", False),
        ("20233", False),
        ("203", False),
        ("year", False),
        ("", False),
    ],
)
def test_looks_like_year(token, expected):
    assert looks_like_year(token) is expected
