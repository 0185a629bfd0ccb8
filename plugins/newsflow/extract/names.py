"""Names the gazetteer does not know, read from the signals news gives, and the short forms an article
then uses for them.

A stock code or an inline quote right after a name marks it as a company: 石药集团(01093),
理文造纸(02314.HK), 华晨中国(18.02,-0.18,-0.99%), `Tesla Inc (NASDAQ:TSLA)`, a roundup's name line over
its `(BAC)` line. Once named in full, the article goes on with a short form: 长江基建 → 长建,
石药集团 → 石药, `Tesla Inc` → Tesla or TSLA. Every name gets one key (`entity_key`) so that 腾讯控股,
騰訊, Tencent and 0700.HK are one entity.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations

# Inline quotes after a name are no figures of the article: "(14.5, 1.54, 11.88%)", and the
# price/short-selling strings of quote pages ("+0.600 (+0.590%) 沽空 $9.59千萬; 比率 13.641%").
QUOTE_TUPLE = re.compile(r"[(（]\s?[+-]?\d[\d.,]*\s?[,，]\s?[+-]?\d[\d.,]*\s?[,，]\s?[+-]?\d[\d.,]*\s?%\s?[)）]")
QUOTE_STRING = re.compile(
    r"(?<=[)）])\s*[+-]?\d[\d.,]*\s*[(（][+-]?\d[\d.,]*%[)）]"
    r"(?:\s*(?:沽空|Short selling)\s*\$?\s?[\d.,]+\s?(?:[千百万亿]+|[KMB])?\s?;\s*(?:比率|Ratio)\s*[\d.]+\s?%)?",
    re.IGNORECASE)

# What ends a Chinese name when reading backwards from its code: punctuation, digits, and the
# particles and verbs that introduce a name in a sentence ("在报告中把|长江基建(01038)").
_ZH_STOP = set("把将对予给在及与跟同由从向为被让令使指称是于至按以因但而或又也亦则即等了的之获升降跌涨买沽选列如")
# Verbs and adverbs that introduce a name: "维持华晨中国(...)", "可望带动华晨".
_ZH_LEAD = re.compile(r"^(?:维持|重申|上调|下调|调升|调降|调高|调低|给予|首予|覆盖|看好|推介|首选|包括|预计|认为|指出|表示|发表|公布|宣布|"
                      r"披露|录得|带动|可望|有望|料|估计|其中|当中|另外|此外|同时|随后|今日|昨日|今天|昨天|目前|旗下|子公司|母公司|"
                      r"以及|还有|分别|即|如|例如|相关内容|相关新闻)+")
_ZH_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&\-·]")
_LEADING_UNIT = re.compile(r"(?:港元|美元|元|倍|点|%)+")
_MAX_ZH = 12

# English names: capitalised words, joined by a few lower-case words; what a sentence puts before
# a name ("Shares of", "Target prices for") is not part of it.
_EN_WORD = re.compile(r"(?:[A-Z0-9][\w&.'’-]*|&|of|and|de|the|bio)$")
_EN_LEAD = {"Shares", "Share", "Stock", "Stocks", "The", "A", "An", "In", "On", "For", "At", "By", "And", "But", "While",
            "After", "Before", "Its", "Their", "Analysts", "Analyst", "Investors", "Meanwhile", "Elsewhere", "Also", "Both",
            "With", "Under", "Of", "Today", "Yesterday"}
_EN_SUFFIX = re.compile(r",?\s(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|LP|L\.P|SA|AG|NV|Group|Holdings?|Holding Co)\.?$")
# Short all-caps words in brackets that are not tickers.
_NOT_TICKERS = frozenset({"CEO", "CFO", "GAAP", "EV", "EVS", "PMI", "CPI", "PPI", "GDP", "IPO", "ARR", "LCV", "NEV", "AI", "US",
                          "UK", "EU", "HK", "PE", "PB", "EPS", "ROE", "APP", "QE", "MPC", "ECB", "BOE", "RBI", "FED", "FOMC",
                          "LPR", "MLF", "RRR", "NPL", "CMC", "BLS", "NBS", "IMF", "OPEC", "ETF", "REIT", "ADR", "ADS", "SEC",
                          "TP", "NDA", "FDA", "EBIT", "EBITDA", "CAGR", "YOY", "QOQ", "VIX", "DAU", "MAU", "GMV", "PLC", "ISE",
                          "CBOE", "PHLX", "NASDAQ", "NYSE", "OMX", "CICC", "HIBOR", "LIBOR", "SOFR", "CDS", "NIM", "CNH", "RMB"})
# Words too common to stand for a company on their own.
_COMMON_ZH = frozenset({"中国", "中國", "香港", "美国", "美國", "上海", "北京", "深圳", "广州", "江苏", "浙江", "广东", "山东", "四川",
                        "国际", "國際", "集团", "集團", "控股", "银行", "銀行", "证券", "證券", "公司", "中信", "中国银", "新华", "华夏",
                        "国泰", "招商", "平安", "光大", "长江", "东方", "东方证", "华泰", "国信", "中金", "中银", "农业", "工商", "建设"})
_COMMON_EN = frozenset({"China", "Chinese", "Hong", "American", "National", "General", "First", "United", "Bank", "Global", "International",
                        "New", "Great", "Royal", "Standard", "Southern", "Northern", "Western", "Eastern", "Pacific", "Asia", "Asian",
                        "European", "Japan", "Japanese", "Korea", "India", "Indian", "Capital", "Energy", "Financial", "Digital"})
_ZH_SUFFIXES = ("有限公司", "股份有限公司", "集团", "集團", "控股", "股份", "国际", "國際", "中国", "中國", "公司", "科技", "实业", "實業")


def name_before(text: str, pos: int) -> int | None:
    """Start of the name that ends right before `pos` (a code or quote follows it), or None."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end > 0 and text[end - 1] in ")）":  # a quote tuple between name and code
        q = _tuple_ending(text, end)
        if q is not None:
            end = q
            while end > 0 and text[end - 1] in " \t":
                end -= 1
    if end == 0:
        return None
    if text[end - 1].isascii():
        return _en_name_before(text, end)
    start = end
    while start > 0 and end - start < _MAX_ZH and _ZH_NAME_CHAR.match(text[start - 1]) and text[start - 1] not in _ZH_STOP:
        start -= 1
    while start < end and text[start].isdigit() or text[start] == "." and start > 0 and text[start - 1].isdigit():
        start += 1  # "+49%HTSC", "39.4元恒生银行": the digits before belong to a figure
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] == "%"):
        lead = _LEADING_UNIT.match(text, start)
        if lead is not None:
            start = lead.end()
    if start > 0 and text[start - 1] in ".":
        return None
    while start < end and text[start] in "-&·":
        start += 1
    lead = _ZH_LEAD.match(text[start:end])
    if lead is not None and end - start - lead.end() >= 2:
        start += lead.end()
    return start if end - start >= 2 else None


