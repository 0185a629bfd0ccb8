"""Reporting periods, normalised: 2025Q3, 2025H1, FY2026, FY2026Q2-Q4, 2025Q1-Q3, 2025, 2025-08."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "上": 1, "下": 2}
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})

_Y = r"(?:19|20)\d{2}"
_FY = rf"(?:FY\s?'?(?P<fy>{_Y}|\d{{2}})|fiscal(?: year)?\s(?P<fy2>{_Y})|(?P<fy3>{_Y})\s?财年|(?P<fy4>\d{{2}})财年|(?P<fy5>{_Y})财政年度)"
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_PATTERNS: list[tuple[str, str]] = [
    # Order matters: longer, more specific forms first.
    # "the quarter ended Sept. 30, 2025", 截至2025年9月30日止季度: the calendar span that ends on that date.
    ("ended", rf"(?P<n>(?:fiscal )?quarter|three months|3 months|six months|6 months|nine months|9 months|(?:fiscal )?year|twelve months|12 months)"
              rf"\s(?:ended|ending)\s(?:on\s)?(?:(?P<m>{_MONTH})\.?\s\d{{1,2}}|\d{{1,2}}\s(?P<m2>{_MONTH}))\.?,?\s(?P<y>{_Y})"
              rf"|截至(?P<y2>{_Y})年(?P<mz>1[0-2]|[1-9])月\d{{1,2}}日止?的?(?P<nz>季度|三个月|六个月|九个月|年度|十二个月|半年|中期)"),
    ("y_hw", rf"(?P<y>{_Y})\s(?P<hw>first|second)[- ]half"),
    ("y_qw", rf"(?P<y>{_Y})\s(?P<qw>first|second|third|fourth)[- ]quarter"),
    ("qrange", rf"(?:Q(?P<a>[1-4])|(?:the\s)?(?P<aw>first|second|third)(?: fiscal)?(?: quarter)?)\s?(?:to|-|–|through|and)\s?"
               rf"(?:Q(?P<b>[1-4])|(?:the\s)?(?P<bw>second|third|fourth)(?: fiscal)? quarters?)\s?(?:of\s)?(?:the\s)?{_FY}"),
    # "2026财年第二至第四财季", "2026财年第三季度"
    ("fyq_zh", rf"{_FY}\s?第?(?:(?P<za>[一二三四1-4])(?:季度|财季)?\s?(?:至|到|-|–)\s?第?(?P<zb>[一二三四1-4])|(?P<zq>[一二三四1-4]))(?:季度|财季)"),
    ("q3_fy", rf"(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth) (?:fiscal )?quarter)\s?(?:of\s)?(?:the\s)?{_FY}"),
    ("h_fy", rf"(?:H(?P<h>[12])|(?P<hw>first|second) half)\s?(?:of\s)?(?:the\s)?{_FY}"),
    ("fy", _FY),
    ("first_n", rf"(?:first (?P<n>two|three|nine|six) (?P<nu>quarters|months)(?: of)?\s?(?P<y>{_Y})?|(?P<y2>{_Y})?年?前(?P<nz>三|两|二)季度)"),
    ("q_y", rf"Q(?P<q>[1-4])\s?'?(?P<y>{_Y}|\d{{2}})\b|(?P<q2>[1-4])Q\s?'?(?P<y2>{_Y}|\d{{2}})\b|(?P<y3>{_Y})\s?Q(?P<q3>[1-4])\b"),
    ("qw_y", rf"(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of)?(?: calendar)?\s?(?P<y>{_Y})?"),
    ("qz", rf"(?:(?P<y>{_Y})\s?年?(?:度)?)?第?(?P<qz>[一二三四1-4])季(?:度|(?![报节]))"),
    ("h_y", rf"H(?P<h>[12])\s?'?(?P<y>{_Y}|\d{{2}})\b|(?P<h2>[12])H\s?'?(?P<y2>{_Y}|\d{{2}})\b|(?P<y3>{_Y})\s?H(?P<h3>[12])\b"),
    ("hw_y", rf"(?P<hw>first|second) half(?: of)?(?: the year)?\s?(?P<y>{_Y})?"),
    ("hz", rf"(?:(?P<y>{_Y})\s?年?)?(?:(?P<hz>上|下)半年|(?P<hy>半年)度)"),
    ("month", rf"(?P<m>january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s(?P<y>{_Y})\b|(?P<y2>{_Y})年(?P<mz>1[0-2]|[1-9])月(?!\d{{1,2}}日)"),
    ("year", rf"(?:full[- ]year\s|in\s|for\s|of\s)?(?P<y>{_Y})(?:年(?:全年|度)?|\b)(?![.,]\d|\s?(?:亿|万|千|百|元|港元|美元|点|bn|billion|million))"),
    ("yearz", r"(?:今年|全年)"),
]
# Every period starts a word with one of these characters; the guard lets the engine skip the rest.
_START = r"(?<![A-Za-z0-9])(?=[0-9QHFTSIJMAONDqhftsijmaond一二三四上下前今全第截半])"
_REGEX = re.compile(_START + "(?:" + "|".join(f"(?P<{name}>{pat.replace('(?P<', f'(?P<{name}__')})" for name, pat in _PATTERNS) + ")",
                    re.IGNORECASE)
# A period introduced by these words is the comparison base, not the reporting period.
_COMPARISON = re.compile(r"(?:compared (?:to|with)|versus|vs\.?|than|from|over|against|比|较|相比|较上年|与)\s*(?:the\s|a\s)?$",
                         re.IGNORECASE)


_NOT_REPORTING = re.compile(r"(?:\bdue|\bmatur\w*(?: in)?|\bexpir\w*(?: in)?|\bsince|\buntil|\bin early|\bin late)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    value: str | None  # None when the year cannot be told
    comparison: bool


def find_periods(text: str, default_year: int | None = None) -> list[Period]:
    found: list[Period] = []
    for m in _REGEX.finditer(text):
        kind = m.lastgroup
        g = {k.split("__", 1)[1]: v for k, v in m.groupdict().items() if v is not None and k.startswith(kind + "__")}
        value = _normalise(kind, g, default_year)
        if value is None and kind in ("year", "yearz"):
            continue
        before = text[max(0, m.start() - 20):m.start()]
        if _NOT_REPORTING.search(before):
            continue  # "notes due 2032", "since 2019": a date, not the period of a figure
        comparison = bool(_COMPARISON.search(before))
        found.append(Period(m.start(), m.end(), value, comparison))
    return found


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR_ALONE.findall(text)]


# A year, not an amount that looks like one ("集资总额已达1985亿港元", "$2,025 million").
_YEAR_ALONE = re.compile(rf"(?<![\d.,$])({_Y})(?![\d.,%]|\s?(?:亿|万|千|百|元|港元|美元|点|bn|billion|million|percent))", re.IGNORECASE)


def _year(s: str | None, default: int | None) -> int | None:
    if not s:
        return default
    return int(s) if len(s) == 4 else 2000 + int(s)


def _fy(g: dict[str, str]) -> str | None:
    for key in ("fy", "fy2", "fy3", "fy4", "fy5"):
        if key in g:
            return f"FY{_year(g[key], None)}"
    return None


def _normalise(kind: str, g: dict[str, str], dy: int | None) -> str | None:
    if kind == "qrange":
        return f"{_fy(g)}Q{g.get('a') or _ORD[g['aw'].lower()]}-Q{g.get('b') or _ORD[g['bw'].lower()]}"
    if kind == "fyq_zh":
        if "zq" in g:
            return f"{_fy(g)}Q{_ORD[g['zq']]}"
        return f"{_fy(g)}Q{_ORD[g['za']]}-Q{_ORD[g['zb']]}"
    if kind == "q3_fy":
        return f"{_fy(g)}Q{g.get('q') or _ORD[g['qw'].lower()]}"
    if kind == "h_fy":
        return f"{_fy(g)}H{g.get('h') or _ORD[g['hw'].lower()]}"
    if kind == "fy":
        return _fy(g)
    if kind == "first_n":
        n = {"two": 2, "three": 3, "nine": 3, "six": 2, "两": 2, "二": 2, "三": 3}[(g.get("n") or g["nz"]).lower()]
        if g.get("nu", "quarters").lower() == "months" and n == 3:  # first nine months
            n = 3
        y = _year(g.get("y") or g.get("y2"), dy)
        return f"{y}Q1-Q{n}" if y else None
    if kind == "q_y":
        q = g.get("q") or g.get("q2") or g.get("q3")
        y = _year(g.get("y") or g.get("y2") or g.get("y3"), dy)
        return f"{y}Q{q}"
    if kind in ("qw_y", "qz", "y_qw"):
        y = _year(g.get("y"), dy)
        q = _ORD[(g.get("qw") or g.get("qz")).lower()]
        return f"{y}Q{q}" if y else None
    if kind == "h_y":
        h = g.get("h") or g.get("h2") or g.get("h3")
        return f"{_year(g.get('y') or g.get('y2') or g.get('y3'), dy)}H{h}"
    if kind == "ended":
        return _ended(g)
    if kind in ("hw_y", "hz", "y_hw"):
        y = _year(g.get("y"), dy)
        h = _ORD[(g.get("hw") or g.get("hz") or "上").lower()]
        return f"{y}H{h}" if y else None
    if kind == "month":
        y = _year(g.get("y") or g.get("y2"), dy)
        mo = _MONTHS[g["m"].lower()[:3]] if "m" in g else int(g["mz"])
        return f"{y}-{mo:02d}"
    if kind == "year":
        return g["y"]
    if kind == "yearz":
        return str(dy) if dy else None
    return None


_SPAN_MONTHS = {"quarter": 3, "three months": 3, "3 months": 3, "季度": 3, "三个月": 3, "six months": 6, "6 months": 6,
                "六个月": 6, "半年": 6, "中期": 6, "nine months": 9, "9 months": 9, "九个月": 9}


def _ended(g: dict[str, str]) -> str:
    """The span that ends in a month: a quarter, a half, nine months (from January) or a year."""
    y = int(g.get("y") or g["y2"])
    mo = int(g["mz"]) if "mz" in g else _MONTHS[(g.get("m") or g["m2"]).lower()[:3]]
    span = (g.get("n") or g["nz"]).lower()
    fiscal = span.startswith("fiscal")
    months = _SPAN_MONTHS.get(span.removeprefix("fiscal "))
    if months is None:  # a year ended on that date
        return f"FY{y}" if fiscal or mo != 12 else str(y)
    if months == 3:
        return f"{y}Q{(mo - 1) // 3 + 1}"
    if months == 6:
        return f"{y}H{1 if mo <= 6 else 2}"
    return f"{y}Q1-Q3" if mo == 9 else f"{y}Q{(mo - 1) // 3 + 1}"
