"""Read the numbers news sentences use ("at least fourteen", "1.2 million", "nearly one-fifth").

Pure standard library and deterministic. Arithmetic is done in Decimal so that
"4.1 million" is exactly 4100000 and not 4099999.999...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Quantity", "parse_quantity", "number_value", "parse_compound_number", "looks_like_year"]


@dataclass(frozen=True)
class Quantity:
    value: int | float  # int when whole
    qualifier: str | None  # normalised, see _QUALIFIERS
    text: str  # surface text, qualifier included ("at least fourteen")
    percent: bool = False  # "90 percent", "90%": value is 90, caller knows it is a share


_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SIMPLE = {
    w: Decimal(v)
    for w, v in [
        *_UNITS.items(),
        *_TENS.items(),
        *_SCALES.items(),
        ("dozen", 12),
        ("hundred", 100),
        ("half", "0.5"),
    ]
}
# Suffixes glued to digits: "$44bn", "£5m". A bare "5m" is more often metres, so "m"/"k" need a currency sign.
_GLUED_SCALES = {"bn": 10**9, "b": 10**9, "tn": 10**12, "mn": 10**6, "m": 10**6, "k": 10**3}
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "quarter": 4,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
# Plural nouns of number words are vague amounts, never definite counts.
_VAGUE = {
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "tens",
    "scores",
    "several",
    "many",
    "few",
    "numerous",
    "countless",
    "couple",
}
_PERCENT = {"percent", "pct", "%"}
_MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
}

# Longest phrases first so that "just over" wins over "over".
_QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("at", "least"), "at least"),
        (("no", "fewer", "than"), "at least"),
        (("more", "than"), "more than"),
        (("over",), "more than"),
        (("just", "over"), "more than"),
        (("well", "over"), "more than"),
        (("upwards", "of"), "more than"),
        (("in", "excess", "of"), "more than"),
        (("nearly",), "nearly"),
        (("almost",), "nearly"),
        (("close", "to"), "nearly"),
        (("about",), "about"),
        (("around",), "about"),
        (("approximately",), "about"),
        (("roughly",), "about"),
        (("some",), "about"),
        (("an", "estimated"), "about"),
        (("estimated",), "about"),
        (("up", "to"), "up to"),
        (("as", "many", "as"), "up to"),
        (("at", "most"), "up to"),
        (("fewer", "than"), "fewer than"),
        (("less", "than"), "fewer than"),
        (("under",), "fewer than"),
        (("just", "under"), "fewer than"),
    ],
    key=lambda q: -len(q[0]),
)

# A digit run (thousands only with commas, so "1.200" is 1.2), or a word; either may carry hyphen parts.
_TOKEN_RE = re.compile(
    r"""
    (?P<cur>[$€£])?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<glued>[A-Za-z]+)?(?P<hyph>(?:-[A-Za-z0-9]+)+)?
    (?P<pct>%)?
  | (?P<word>[A-Za-z]+(?:['’-][A-Za-z0-9]+)*)
""",
    re.X,
)


@dataclass
class _Tok:
    start: int
    end: int
    low: str  # lower-cased surface
    raw: str
    number: Decimal | None = None  # set for plain digit tokens
    pct: bool = False


def _dec_out(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


def _digits(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


def _word_value(word: str) -> Decimal | None:
    """Value of one number word or hyphenated number word ("twenty-six", "one-fifth", "dozen")."""
    w = word.lower().replace("’", "'")
    if w in _SIMPLE:
        return _SIMPLE[w]
    parts = w.split("-")
    if len(parts) == 2:
        a, b = parts
        if a in _TENS and b in _UNITS and 0 < _UNITS[b] < 10:
            return Decimal(_TENS[a] + _UNITS[b])
        num = _UNITS.get(a) if a in _UNITS else (_digits(a) if re.fullmatch(r"\d+", a) else None)
        den = _DENOMINATORS.get(b.rstrip("s")) or _DENOMINATORS.get(b)
        if num is not None and den and (b.endswith("s") == (num != 1) or b in ("half", "halves")):
            return Decimal(num) / Decimal(den)
    return None


def number_value(word: str) -> int | float | None:
    """Value of a single token: "fourteen", "twenty-six", "1,200", "3.5", "one-fifth", "90%"."""
    w = (word or "").strip()
    m = re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?", w)
    v = _digits(w.rstrip("%")) if m else _word_value(w)
    return None if v is None else _dec_out(v)


def parse_compound_number(word: str) -> int | float | None:
    """Number leading a hyphenated adjective: "28-point" -> 28, "twenty-six-year-old" -> 26; else None."""
    parts = (word or "").strip().split("-")
    for k in range(len(parts) - 1, 0, -1):  # longest numeric prefix that still leaves a non-number tail
        v = number_value("-".join(parts[:k]))
        if v is not None and number_value("-".join(parts[k:])) is None:
            return v
    return None


def looks_like_year(token_text: str) -> bool:
    """True for a bare four-digit 1900-2100 ("2023"), which callers usually should not count."""
    t = (token_text or "").strip()
    return bool(re.fullmatch(r"\d{4}", t)) and 1900 <= int(t) <= 2100


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group(0)
        if m.group("word"):
            toks.append(_Tok(m.start(), m.end(), raw.lower(), raw))
            continue
        glued, cur = (m.group("glued") or "").lower(), m.group("cur")
        value = _digits(m.group("num"))
        if m.group("hyph") or (glued and not (glued in _GLUED_SCALES and (cur or len(glued) > 1))):
            value = None  # "28-point", "3rd", "10km": adjective, ordinal or measure, not a count
        elif glued and value is not None:
            value *= _GLUED_SCALES[glued]
        toks.append(_Tok(m.start(), m.end(), raw.lower(), raw, number=value, pct=bool(m.group("pct"))))
        if value is None:
            toks[-1].low = "#"  # an unusable number must not be read as a word either
    return toks


def _read_number(toks: list[_Tok], i: int) -> tuple[Decimal, int] | None:
    """Read a definite number starting at toks[i]; return (value, index after it)."""
    t, n = toks[i], len(toks)
    nxt = toks[i + 1].low if i + 1 < n else ""
    if t.number is not None:
        total, current, j = Decimal(0), t.number, i + 1
        if t.pct:
            return current, j
    elif t.low in ("a", "an") and nxt in ("dozen", "hundred", *_SCALES):
        total, current, j = Decimal(0), Decimal(1), i + 1
    elif t.low in ("a", "an", "one") and nxt in _DENOMINATORS:
        # "a third of the vote" is a share; "a third round", "a fifth term" are ordinals
        after = toks[i + 2].low if i + 2 < n else ""
        if nxt == "half" or after in ("", "of"):
            return Decimal(1) / _DENOMINATORS[nxt], i + 2
        return None
    elif t.low == "half":
        if i and toks[i - 1].low in ("first", "second", "other", "latter", "former", "the"):
            return None
        if nxt == "a" and i + 2 < n and toks[i + 2].low in _SCALES:  # "half a million"
            return Decimal("0.5") * _SCALES[toks[i + 2].low], i + 3
        return Decimal("0.5"), i + 1
    elif "-" in t.low:
        v = _word_value(t.low)
        if v is None:
            return None
        if v < 1:  # "one-fifth": a fraction ends the phrase
            return v, i + 1
        total, current, j = Decimal(0), v, i + 1
    elif t.low in _UNITS or t.low in _TENS:
        if t.low == "one" and i and toks[i - 1].low in ("no", "any", "every", "each", "the"):
            return None  # "no one", "the one who"
        total, current, j = Decimal(0), Decimal(_UNITS.get(t.low, _TENS.get(t.low, 0))), i + 1
        # "two thirds", "three quarters"
        if j < n and toks[j].low.rstrip("s") in _DENOMINATORS and toks[j].low.endswith("s") and current > 1:
            return current / _DENOMINATORS[toks[j].low.rstrip("s")], j + 1
    else:
        return None
    last = "tens" if (t.number is None and t.low in _TENS) else "unit"
    while j < n:
        w = toks[j].low
        if (
            w == "and"
            and last in ("hundred", "scale")
            and j + 1 < n
            and (toks[j + 1].low in _UNITS or toks[j + 1].low in _TENS or "-" in toks[j + 1].low)
        ):
            j += 1
            continue
        if w == "hundred" and last in ("unit", "tens"):
            current, last = (current or 1) * 100, "hundred"
        elif w == "dozen" and last == "unit":
            current, last = current * 12, "scale"
        elif w in _SCALES:
            total, current, last = (total + current) * _SCALES[w], Decimal(0), "scale"
        elif t.number is None and last in ("hundred", "scale", "tens"):
            # "two thousand five hundred", "one hundred and fifty", "twenty four"
            v = _word_value(w) if (w in _UNITS or w in _TENS or "-" in w) else None
            if v is None or v >= 100 or (last == "tens" and w not in _UNITS) or ("-" in w and v < 20):
                break
            current, last = current + v, ("tens" if w in _TENS else "unit")
        else:
            break
        j += 1
    return total + current, j


def _qualifier(toks: list[_Tok], i: int) -> tuple[str | None, int]:
    for words, norm in _QUALIFIERS:
        k = i - len(words)
        if k >= 0 and tuple(t.low for t in toks[k:i]) == words:
            return norm, k
    return None, i


def _is_day_of_month(toks: list[_Tok], i: int, j: int) -> bool:
    """ "Oct. 13" or "13 October": the number is a date, not a count."""
    if toks[i].number is None or j - i != 1 or not 1 <= toks[i].number <= 31:
        return False
    before = toks[i - 1].raw if i else ""
    after = toks[j].raw if j < len(toks) else ""
    return before in _MONTHS or after in _MONTHS


def parse_quantity(text: str) -> Quantity | None:
    """First definite number phrase in `text`, with its qualifier; None if there is none.

    Vague amounts ("dozens", "tens of thousands", "several") are skipped, as are
    hyphenated adjectives ("three-year-old"), ordinals and days of the month. A bare
    year ("2023") is returned only when nothing else in the text is a number.
    """
    toks = _tokenize(text or "")
    year_fallback: Quantity | None = None
    i = 0
    while i < len(toks):
        if toks[i].low in _VAGUE:
            i += 1
            continue
        read = _read_number(toks, i)
        if read is None:
            i += 1
            continue
        value, j = read
        if _is_day_of_month(toks, i, j):
            i = j
            continue
        percent = toks[j - 1].pct
        if j < len(toks) and toks[j].low in _PERCENT:
            percent, j = True, j + 1
        elif j + 1 < len(toks) and toks[j].low == "per" and toks[j + 1].low == "cent":
            percent, j = True, j + 2
        qualifier, k = _qualifier(toks, i)
        q = Quantity(_dec_out(value), qualifier, text[toks[k].start : toks[j - 1].end], percent)
        if j - i == 1 and looks_like_year(toks[i].raw) and not percent:
            year_fallback = year_fallback or q
            i = j
            continue
        return q
    return year_fallback