def _tuple_ending(text: str, end: int) -> int | None:
    m = QUOTE_TUPLE.search(text, max(0, end - 40), end)
    return m.start() if m is not None and m.end() == end else None


def _en_name_before(text: str, end: int) -> int | None:
    line_start = text.rfind("\n", 0, end) + 1
    if not text[line_start:end].strip():  # a roundup: the name is the line above its "(TICK)" line
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] in "\n \t":
            prev_end -= 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        return prev_start if 2 <= len(line) <= 60 and line[:1].isupper() and not line.rstrip().endswith((".", ":")) else None
    words = list(re.finditer(r"\S+", text[line_start:end]))
    start = None
    for w in reversed(words):
        token = w.group()
        if token.endswith(",") and start is not None and _EN_SUFFIX.search(text[line_start + w.start():end]):
            token = token[:-1]  # "Pharmasset, Inc."
        elif not _EN_WORD.match(token) or token.endswith((",", ";", ":", ".\"")):
            break
        start = line_start + w.start()
    if start is None:
        return None
    tokens = text[start:end].split()
    while tokens and (tokens[0] in _EN_LEAD or tokens[0] in ("of", "and", "de", "the", "&")):
        start = text.index(tokens[1], start + len(tokens[0])) if len(tokens) > 1 else end
        tokens = tokens[1:]
    if not tokens or not tokens[0][0].isupper() and not tokens[0][0].isdigit():
        return None
    return start


def is_ticker_word(word: str) -> bool:
    return word not in _NOT_TICKERS


def fold(name: str) -> str:
    """A name reduced for comparison: NFKC, lower case, legal suffixes and punctuation dropped."""
    s = unicodedata.normalize("NFKC", name).casefold()
    s = re.sub(r"\b(?:inc|corp|corporation|co|company|ltd|limited|plc|lp|group|holdings?|the)\b\.?", " ", s)
    return re.sub(r"[\s.,'’&()\-]+", "", s)


def entity_key(entry_id: str | None, ticker: str | None, name: str | None, simplified: str | None = None) -> str | None:
    """One key per entity: the gazetteer's id, else the listing, else the folded (Simplified) name."""
    if entry_id:
        return entry_id
    if ticker:
        return f"ticker:{ticker}"
    if simplified or name:
        return f"name:{fold(simplified or name)}"
    return None


def short_forms(name: str, ticker: str | None) -> list[str]:
    """The forms an article may use for `name` after naming it in full, longest first."""
    forms: set[str] = set()
    if name.isascii():
        base = _EN_SUFFIX.sub("", name).strip(" ,")
        if base != name and len(base) >= 3:
            forms.add(base)
        first = base.split()[0] if base.split() else ""
        if len(first) >= 4 and first[0].isupper() and first not in _COMMON_EN and first != base:
            forms.add(first)
        if ticker and re.fullmatch(r"[A-Z]{2,5}", ticker):
            forms.add(ticker)
    else:
        for suffix in _ZH_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                forms.add(name[: -len(suffix)])
        if len(name) >= 4:
            forms.add(name[:2])
            forms.add(name[:3])
            # 长江基建 → 长建, 中国人寿 → 国寿? only the first character with one later character
            forms.update(name[0] + name[j] for j in range(2, len(name)))
    forms.discard(name)
    return sorted((f for f in forms if f not in _COMMON_ZH and len(f) >= 2), key=len, reverse=True)


def subsequences(name: str, size: int) -> list[str]:
    return ["".join(c) for c in combinations(name, size)]
