"""Datelines and date expressions in news text, resolved against the article date.

Pure standard library and deterministic: nothing here reads the clock; every
relative expression is resolved against the reference date the caller passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "DateValue",
    "parse_dateline",
    "find_dateline",
    "resolve_date",
    "resolve_relative_to",
    "find_date_expressions",
    "needs_anchor",
]


@dataclass(frozen=True)
class DateValue:
    iso: str  # "2025-10-13", "2025-10" or "2023": granularity by length
    text: str  # surface text
    relative: bool  # True when the reference (or anchor) date was needed to resolve it


_M = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Only an abbreviation takes a dot, so "since mid-September." leaves the full stop alone.
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DASH = r"(?:—|–|--|(?<=\s)-)"


def _month_number(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(
        name[:3].lower()
    ) + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:  # "Feb. 30", year 0: odd input must never raise
        return None


# --- datelines ---------------------------------------------------------------

_PLACE_WORD = r"[A-ZÀ-Þ][\w.'’&-]*"
_DATELINE_RE = re.compile(
    rf"""
    \s*
    (?:[^|\n]{{1,40}}\|[ \t]*)?  # an outlet before a bar: "Nile Observer | JUBA, 19 May 2026 -"
    (?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,5}})
    (?P<region>(?:,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}){{0,2}}?)
    (?:,\s*(?:{_WEEKDAY},?\s+)?(?P<date>(?P<m1>{_MONTH})\s*(?P<d1>{_DAY})(?:,\s*(?P<y1>{_YEAR}))?
                                   |(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s*(?P<y2>{_YEAR}))?))?
    (?:\s*\((?P<agency>[^()\n]{{1,40}})\)|[ \t]+(?P<bare_agency>[A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?))?
    \s*{_DASH}\s*
""",
    re.X,
)

# AFP's "Muscat (AFP) – Feb 8, 2026 – ": the date after the agency, between dashes
_DATE_AFTER_RE = re.compile(
    rf"""
    (?P<date>(?P<m1>{_MONTH})\s*(?P<d1>{_DAY}),\s*(?P<y1>{_YEAR})
            |(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s*(?P<y2>{_YEAR}))
    \s*{_DASH}\s*
""",
    re.X,
)


def parse_dateline(text: str) -> tuple[date | None, int]:
    """Read "PARIS, Oct. 13, 2025 — " at the start of `text`: (its date or None, offset of the body).

    A dateline without a date is still stripped; (None, 0) when there is no dateline.
    A Title-case place with nothing else ("President Zelensky — who ...") is not taken
    as a dateline: that needs an ALL-CAPS place, a ", Region", a date or an "(Agency)".
    """
    m = _DATELINE_RE.match(text or "")
    if not m or m.end() >= len(text):
        return None, 0
    place = m.group("place")
    words = len(re.findall(r"\S+", place + " " + m.group("region").replace(",", " ")))
    caps = place.upper() == place and sum(c.isalpha() for c in place) >= 2
    agency = m.group("agency") or (m.group("bare_agency") if m.group("date") else None)  # "Jan. 14 Kyodo -"
    if m.group("bare_agency") and not m.group("date"):
        return None, 0  # "KYIV Independent -" is no dateline; an agency after a date is
    if words > 6 or not (caps or m.group("region") or m.group("date") or agency):
        return None, 0
    after = _DATE_AFTER_RE.match(text, m.end()) if not m.group("date") else None
    if after:  # "Muscat (AFP) – Feb 8, 2026 – "
        m = after
    k = "1" if m.group("y1") else "2"  # which of the two date layouts matched
    if not m.group("y" + k):
        return None, m.end()  # "Nov. 3 (AP)": no year, so no date we can trust
    day = int(re.sub(r"\D", "", m.group("d" + k)))
    return _safe_date(int(m.group("y" + k)), _month_number(m.group("m" + k)), day), m.end()


# A headline or byline before the dateline is a short line; the body's paragraphs are longer.
_HEADLINE_CHARS = 250


def find_dateline(text: str) -> tuple[date | None, int, int]:
    """The dateline of an article: at its start, or after a headline and byline of a line or two
    ("Putin fires governor\n\nMOSCOW, Feb. 16 (Reuters) - ..."). Returns (date, start, end) of the
    dateline, (None, 0, 0) if there is none; a line that is only a date ("February 16, 2026") still
    gives the date."""
    line_date = None
    start = 0
    for line in text.split("\n")[:6]:
        if line.strip():
            found, end = parse_dateline(text[start:])
            if end:
                return found or line_date, start, start + end
            only_date = resolve_date(line, None) if line_date is None else None
            if only_date is not None and len(only_date.iso) == 10:  # a day, not "2026" or "June 2026"
                line_date = date.fromisoformat(only_date.iso)
            if len(line.strip()) > _HEADLINE_CHARS:
                break  # the body has begun
        start += len(line) + 1
    return line_date, 0, 0


# --- resolving one expression ------------------------------------------------

_PREFIX_WORDS = (
    r"on|in|since|by|from|until|till|through|during|as of|late|early|earlier|later|overnight"
    r"|into"
)
# \b matters: "in" must not eat the start of "into", nor "on" of "one".
_PREFIX_RE = re.compile(
    rf"^(?:(?:{_PREFIX_WORDS}|the (?:night|morning|afternoon|evening) of"
    r"|(?:at )?the (?:end|start|beginning|middle) of)\b\s*|mid(?:-|\s+))(?=\S)",
    re.I,
)
_FULL_MD = re.compile(rf"^(?P<m>{_M})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?$", re.I)
_FULL_DM = re.compile(
    rf"^(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_M})\.?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?$",
    re.I,
)
_MONTH_ONLY = re.compile(rf"^(?P<m>{_M})\.?(?:,?\s+(?P<y>\d{{4}}))?$", re.I)
_AGO = re.compile(r"^(?P<n>a|an|one|two|three|four|five|six|seven|\d+)\s+(?P<u>day|week|month|year)s?\s+ago$")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _month_iso(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(ref: date, k: int) -> str:
    n = ref.year * 12 + ref.month - 1 + k
    return _month_iso(n // 12, n % 12 + 1)


def _day_without_year(m: int, d: int, ref: date, tense: str) -> date | None:
    """News convention: a bare "Sept. 8" is the closest such day; ~2 months of slack the other way."""
    cand = _safe_date(ref.year, m, d)
    if cand is None:
        return None
    if tense != "future" and cand > ref + timedelta(days=62):
        return _safe_date(ref.year - 1, m, d)
    if tense == "future" and cand < ref - timedelta(days=62):
        return _safe_date(ref.year + 1, m, d)
    return cand


def _resolve(s: str, ref: date | None, tense: str) -> tuple[str, bool] | None:
    """Resolve a normalised lower-case expression; returns (iso, used_reference)."""
    for rx in (_FULL_MD, _FULL_DM):
        m = rx.match(s)
        if m:
            mon, day = _month_number(m.group("m")), int(m.group("d"))
            if m.group("y"):
                d = _safe_date(int(m.group("y")), mon, day)
                return (d.isoformat(), False) if d else None
            d = _day_without_year(mon, day, ref, tense) if ref else None
            return (d.isoformat(), True) if d else None
    m = _MONTH_ONLY.match(s)
    if m:
        mon = _month_number(m.group("m"))
        if m.group("y"):
            return _month_iso(int(m.group("y")), mon), False
        if ref is None:
            return None
        if tense == "future":
            return _month_iso(ref.year if mon >= ref.month else ref.year + 1, mon), True
        return _month_iso(ref.year if mon <= ref.month else ref.year - 1, mon), True
    if re.fullmatch(r"\d{4}", s):
        return (s, False) if 1900 <= int(s) <= 2100 else None
    if ref is None:
        return None
    if s in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return ref.isoformat(), True
    if s in ("yesterday", "last night"):
        return (ref - timedelta(days=1)).isoformat(), True
    if s == "tomorrow":
        return (ref + timedelta(days=1)).isoformat(), True
    m = re.fullmatch(r"(last|past|this|next|coming)\s+(year|month|week)", s)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m.group(1)]
        if m.group(2) == "year":
            return str(ref.year + step), True
        if m.group(2) == "month":
            return _add_months(ref, step), True
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)  # weeks start on Monday
        return monday.isoformat(), True
    m = re.fullmatch(rf"(?:(last|past|next|this|coming)\s+)?({'|'.join(_WEEKDAYS)})", s)
    if m:
        wd, which = _WEEKDAYS.index(m.group(2)), m.group(1)
        if which in ("last", "past"):
            return (ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)).isoformat(), True
        if which in ("next", "coming"):
            return (ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)).isoformat(), True
        # Bare "on Friday": the latest such day up to the article date in past narration,
        # the first one from the article date on in future narration.
        if tense == "future":
            return (ref + timedelta(days=(wd - ref.weekday()) % 7)).isoformat(), True
        return (ref - timedelta(days=(ref.weekday() - wd) % 7)).isoformat(), True
    m = _AGO.match(s)
    if m:
        n = _SMALL.get(m.group("n")) or int(m.group("n"))
        unit = m.group("u")
        if unit == "year":
            return str(ref.year - n), True
        if unit == "month":
            return _add_months(ref, -n), True
        return (ref - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), True
    return None


def _normalise(expression: str) -> str:
    s = " ".join(str(expression).replace("’", "'").split()).strip(" ,;:").lower()
    for _ in range(4):  # "late on", "overnight into", "earlier this": prefixes stack
        s2 = _PREFIX_RE.sub("", s)
        if s2 == s:
            break
        s = s2
    s = re.sub(r"'s$", "", s)
    if s not in ("this morning", "this afternoon", "this evening", "last night"):
        s = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", s)  # "Friday night" -> Friday
    # "Monday, Oct. 13": the explicit date is enough
    return re.sub(rf"^{_WEEKDAY},?\s+(?=[a-z]*\.?\s*\d|\d)", "", s)


def resolve_date(expression: str, reference: date | None, *, tense: str = "past") -> DateValue | None:
    """Resolve a date expression against the article date; None if unrecognised or unresolvable."""
    try:
        out = _resolve(_normalise(expression), reference, tense)
    except (ValueError, OverflowError, TypeError):
        return None
    return DateValue(out[0], str(expression).strip(), out[1]) if out else None


_ANCHOR_OFFSETS = {
    "the next day": 1,
    "the following day": 1,
    "the next morning": 1,
    "the following morning": 1,
    "the next evening": 1,
    "the following evening": 1,
    "the day after": 1,
    "a day later": 1,
    "that day": 0,
    "that morning": 0,
    "that afternoon": 0,
    "that evening": 0,
    "that night": 0,
    "the same day": 0,
    "later that day": 0,
    "later that evening": 0,
    "later that night": 0,
    "earlier that day": 0,
    "the previous day": -1,
    "the day before": -1,
    "the night before": -1,
    "the previous evening": -1,
    "a week later": 7,
    "the following week": 7,
    "the next week": 7,
}
_ANCHOR_LATER = re.compile(r"^(?P<n>one|two|three|four|five|six|seven|\d+)\s+days?\s+(?P<dir>later|earlier)$")


def _anchor_offset(expression: str) -> int | None:
    s = " ".join(str(expression).lower().split()).strip(" ,;:")
    s = re.sub(r"^(?:on|by|in|during)\s+", "", s)
    if s in _ANCHOR_OFFSETS:
        return _ANCHOR_OFFSETS[s]
    m = _ANCHOR_LATER.match(s)
    if m:
        n = _SMALL.get(m.group("n")) or int(m.group("n"))
        return n if m.group("dir") == "later" else -n
    return None


def needs_anchor(expression: str) -> bool:
    """True for "the next day", "that evening" ...: resolve those with resolve_relative_to."""
    return _anchor_offset(expression) is not None


def resolve_relative_to(expression: str, anchor: DateValue) -> DateValue | None:
    """Resolve "the next day", "that evening", "two days later" against a day-precision anchor."""
    off = _anchor_offset(expression)
    if off is None or anchor is None or len(anchor.iso) != 10:
        return None
    try:
        day = date.fromisoformat(anchor.iso) + timedelta(days=off)
    except (ValueError, OverflowError):
        return None
    return DateValue(day.isoformat(), str(expression).strip(), True)


# --- finding expressions in a sentence -----------------------------------------

_PRE = rf"(?:(?i:{_PREFIX_WORDS.replace('as of', 'as[ ]+of')})\s+){{0,2}}"
_PRE_REQ = r"(?:(?i:in|since|by|from|until|till|through|during|early|late|as\s+of)\s+(?i:mid-)?|(?i:mid-))"
_TOD = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_SMALL_RE = r"(?:a|an|one|two|three|four|five|six|seven|\d+)"
_CORES = [
    # Months are matched case-sensitively so that "may" and "march" the verbs are left alone;
    # a bare month or year also needs a preposition ("in May", "since 2014").
    rf"{_PRE}(?:{_WEEKDAY},?\s+)?{_MONTH}\s*{_DAY}(?:,?\s+{_YEAR})?",
    rf"{_PRE}(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
    rf"{_PRE}(?:(?i:mid-))?{_MONTH},?\s+{_YEAR}",
    rf"{_PRE_REQ}(?:{_MONTH}|{_YEAR})",
    rf"{_PRE}(?i:(?:last|this|next|past|coming)\s+(?:year|month|week)|today|tonight|last\s+night"
    rf"|this\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow){_TOD}"
    rf"|{_SMALL_RE}\s+(?:day|week|month|year)s?\s+ago)",
    rf"{_PRE}(?:(?i:last|next|this|past|coming)\s+)?{_WEEKDAY}(?:['’]s)?{_TOD}",
    r"(?i:"
    + "|".join(sorted((k.replace(" ", r"\s+") for k in _ANCHOR_OFFSETS), key=len, reverse=True))
    + rf"|{_SMALL_RE}\s+days?\s+(?:later|earlier))",
]
_FIND_RES = [re.compile(rf"(?<![\w-]){core}(?!\w)") for core in _CORES]


def find_date_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of date expressions in `sentence`, left to right, non-overlapping.

    Spans include a leading preposition or time word ("On Sept. 8", "late on Sunday",
    "overnight into Thursday"); resolve_date strips those again. Anchor-relative spans
    ("the next day") are included too: check needs_anchor() and use resolve_relative_to.
    """
    text = sentence or ""
    spans = {(m.start(), m.end()) for rx in _FIND_RES for m in rx.finditer(text)}
    out: list[tuple[int, int, str]] = []
    for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):  # leftmost, then longest
        if out and start < out[-1][1]:
            continue
        out.append((start, end, text[start:end]))
    return out
