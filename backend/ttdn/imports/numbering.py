"""How Vietnamese administrative texts number their parts: `I.` (Roman), `1.` (Arabic),
`1.1.` (decimal), `a)` (letters of the Vietnamese alphabet) and `-`, `+` bullets."""

import re
from dataclasses import dataclass
from enum import StrEnum


class Scheme(StrEnum):
    roman = "roman"
    arabic = "arabic"
    decimal = "decimal"
    letter = "letter"
    bullet = "bullet"


# Vietnamese lettered points skip the letters the alphabet lacks (f, j, w, z) and use đ.
LETTERS = "abcdđeghiklmnopqrstuvxy"
ROMAN_VALUES = {
    numeral: value
    for value, numeral in enumerate(
        [
            "I",
            "II",
            "III",
            "IV",
            "V",
            "VI",
            "VII",
            "VIII",
            "IX",
            "X",
            "XI",
            "XII",
            "XIII",
            "XIV",
            "XV",
            "XVI",
            "XVII",
            "XVIII",
            "XIX",
            "XX",
        ],
        start=1,
    )
}

_ROMAN = re.compile(r"(?P<code>[IVX]{1,5})\s*[.\-–:)]\s*(?P<rest>.*)")
_DECIMAL = re.compile(r"(?P<code>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<rest>\S.*)")
_ARABIC = re.compile(r"(?P<code>\d{1,2})\s*[.)]\s*(?P<rest>[^\d\s/.].*)")
_LETTER = re.compile(r"(?P<code>[a-zđ])\s*\)\s*(?P<rest>\S.*)")
_BULLET = re.compile(r"(?P<code>[-+•*–—−])\s*(?P<rest>\S.*)")


@dataclass(frozen=True)
class Numbering:
    scheme: Scheme
    code: str  # as printed, without the dot: "II", "4", "4.1", "a", "-"
    rest: str  # the text after the mark

    @property
    def value(self) -> int:
        """Its place in its sequence (II → 2, 4.1 → 1, đ → 5); 0 for a bullet."""
        if self.scheme == Scheme.roman:
            return ROMAN_VALUES[self.code]
        if self.scheme in (Scheme.arabic, Scheme.decimal):
            return int(self.code.rsplit(".", 1)[-1])
        if self.scheme == Scheme.letter:
            return LETTERS.index(self.code) + 1
        return 0

    @property
    def is_heading(self) -> bool:
        return self.scheme != Scheme.bullet


def numbering_of(text: str) -> Numbering | None:
    """The mark `text` starts with, or None."""
    found = _ROMAN.fullmatch(text)
    if found and found["code"] in ROMAN_VALUES:
        return Numbering(Scheme.roman, found["code"], found["rest"])
    for scheme, pattern in (
        (Scheme.decimal, _DECIMAL),
        (Scheme.arabic, _ARABIC),
        (Scheme.letter, _LETTER),
        (Scheme.bullet, _BULLET),
    ):
        found = pattern.fullmatch(text)
        if found:
            return Numbering(scheme, found["code"], found["rest"])
    return None


def code_of(scheme: Scheme, value: int) -> str:
    """The mark of the `value`-th item of a sequence (for messages: the missing `7`, `c`)."""
    if scheme == Scheme.roman:
        return next(code for code, number in ROMAN_VALUES.items() if number == value)
    if scheme == Scheme.letter:
        return LETTERS[value - 1] if 0 < value <= len(LETTERS) else "?"
    return str(value)
