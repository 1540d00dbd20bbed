"""Text as people type it: NFC, trimmed, free of control characters; folded for search."""

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, Field

_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")


def fold(text: str) -> str:
    """Lowercase words without Vietnamese diacritics or punctuation: `Văn hóa - Xã hội` →
    `van hoa xa hoi`."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", bare)).strip().lower()


def search_text(*parts: str | None) -> str:
    """The folded text a row is searched by (`q=`), kept in its `search_text` column. Fields
    are kept apart by `|`, which a folded query never contains."""
    return " | ".join(fold(part) for part in parts if part)


# More combining marks on one letter than any language needs once composed (NFC): a name of
# stacked accents ("Zalgo") is refused.
MAX_STACKED_MARKS = 2


def _refuse_hidden_characters(value: str) -> None:
    """Names and numbers are what they look like: no invisible or direction-changing
    characters (zero-width spaces, bidi overrides, tag characters: Unicode's format class)
    and no letters buried under accents."""
    stacked = 0
    for character in value:
        category = unicodedata.category(character)
        if category == "Cf":
            raise ValueError(
                f"Không được chứa ký tự ẩn hoặc ký tự đổi chiều văn bản (U+{ord(character):04X})"
            )
        stacked = stacked + 1 if category.startswith("M") else 0
        if stacked > MAX_STACKED_MARKS:
            raise ValueError("Không được chồng nhiều dấu lên một chữ")


def _clean_line(value: str) -> str:
    if _CONTROL_IN_LINE.search(value):
        raise ValueError("Không được chứa ký tự điều khiển")
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if not cleaned:
        raise ValueError("Không được để trống")
    _refuse_hidden_characters(cleaned)
    return cleaned


def _clean_text(value: str) -> str:
    if _CONTROL_IN_TEXT.search(value):
        raise ValueError("Không được chứa ký tự điều khiển")
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n")).strip()


def _clean_required_text(value: str) -> str:
    cleaned = _clean_text(value)
    if not cleaned:
        raise ValueError("Không được để trống")
    return cleaned


# What the OpenAPI document says of a required text: something besides spaces.
_NOT_BLANK = {"minLength": 1, "pattern": r"\S"}
# A one-line name or title: required, trimmed, NFC.
Line = Annotated[
    str,
    Field(min_length=1, max_length=300, json_schema_extra=_NOT_BLANK),
    AfterValidator(_clean_line),
]
ShortLine = Annotated[
    str,
    Field(min_length=1, max_length=60, json_schema_extra=_NOT_BLANK),
    AfterValidator(_clean_line),
]
# Free text with line breaks (a body, a description); may be empty, or not.
Text = Annotated[str, Field(max_length=20_000), AfterValidator(_clean_text)]
RequiredText = Annotated[
    str,
    Field(max_length=20_000, json_schema_extra=_NOT_BLANK),
    AfterValidator(_clean_required_text),
]


# The Vietnamese alphabet in its own order (then the Latin letters it borrows), and the tones
# in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
# Two characters per letter or digit, all above "00", which ends a word and stands for space.
_PRIMARY = {
    character: _DIGITS36[index // 36] + _DIGITS36[index % 36]
    for index, character in enumerate([*"0123456789", *_ALPHABET], start=1)
}


_LETTER_WITH_MARKS = re.compile(r".[\u0300-\u036f]*", re.DOTALL)


def vietnamese_sort_key(text: str) -> str:
    """A key that sorts as Vietnamese dictionaries do (`Đ` after `D`, `Ư` after `U`; tones
    only break ties), made of lowercase ASCII letters and digits so that any database
    collation orders it the same."""
    primary: list[str] = []
    tones: list[str] = []
    for cluster in _LETTER_WITH_MARKS.findall(unicodedata.normalize("NFD", text.lower())):
        base, marks = cluster[0], cluster[1:]
        tone = next((_TONES[mark] for mark in marks if mark in _TONES), "0")
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONES))
        code = _PRIMARY.get(letter)
        if code is None:  # spaces and punctuation separate words
            if primary and primary[-1] != "00":
                primary.append("00")
            continue
        primary.append(code)
        tones.append(tone)
    return "".join(primary).removesuffix("00") + "00" + "".join(tones)
