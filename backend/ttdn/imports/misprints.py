"""Words that cannot be Vietnamese, as PDF extraction and hurried typing leave them: `xn` for
`xã` (no vowel), `lien quan` for `liên quan` (iê, uô, yê written without their hats). They
are kept as written and flagged with their line, for the coordinator to correct.

Misprints that are real words (`liên qua`, `để xuất`) need a dictionary and go unseen.
"""

import re

from ttdn.imports.lines import Block, locate
from ttdn.imports.proposal import ProposalWarning, WarningKind

_WORD = re.compile(r"(?<![\w/.-])[^\W\d_]+(?![\w/.-])")
_VOWELS = frozenset("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
# Lower-case abbreviations without a vowel that texts do use.
ABBREVIATIONS = frozenset({"tp", "tx", "tt", "kg", "km", "cm", "mm", "ml", "kw", "kwh", "vnđ"})
# Vowel pairs that Vietnamese only writes with a circumflex or a horn.
_HATLESS = re.compile(r"ie|uo|ye")


def _problem(word: str) -> str | None:
    if not word.islower() or len(word) < 2 or word in ABBREVIATIONS:
        return None
    if not any(character in _VOWELS for character in word):
        return f"“{word}” không phải một từ tiếng Việt (không có nguyên âm): có thể in sai."
    if word.isascii() and _HATLESS.search(word):
        return f"“{word}” viết thiếu dấu (iê, uô, yê): có thể in sai."
    return None


def misprints(blocks: list[Block], source_lines: list[str]) -> list[ProposalWarning]:
    """A warning for every word of `blocks` that cannot be Vietnamese."""
    warnings = []
    for block in blocks:
        for found in _WORD.finditer(block.text):
            message = _problem(found.group(0))
            if message is not None:
                warnings.append(
                    ProposalWarning(
                        kind=WarningKind.misprint,
                        line=locate(found.group(0), block, source_lines),
                        text=found.group(0),
                        message=f"{message} Giữ nguyên như văn bản.",
                    )
                )
    return warnings
