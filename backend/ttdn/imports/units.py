"""Unit names as plans write them, matched to the unit tree.

Names are compared folded (no diacritics, no punctuation, lower case, `&` read as `và`) with
the usual abbreviations spelled out (`UBND`, `HĐND`, `MTTQ`, `VH-XH`, `ĐTN`, `CAX` …), so that
`Văn phòng HĐND&UBND` finds `Văn phòng HĐND & UBND` and `Công chức Địa chính NN và XD` finds
`Công chức Địa chính - NN & XD`. A plural name (`các khu dân cư`) is a group: every unit of
that kind. Only a clear best match is taken; the rest are left for the coordinator.
"""

import re
from dataclasses import dataclass

from ttdn.core.text import fold
from ttdn.units.models import UnitKind


@dataclass(frozen=True)
class UnitRef:
    """A unit the text may name (from the database, or the demo's list in tests)."""

    id: int
    name: str
    short_name: str | None
    kind: str


# Folded abbreviation → folded words; longer ones first so that `vh xh` wins over `vh`.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("dc nn va xd", "dia chinh nong nghiep va xay dung"),
    ("vh va tt", "van hoa va thong tin"),
    ("vh tt", "van hoa va thong tin"),
    ("vhtt", "van hoa va thong tin"),
    ("vh xh", "van hoa xa hoi"),
    ("vhxh", "van hoa xa hoi"),
    ("tc kt", "tai chinh ke toan"),
    ("tckt", "tai chinh ke toan"),
    ("nn va xd", "nong nghiep va xay dung"),
    ("dai tt", "dai truyen thanh"),
    ("ubnd", "uy ban nhan dan"),
    ("hdnd", "hoi dong nhan dan"),
    ("mttq", "mat tran to quoc"),
    ("dtn", "doan thanh nien"),
    ("dtncs", "doan thanh nien cong san"),
    ("lhpn", "lien hiep phu nu"),
    ("hlhpn", "hoi lien hiep phu nu"),
    ("hnd", "hoi nong dan"),
    ("ccb", "cuu chien binh"),
    ("hccb", "hoi cuu chien binh"),
    ("cax", "cong an xa"),
    ("bchqs", "ban chi huy quan su"),
    ("tttt", "thong tin va truyen thong"),
    ("vp", "van phong"),
)
_ABBREVIATION = re.compile(
    r"\b(" + "|".join(re.escape(short) for short, _ in ABBREVIATIONS) + r")\b"
)
_EXPANSIONS = dict(ABBREVIATIONS)

# Plural words that name a group of units (folded, then as a person reads them), and the kinds
# of unit each group is made of.
GROUPS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("cac khu dan cu", "các khu dân cư", frozenset({UnitKind.residential_area})),
    ("cac thon", "các thôn", frozenset({UnitKind.residential_area})),
    ("cac to dan pho", "các tổ dân phố", frozenset({UnitKind.residential_area})),
    ("cac don vi kinh te", "các đơn vị kinh tế", frozenset({UnitKind.enterprise})),
    ("cac doanh nghiep", "các doanh nghiệp", frozenset({UnitKind.enterprise})),
    ("cac huyen", "các huyện", frozenset({UnitKind.district})),
    ("cac xa", "các xã", frozenset({UnitKind.commune})),
    ("cac phuong", "các phường", frozenset({UnitKind.commune})),
)
# A match must be at least this good, and better than the next unit's by this margin.
MIN_SCORE = 0.6
MARGIN = 0.05
# Words a plan puts before a unit it has no authority over ("Đề nghị Đảng ủy …").
_REQUEST = re.compile(r"^(?:de nghi|kinh de nghi|giao|yeu cau)\s+")


def name_key(name: str) -> str:
    """The folded name with abbreviations spelled out: `Văn phòng HĐND&UBND` →
    `van phong hoi dong nhan dan va uy ban nhan dan`."""
    folded = fold(name.replace("&", " và "))
    return _ABBREVIATION.sub(lambda found: _EXPANSIONS[found.group(1)], folded)


def _score(text: set[str], unit: set[str]) -> float:
    """How well the words of a name fit a unit's: all of one inside the other scores by the
    share they cover; otherwise the Jaccard index, discounted."""
    if not text or not unit:
        return 0.0
    common = len(text & unit)
    if unit <= text or text <= unit:
        return common / max(len(text), len(unit))
    return 0.8 * common / len(text | unit)


@dataclass(frozen=True)
class Match:
    unit: UnitRef | None = None  # one unit
    group: tuple[UnitRef, ...] = ()  # or every unit of a group
    missing_groups: tuple[str, ...] = ()  # groups named whose kind of unit the tree lacks
    candidates: tuple[UnitRef, ...] = ()  # several units fit equally well: none taken


class UnitMatcher:
    """Matches names to `units`, whose keys are worked out once."""

    def __init__(self, units: list[UnitRef]) -> None:
        self.units = units
        self._keys = [
            (unit, {name_key(unit.name), *([name_key(unit.short_name)] if unit.short_name else [])})
            for unit in units
        ]

    def match(self, name: str) -> Match:
        """The unit `name` means, the group it names, or NO_MATCH (with the tied candidates when
        several fit)."""
        key = _REQUEST.sub("", name_key(name))
        if not key:
            return Match()
        exact = [unit for unit, keys in self._keys if key in keys]
        if len(exact) == 1:
            return Match(unit=exact[0])
        if len(exact) > 1:
            return Match(candidates=tuple(exact))
        words = set(key.split())
        scored = sorted(
            (
                (max(_score(words, set(unit_key.split())) for unit_key in keys), unit)
                for unit, keys in self._keys
            ),
            key=lambda pair: -pair[0],
        )
        if scored and scored[0][0] >= MIN_SCORE:
            best = scored[0][0]
            tied = tuple(unit for score, unit in scored if score > best - MARGIN)
            return Match(unit=tied[0]) if len(tied) == 1 else Match(candidates=tied)
        return self._group(key)

    def _group(self, key: str) -> Match:
        members: list[UnitRef] = []
        missing: list[str] = []
        for words, label, kinds in GROUPS:
            if re.search(rf"\b{words}\b", key):
                found = [unit for unit in self.units if unit.kind in kinds]
                members.extend(unit for unit in found if unit not in members)
                if not found:
                    missing.append(label)
        return Match(group=tuple(members), missing_groups=tuple(missing))

    def match_exactly(self, name: str) -> UnitRef | None:
        """The one unit whose name or short name is `name` (abbreviations aside), or None: for
        units named in passing (`phối hợp với đài truyền thanh xã …`)."""
        key = name_key(name)
        found = [unit for unit, keys in self._keys if key in keys]
        return found[0] if len(found) == 1 else None
