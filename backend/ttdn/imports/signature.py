"""The end of a plan: `Nơi nhận:` with its `- …` lines, and the signature block (`TM. ỦY BAN
NHÂN DÂN` / `CHỦ TỊCH` / the signer's name), read line by line whether they come one after
the other or from a two-column table."""

from dataclasses import dataclass, field

from ttdn.core.text import fold
from ttdn.imports.lines import SIGNER_AUTHORITY, Block, is_capitals
from ttdn.imports.numbering import Scheme, numbering_of
from ttdn.imports.proposal import ProposedSigner
from ttdn.plans.models import SignerAuthority


def _is_name(text: str) -> bool:
    """`Quách Văn Chí`: two to five words, each starting with a capital, not all capitals."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and not is_capitals(text)
    )


@dataclass
class Ending:
    recipients: list[str] = field(default_factory=list)
    signer: ProposedSigner | None = None


def ending(tail: list[Block]) -> Ending:
    """Recipients and signer of the tail's lines."""
    result = Ending()
    receiving = False
    authority: str | None = None
    body: str | None = None
    position: str | None = None
    full_name: str | None = None
    first_line: int | None = None
    for block in tail:
        text = block.text
        if fold(text[:10]).startswith("noi nhan"):
            receiving = True
            continue
        numbering = numbering_of(text)
        if receiving and numbering is not None and numbering.scheme == Scheme.bullet:
            result.recipients.append(numbering.rest.rstrip(" ;,"))
            continue
        receiving = False
        found = SIGNER_AUTHORITY.match(text)
        if found:
            first_line = first_line or block.line
            authority = f"{found.group(1)}."
            rest = text[found.end() :].strip()
            if authority == SignerAuthority.on_behalf.value or body is None:
                body = rest
            else:
                position = rest
            continue
        if is_capitals(text) and first_line is not None and full_name is None:
            position = text
        elif _is_name(text) and first_line is not None:
            full_name = text
    if first_line is not None:
        result.signer = ProposedSigner(
            authority=SignerAuthority(authority) if authority else None,
            body=body,
            position=position,
            full_name=full_name,
            line=first_line,
        )
    return result
