"""Sentences of a paragraph: a task is one sentence of part III.

A sentence ends at `.`, `!` or `?` followed by a word in capitals; an ellipsis (`…`, `...`)
followed by a lower-case word does not end one, nor do the dots of the abbreviations that
administrative texts use (`TP.`, `TM.`, `Q.` …).
"""

import itertools
import re

ABBREVIATIONS = frozenset(
    {"TP", "Tp", "TX", "TT", "TM", "KT", "Q", "TL", "TUQ", "ThS", "TS", "PGS", "GS"}
)
_CANDIDATE = re.compile(r"(?<=[.!?])(?P<close>[”\"’)]?)\s+(?=\S)")


def _ends_here(text: str, gap: re.Match[str]) -> bool:
    following = text[gap.end() :]
    if not (following[:1].isupper() or following[:1] in '“"('):
        return False
    before = text[: gap.start()]
    word = re.split(r"[\s(]", before)[-1].rstrip(".")
    return word not in ABBREVIATIONS


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of `text` but the last ends (the index after its stop)."""
    return [gap.end("close") for gap in _CANDIDATE.finditer(text) if _ends_here(text, gap)]


def first_sentence_end(text: str) -> int | None:
    ends = sentence_ends(text)
    return ends[0] if ends else None


def sentences(text: str) -> list[str]:
    """The sentences of `text`, trimmed."""
    cuts = [0, *sentence_ends(text), len(text)]
    return [part for start, end in itertools.pairwise(cuts) if (part := text[start:end].strip())]
