"""Name normalisation shared by the extractor, the RDF builder and the lookups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.resources import PACKAGE

# letters that Unicode does not decompose into a base letter and an accent
TRANSLITERATE = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
    }
)


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: the lookup key of a name."""
    text = unicodedata.normalize("NFKD", text.translate(TRANSLITERATE))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def slug(text: str) -> str:
    """The IRI-safe form of a label: ``Sébastien Lecornu`` -> ``sebastien-lecornu``."""
    return fold(text).replace(" ", "-") or "unnamed"


SURNAME_PARTICLES = {
    *("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al", "bin", "ter"),
    *("dos", "das", "do", "del", "della"),
}
# The Arabic article joined to a family name: "al-Sisi" is also "Sisi", "el-Shennawy" "Shennawy".
ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ed|ar|as|ash|at|az|an|ul|ud)-(?=[A-Z])")


def surnames(name: str) -> list[str]:
    """The folded family name(s) a person may be called by alone: the last word, and the first in
    names written family name first ("Han Seung-woo", "Lee Jae-myung": a hyphened given name)."""
    words = name.split()
    if len(words) < 2:
        return []
    found = [fold(words[-1])]
    if ARTICLE_PREFIX.match(words[-1]):
        found.append(fold(ARTICLE_PREFIX.sub("", words[-1], count=1)))
    if len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        found.append(fold(words[0]))
    if len(words) > 2 and (words[-2].lower() in SURNAME_PARTICLES or words[-2][:1].isupper()):
        # "Joost van Leeuwen" is also "Van Leeuwen"; "Raúl Sáenz Ibarra", by his two family names,
        # "Sáenz Ibarra"
        found.append(fold(" ".join(words[-2:])))
    middle = words[1]
    if (
        middle[:1].isupper()
        and middle.isalpha()
        and not is_given_name(middle)
        and (
            len(words) == 3
            and is_given_name(words[0])  # "Raúl Sáenz Ibarra" is also "Sáenz"
            or len(words) == 4
            and all(len(w) <= 4 for w in words[2:])  # "Desmond Ong Kah Wee": "Ong"
        )
    ):
        found.append(fold(middle))
    return found


def name_keys(label: str, aliases: list[str] | set[str] = (), person: bool = False) -> set[str]:
    """Every key a user may type for an actor: full name, each alias, and a person's surname."""
    names = [label, *aliases]
    keys = {fold(n) for n in names}
    if person:
        keys |= {s for n in names for s in surnames(n)}
    return {k for k in keys if k}


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    genders = {}
    for line in (PACKAGE / "data" / "given-names.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            gender, names = line.split(":", 1)
            gender = gender.strip()
            genders.update(dict.fromkeys(names.split(), gender if gender != "either" else None))
    return genders


def gender_of(name: str) -> str | None:
    """'female' or 'male' when the first word of ``name`` is a given name we know, else None."""
    words = fold(name).split()
    return _given_names().get(words[0]) if len(words) > 1 else None


def is_given_name(word: str) -> bool:
    return fold(word) in _given_names()
