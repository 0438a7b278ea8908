"""Reading an article: UTF-8 text with clear errors, its date, and its body offset.

Sentence splitting with character offsets happens in :mod:`kg.nlp`, where the
parser already knows the sentence boundaries.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.extract.dates import find_dateline

MAX_BYTES = 2_000_000  # a news article is a few kB; anything this large is not one


@dataclass(frozen=True)
class Article:
    name: str  # file name, the article's identity in the store
    text: str
    sha256: str
    date: str | None  # ISO date from the dateline or the --date option
    body_start: int  # where the text after the dateline begins
    dateline_start: int = 0  # where the dateline begins: after the headline, if one comes first


def read_article(path: str | Path, date: str | None = None) -> Article:
    """Read one article file, refusing what is not plain English-ish text."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"No such file: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not an article file")
    data = path.read_bytes()
    return parse_article(data, path.name, date)


def parse_article(data: bytes, name: str, date: str | None = None) -> Article:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is {len(data):,} bytes; an article must be under {MAX_BYTES:,}")
    if b"\x00" in data:
        raise InputError(f"{name} is a binary file, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} is not UTF-8 text (byte {err.start}): save it as UTF-8 and try again"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name} is empty")
    letters = sum(c.isalpha() for c in text)
    if letters < 0.5 * len(text.strip()) or sum(c.isascii() for c in text if c.isalpha()) < 0.8 * letters:
        raise InputError(f"{name} does not look like English text")
    dateline_date, dateline_start, body_start = find_dateline(text)
    if date is None and dateline_date is not None:
        date = dateline_date.isoformat()
    return Article(name, text, hashlib.sha256(data).hexdigest(), date, body_start, dateline_start)
