"""Fact fingerprints: the normalised numbers an article reports, the same in every language.

"10.2万亿" and "10.2 trillion" are both 1.02e13; "$179" and "179美元" are both 179 USD; "363%" is
363%. A value is kept to four significant digits with its unit class (currency code, %, pp, bp or
none), so an article and its translation carry the same tokens, and a different story carries other
ones. Years, dates, times, stock codes and bare small integers say nothing about the story and are
left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

SCALES = {
    "万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4,
    "萬億": 1e12, "千億": 1e11, "百億": 1e10, "億": 1e8, "千萬": 1e7, "百萬": 1e6, "萬": 1e4,  # Traditional
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
}
CURRENCIES = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "美元": "USD",
    "hk$": "HKD", "hkd": "HKD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "美金": "USD",
    "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "元人民币": "CNY", "人民幣": "CNY",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
    "£": "GBP", "gbp": "GBP", "英镑": "GBP", "jpy": "JPY", "日元": "JPY", "yen": "JPY",
}
UNIT_CLASSES = {"%": "%", "percent": "%", "per cent": "%", "pp": "pp", "个百分点": "pp",
                "percentage point": "pp", "percentage points": "pp", "個百分點": "pp", "bp": "bp", "bps": "bp",
                "basis point": "bp", "basis points": "bp", "基点": "bp", "个基点": "bp", "個基點": "bp", "基點": "bp"}
MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))
_SUFFIX_WORDS = "|".join(re.escape(w) for w in sorted({*CURRENCIES, *UNIT_CLASSES} - {"$", "€", "£"}, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![A-Za-z0-9_.,:])(?P<cur>US\$|HK\$|[$€£]|USD|HKD|RMB|CNY|EUR|GBP)?\s?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>{_SCALE_WORDS})(?![A-Za-z]))?"
    rf"(?:\s?(?P<unit>%|{_SUFFIX_WORDS})(?![A-Za-z]))?",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\s?(?:年|月|日|号|时|分|:\d)")
_DATE_BEFORE = re.compile(rf"{MONTHS}\s?$", re.IGNORECASE)
_DATE_AFTER_EN = re.compile(rf"\s{MONTHS}(?![a-z])", re.IGNORECASE)


def fact(value: float, unit: str | None) -> str:
    """The token of one value: four significant digits and the unit class ("179USD", "1.02e+13", "363%")."""
    return f"{abs(value):.4g}{unit_class(unit)}"


def unit_class(unit: str | None) -> str:
    """ISO currency, %, pp or bp; any other unit (tokens, shares, users) is left out: it is named
    differently in each language, and the value alone already carries the fact."""
    if not unit:
        return ""
    u = unit.strip().lower()
    if u.upper() in CURRENCIES.values():
        return u.upper()
    return CURRENCIES.get(u) or UNIT_CLASSES.get(u, "")


def text_facts(text: str) -> set[str]:
    """Fact tokens of the numbers written in a text (NFKC-normalised, as clean.normalize_text leaves it)."""
    facts = set()
    for m in _NUMBER.finditer(text or ""):
        num, cur, scale, unit = m.group("num"), m.group("cur"), m.group("scale"), m.group("unit")
        before, after = text[max(0, m.start() - 12): m.start()], text[m.end(): m.end() + 6]
        if scale and scale.lower() in ("b", "m", "k") and not cur:
            scale = None  # "5 m" or "3 k" without a currency is a distance or a count, not a scale
        if not (cur or scale or unit):
            if _DATE_AFTER.match(after) or _DATE_BEFORE.search(before) or _DATE_AFTER_EN.match(after):
                continue  # 2025年, 9月16日, 03:12, Sept 16, 16 September
            if before.endswith(("(", "（")) and len(num) >= 4 and after[:1] in ")）":
                continue  # a stock code: (09988), (00700)
            if "." not in num and "," not in num and (int(num) < 10 or 1900 <= int(num) <= 2100):
                continue  # a bare small integer or a year
        value = float(num.replace(",", "")) * (SCALES[scale.lower()] if scale else 1.0)
        facts.add(fact(value, unit_class(cur) or unit_class(unit)))
    return facts


def metric_facts(metrics: Iterable[dict]) -> tuple[set[str], set[str]]:
    """(fact tokens, tickers) of extracted metrics: every value, range end and prior value with its unit."""
    facts, tickers = set(), set()
    for m in metrics:
        for key in ("value", "low", "high", "prior_value", "prior_low", "prior_high"):
            if m.get(key) is not None:
                facts.add(fact(m[key], m.get("unit")))
        if m.get("ticker"):
            tickers.add(m["ticker"])
    return facts, tickers


def company_keys(metrics: Iterable[dict]) -> set[str]:
    """Entity keys of the metrics that name a listed company (they carry a ticker). The extractor gives one
    key per company across names, scripts and listings, where the gazetteer may know neither listing."""
    return {m["entity_key"] for m in metrics if m.get("ticker") and m.get("entity_key")}


def companies(tickers: frozenset[str]) -> frozenset[str]:
    """The companies behind tickers: a Hong Kong copy citing 9988.HK and a US copy citing BABA name one company."""
    return frozenset(_company(t) for t in tickers)


@lru_cache(maxsize=4096)
def _company(ticker: str) -> str:
    from ..extract.entities import load_gazetteer, normalise_ticker

    entry = load_gazetteer().by_ticker.get(normalise_ticker(ticker))
    return entry.id if entry else ticker


def explained(facts: frozenset[str], other: frozenset[str]) -> int:
    """How many of `facts` the other fingerprint also reports, directly or as a change.

    "slowed to 5.2% from 5.7%" and "增长5.2%，回落0.5个百分点" state the same facts: a percentage is
    explained by another plus a percentage-point change, and a change by two percentages.
    """
    pcts = {_num(f) for f in other if f.endswith("%")}
    pps = {_num(f) for f in other if f.endswith("pp")}
    n = 0
    for f in facts:
        if f in other:
            n += 1
        elif f.endswith("%") and pps and any(_close(abs(_num(f) - y), d) for y in pcts for d in pps):
            n += 1
        elif f.endswith("pp") and len(pcts) > 1 and any(_close(abs(x - y), _num(f)) for x in pcts for y in pcts):
            n += 1
    return n


def specific(fact_token: str) -> bool:
    """A value unlikely to recur by chance: an amount of money, a scaled number, or 3+ significant digits."""
    digits = fact_token.rstrip("%ppbUSDHKCNYEURGBPJ").split("e")[0].replace(".", "").lstrip("0")
    return fact_token[-3:].isupper() or "e+" in fact_token or len(digits) >= 3


def _num(token: str) -> float:
    return float(token.rstrip("%p"))


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6 * max(1.0, abs(b))
