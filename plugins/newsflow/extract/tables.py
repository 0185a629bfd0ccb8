"""Tables inside news text: a broker's rating and target table (`股份 | 评级 | 目标价(港元)` with rows
`中信证券(06030.HK) ... | 买入 | 31元`, revisions as `84元 -> 82元`), a ratings-changes list (one
stock per block of lines: ticker, name, "Upgraded by<broker>", price, change, "$47.00 ➝ $52.00Buy"),
and a fixed-width consensus table (ticker, company, then numeric columns under a two-line header).

Each row becomes a rating action (a broker's table) or metrics (a consensus table); the spans the
tables cover are returned so that the sentence reader does not read their figures a second time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import Metric, RatingAction, confidence, names, scan
from .context import MARKET_MONEY
from .entities import Gazetteer, normalise_ticker
from .forecasts import read_forecast_tables
from .periods import find_periods
from .rankings import read_ranked_tables
from .statistics import read_column_tables, read_key_figures, read_period_grids, read_statistics_tables
from .lexicon import Lexicon, label_of
from .units import CURRENCIES
from .numbers import parse_arabic
from .quantities import FUTURES_WORDS

_SEP = r"[|│]"
_HEADER = scan.compile(rf"(?:股份|股票|公司|Stock|Company|Name)\s*{_SEP}\s*(?:[^|│\n]{{1,16}}\s*{_SEP}\s*){{0,4}}")
# Column names in a header, with what each column holds.
_COLUMNS = [
    ("prior_rating", re.compile(r"(?:原|前|previous |prior |old )(?:投资)?(?:评级|rating)", re.IGNORECASE)),
    ("rating", re.compile(r"(?:投资)?评级|建议|rating|recommendation", re.IGNORECASE)),
    ("change", re.compile(r"调幅|变幅|变动|change|%\s?chg", re.IGNORECASE)),
    ("prior_target", re.compile(r"(?:原|前|previous |prior |old )(?:目标价|target|TP)", re.IGNORECASE)),
    ("target", re.compile(r"目标价|目标股价|target|\bTP\b", re.IGNORECASE)),
    ("pb_ratio", re.compile(r"市净率|P/?B|price[- ]to[- ]book", re.IGNORECASE)),
    ("pe_ratio", re.compile(r"市盈率|P/?E\b", re.IGNORECASE)),
    ("dividend_yield", re.compile(r"股息率|息率|dividend yield|yield", re.IGNORECASE)),
]
_CODE = scan.compile(r"[(（]\s?(?P<code>\d{4,6}(?:\.(?i:HK|SH|SZ|SS))?|[A-Z]{1,5}\.US)\s?[)）]")
_ARROW = r"\s?(?:->|-〉|→|➝|－>|=>)\s?"
_PRICE = r"\d[\d,]*(?:\.\d+)?\s?(?:港元|美元|元|HKD|USD|CNY)?"
_CELL_VALUE = scan.compile(rf"(?P<a>{_PRICE})(?:{_ARROW}(?P<b>{_PRICE}))?")
_CHANGE = scan.compile(r"[+-]?\d+(?:\.\d+)?\s?%")
_RATIO = scan.compile(r"(?P<v>\d+(?:\.\d+)?)\s?(?P<u>倍|x|厘|%)", re.IGNORECASE)
# An inline quote between a row's code and its first cell; it never holds another code.
_QUOTE = r"(?P<quote>(?:(?![(（]\s?(?:\d{4,6}|[A-Z]{1,5}\.US))[^|│])*?)"
_RELATED = scan.compile(r"相关(?:新闻|内容|阅读)|Related News", re.IGNORECASE)
_INTRO_LINES = 3  # lines above a table's header that may name its broker
_TABLE_END = scan.compile(r"[(（](?:[a-z]{1,3}/[a-z]{1,3})[)）]|[(（]港股报价|[(（]Quotes for|AASTOCKS|阿思达克|$", re.IGNORECASE)
_RAISE = scan.compile(r"上调|调升|提升|上升|升至|调高|提高|raise[sd]?|lift(?:s|ed)?|boost(?:s|ed)?|increase[sd]?", re.IGNORECASE)
_CUT = scan.compile(r"下调|调降|下降|降至|调低|削减|cut(?:s)?|lower(?:s|ed)?|trim(?:s|med)?|reduce[sd]?", re.IGNORECASE)
_THIS_YEAR = scan.compile(r"今年|本年|this year|current year", re.IGNORECASE)
_NEXT_YEAR = scan.compile(r"明年|next year", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """What a table reader needs of the article: its text and the names found in it."""

    doc: object  # sentences.Normalized
    article: object  # context.ArticleContext
    sources: list  # entities.Mention of brokers and other sources, document offsets
    names: dict[str, str]
    companies: list = field(default_factory=list)  # entities.Mention of companies, document offsets
    economy: tuple = (None, None)  # (name as written, key) of the economy the text names first

    def evidence(self, start: int, end: int) -> tuple[tuple[int, int], str]:
        a, b = self.doc.span(start, end)
        return (a, b), self.doc.original[a:b]


@dataclass
class Tables:
    metrics: list[Metric] = field(default_factory=list)
    rating_actions: list[RatingAction] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # [start, end) of each table in the text
    related: list[tuple[int, int]] = field(default_factory=list)  # related-story headlines inside tables


def read_tables(text: str, written: str, ctx: Page, gz: Gazetteer, lex: Lexicon) -> Tables:
    """Every table in `text` (NFKC, Simplified; `written` the same with Traditional kept)."""
    out = Tables()
    if "|" in text or "│" in text:
        _pipe_lines(text, written, ctx, gz, lex, out)
        if "|" in text:
            lines, offsets, _ = _lines_and_company(text, ctx)
            _titled_results(lines, offsets, ctx, lex, out)  # (first: its two periods and change say more than a row's figures)
            _year_by_quarter(lines, offsets, ctx, lex, out)
            read_ranked_tables(lines, offsets, list(out.spans), lex, ctx.evidence, out, ctx.article)
            _summary_tables(text, ctx, lex, out)
            _statistics_tables(text, ctx, lex, out)
            _daily_rows(lines, offsets, ctx, lex, out)
        for m in _HEADER.finditer(text):
            if any(a <= m.start() < b for a, b in out.spans):
                continue
            _delimited(text, written, m, ctx, gz, lex, out)
        for m in _BROKER_HEADER.finditer(text):
            if any(a <= m.start() < b for a, b in out.spans):
                continue
            if _stock_rows(text, m.end()):  # "券商│投資評級│目標價" over rows of stocks: one broker's table
                _delimited(text, written, m, ctx, gz, lex, out)
            else:
                _broker_rows(text, written, m, ctx, gz, lex, out)
    if "单位" in text and "\n" in text:
        _column_tables(text, ctx, lex, out)
    if " by" in text and "\n" in text:
        _ratings_list(text, written, ctx, lex, out)
    if "\n" in text and re.search(r"\n\s*Tkr\s", text):
        _fixed_width(text, written, ctx, out)
    if "previous" in text and "\n" in text:
        _calendar_lines(text, ctx, lex, out)
    if "\n" in text and _GRID_HINT.search(text):
        lines, offsets, _ = _lines_and_company(text, ctx)
        read_period_grids(lines, offsets, list(out.spans), ctx.article.year, ctx.economy, lex, ctx.evidence, out)
    return out


_GRID_HINT = scan.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ")


# ---------------------------------------------------------------- delimited broker tables

def _delimited(text: str, written: str, header: re.Match[str], ctx, gz: Gazetteer, lex: Lexicon, out: Tables) -> None:
    cells = [c.strip() for c in re.split(_SEP, text[header.start():header.end() + 24])]
    columns = []
    for cell in cells[1:]:
        kind = next((k for k, rx in _COLUMNS if rx.search(cell[:16])), None)
        if kind is None:
            break
        columns.append((kind, cell))
    if not columns:
        return
    currency = _header_currency(" ".join(c for _, c in columns), ctx)
    intro_start = text.rfind("\n", 0, header.start()) + 1
    intro = text[intro_start:header.start()]
    broker = _intro_broker(_intro_start(text, header.start()), header.start(), ctx, text)
    end = _TABLE_END.search(text, header.end())
    stop = end.start() if end else len(text)
    following = _HEADER.search(text, header.end())
    if following is not None and following.start() < stop:
        stop = following.start()
    last_label = _COLUMNS_RX[columns[-1][0]].search(text, header.end(), header.end() + 24)
    pos = last_label.end() if last_label else header.end()
    if last_label is not None and (bracket := re.match(r"\s?[(（][^)）]{1,8}[)）]", text[pos:])):
        pos += bracket.end()
    rows_start = pos
    rows = 0
    row_rx = re.compile(_CODE.pattern + _QUOTE + "".join(
        rf"\s*{_SEP}\s*(?P<c{i}>{_CELL_PATTERNS.get(kind, r'[^|│(]*?')})" for i, (kind, _) in enumerate(columns)))
    for row in row_rx.finditer(text, header.end(), stop):
        values = [row.group(f"c{i}").strip() for i in range(len(columns))]
        if columns[-1][0] not in _CELL_PATTERNS:  # a word column last: only its word, not the next row's name
            rating = lex.ratings.match(values[-1])
            if rating is None:
                continue
            values[-1] = rating.group()
        row_end = row.start(f"c{len(columns) - 1}") + len(values[-1])
        name_start = names.name_before(text, row.start())
        seg_start = max(pos, text.rfind("\n", 0, row.start()) + 1)
        if name_start is None or name_start < seg_start:
            name_start = seg_start
            while name_start < row.start() and not (text[name_start].isalnum() or "\u4e00" <= text[name_start] <= "\u9fff"):
                name_start += 1
        name_start = _known_suffix(text, name_start, row.start(), gz)
        related = _RELATED.search(text, pos, name_start)
        if related is not None:
            out.related.append((related.start(), name_start))
        name = written[name_start:row.start()].strip()
        if not name or _RELATED.search(name):
            continue
        _row(name, row.group("code"), dict(zip([k for k, _ in columns], values)), currency, broker,
             intro, ctx, gz, lex, (name_start, row_end), out)
        pos = row_end
        rows += 1
    if rows:
        out.spans.append((intro_start, pos))
        tail = _RELATED.search(text, pos, stop)
        if tail is not None:  # a related headline after the last row runs to the next sentence
            close = re.search(r"该行|其后|另外|此外|[。\n]", text[tail.end():stop])
            out.related.append((tail.start(), tail.end() + close.start() if close else stop))


_COLUMNS_RX = dict(_COLUMNS)


def _known_suffix(text: str, start: int, end: int, gz: Gazetteer) -> int:
    """The start of the longest known company name that ends the candidate name, if any ("首选名单汇丰控股"
    has its name in 汇丰控股)."""
    if gz.regex is None or end - start <= 2:
        return start
    for i in range(start, end - 1):
        m = gz.regex.fullmatch(text, i, end)
        if m is not None and any(e.kind == "company" for e in gz.lookup(m.group())):
            return i
    return start


def _unnamed(rx: re.Pattern[str]) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", rx.pattern)


_CELL_PATTERNS = {
    "target": _unnamed(_CELL_VALUE), "prior_target": _unnamed(_CELL_VALUE), "change": _unnamed(_CHANGE),
    "pb_ratio": "(?i:" + _unnamed(_RATIO) + ")", "pe_ratio": "(?i:" + _unnamed(_RATIO) + ")",
    "dividend_yield": "(?i:" + _unnamed(_RATIO) + ")",
}


def _header_currency(header: str, ctx) -> str:
    if re.search(r"港元|HKD|HK\$", header):
        return "HKD"
    if re.search(r"美元|USD|US\$", header):
        return "USD"
    if re.search(r"人民币|CNY|RMB", header):
        return "CNY"
    market = ctx.article.market
    if market is None and re.search(r"[\u4e00-\u9fff]", header):
        return "CNY"  # a Chinese table of a market the text does not name: a mainland broker's 元
    return MARKET_MONEY.get(market, "USD")


# A cell that states a move in words: "Downgrade to Neutral From Buy", "Cut to 1,290 From 1,660".
_TO_FROM_CELL = scan.compile(r"\bto\s(?P<new>[^|│]+?)\s(?:from|From|FROM)\s(?P<old>[^|│]+?)\s*$", re.IGNORECASE)


def _intro_broker(start: int, end: int, ctx, text: str | None = None) -> tuple[str | None, str | None]:
    """The first broker named in [start, end) of the text, passing over a "related news" line."""
    brokers = [s for s in ctx.sources if start <= s.start < end and s.entry is not None and s.entry.kind == "broker"
               and not (text and _RELATED.search(text, text.rfind("\n", 0, s.start) + 1, s.start))]
    if not brokers:
        return None, None
    b = brokers[0]
    return ctx.names.get(b.key, b.name) or b.entry.name, b.key


def _intro_start(text: str, header: int) -> int:
    """Where a table's introduction begins: the header's line, or up to _INTRO_LINES lines above it that
    go on from it without a blank line ("汇丰研究在最新研究报告中…列出投资评级及目标价如下:")."""
    start = text.rfind("\n", 0, header) + 1
    for _ in range(_INTRO_LINES):
        above = text.rfind("\n", 0, start - 1) + 1 if start > 0 else start
        if start == 0 or not text[above:start].strip():
            break
        start = above
    return start


def _row(name, code, cells, currency, broker, intro, ctx, gz, lex, span, out: Tables) -> None:
    ticker = normalise_ticker(code)
    entry = gz.by_ticker.get(ticker)
    key = names.entity_key(entry and entry.id, ticker, name)
    target = prior_target = None
    unit = currency
    if "target" in cells:
        cv = _CELL_VALUE.match(cells["target"])
        if cv:
            a, b = _money(cv.group("a")), _money(cv.group("b")) if cv.group("b") else None
            target, prior_target = (b, a) if b is not None else (a, None)
            unit = _cell_currency(cv.group(), currency)
    if "prior_target" in cells and prior_target is None:
        cv = _CELL_VALUE.match(cells["prior_target"] or "")
        prior_target = _money(cv.group("a")) if cv else None
    rating = prior_rating = None
    if "rating" in cells:
        parts = re.split(_ARROW, cells["rating"])
        rating = _rating(parts[-1], lex)
        prior_rating = _rating(parts[0], lex) if len(parts) > 1 else None
    if "prior_rating" in cells:
        prior_rating = _rating(cells["prior_rating"], lex) or prior_rating
    change = float(cells["change"].replace("%", "").strip()) if cells.get("change") else None
    (a, b), evidence = ctx.evidence(*span)
    chinese = not (intro + name + evidence).isascii()  # Chinese digests state a target as the company's figure too
    if target is not None:
        action = _action(rating, prior_rating, target, prior_target, change, intro)
        out.rating_actions.append(RatingAction(
            broker=broker[0], company=name, ticker=ticker, action=action, rating=rating, prior_rating=prior_rating,
            target_price=target, prior_target_price=prior_target, currency=unit, evidence=evidence,
            company_key=key, broker_key=broker[1], confidence=confidence.of("table_rating")))
        if chinese:
            out.metrics.append(_metric("target_price", target, unit, name, key, ticker, broker[0], evidence, (a, b),
                                       prior=prior_target, modality="forecast"))
    if change is not None and chinese:
        out.metrics.append(_metric("target_price_change", change, "%", name, key, ticker, broker[0], evidence, (a, b),
                                   modality="forecast"))
    for kind in ("pb_ratio", "pe_ratio", "dividend_yield"):
        if cells.get(kind):
            m = _RATIO.match(cells[kind])
            unit_of = "x" if m.group("u").lower() in ("倍", "x") else "%"
            period = _column_period(intro, ctx)
            out.metrics.append(_metric(kind, float(m.group("v")), unit_of, name, key, ticker, broker[0], evidence, (a, b),
                                       modality="forecast", period=period))


def _column_period(intro: str, ctx: Page) -> str | None:
    year = ctx.article.year
    if year is None:
        return None
    if _THIS_YEAR.search(intro):
        return f"FY{year}"
    if _NEXT_YEAR.search(intro):
        return f"FY{year + 1}"
    return None


def _cell_currency(cell: str, default: str) -> str:
    if "美元" in cell or "USD" in cell:
        return "USD"
    if "港元" in cell or "HKD" in cell:
        return "HKD"
    if "人民币" in cell or "CNY" in cell:
        return "CNY"
    return default


def _money(s: str | None) -> float | None:
    if not s:
        return None
    m = re.match(r"\d[\d,]*(?:\.\d+)?", s)
    return parse_arabic(m.group()) if m else None


def _rating(cell: str, lex: Lexicon) -> str | None:
    m = lex.ratings.search(cell.strip())
    return rating_name(label_of(m)) if m else None


def rating_name(label: str) -> str:
    """A rating label as the reports write it: "equal-weight", "sector perform", "buy"."""
    return {"strong_buy": "buy", "equal_weight": "equal-weight", "sector_perform": "sector perform",
            "peer_perform": "peer perform", "market_perform": "market perform", "market_weight": "market-weight",
            "in_line": "in-line"}.get(label, label)


# (outperform and accumulate sit between buy and hold on the scales that have all three: CLSA cuts buy to outperform)
_RANK = {"strong_buy": 5, "buy": 4, "overweight": 4, "outperform": 3.5, "accumulate": 3.5, "add": 3.5, "hold": 3, "neutral": 3,
         "equal-weight": 3, "sector perform": 3, "peer perform": 3, "market perform": 3, "market-weight": 3, "in-line": 3,
         "positive": 4, "underweight": 2, "underperform": 2, "negative": 2, "reduce": 2, "sell": 1}


def rank(rating: str | None) -> float:
    return _RANK.get(rating or "", 3)


def _action(rating, prior_rating, target, prior_target, change, intro) -> str:
    if prior_rating is not None and rating is not None and rank(rating) != rank(prior_rating):
        return "upgrade" if rank(rating) > rank(prior_rating) else "downgrade"
    if prior_target is not None and target is not None and target != prior_target:
        return "raise_target" if target > prior_target else "cut_target"
    if change:
        return "raise_target" if change > 0 else "cut_target"
    if _RAISE.search(intro) and re.search(r"目标价|target", intro, re.IGNORECASE):
        return "raise_target"
    if _CUT.search(intro) and re.search(r"目标价|target", intro, re.IGNORECASE):
        return "cut_target"
    return "maintain"


def _metric(metric, value, unit, entity, key, ticker, source, evidence, span, *, prior=None, modality="actual",
            period=None) -> Metric:
    return Metric(metric=metric, value=value, prior_value=prior, unit=unit, period=period, modality=modality,
                  entity=entity, ticker=ticker, attributed_to=source, span=span, evidence=evidence, entity_key=key,
                  confidence=confidence.of("table"))


# ---------------------------------------------------------------- one company, a row per broker

# "券商│投資評級│目標價 國泰君安│買入│37.65元 摩根大通│增持│37.1元 …": every broker's view of the company
# the text is about.
_BROKER_HEADER = scan.compile(rf"(?:券商|大行|机构|投行|经纪|Brokers?|Brokerages?|Firms?)\s*{_SEP}\s*"
                              rf"(?:[^|│\s]{{1,16}}\s*{_SEP}\s*){{0,4}}[^|│\s]{{1,16}}(?=\s)", re.IGNORECASE)


_WORD_CELL = r"[^|│\s]{1,12}"


def _stock_rows(text: str, at: int) -> bool:
    """Whether the first row after a header at `at` is a stock's: its first cell holds a code."""
    start = text.find("\n", at)
    if start < 0:
        return False
    end = text.find("\n", start + 1)
    first_cell = re.split(_SEP, text[start + 1:end if end > 0 else len(text)], maxsplit=1)[0]
    return _CODE.search(first_cell) is not None


def _broker_rows(text: str, written: str, header: re.Match[str], ctx: Page, gz: Gazetteer, lex: Lexicon, out: Tables) -> None:
    cells = [c.strip() for c in re.split(_SEP, header.group())]
    kinds = [next((k for k, rx in _COLUMNS if rx.search(c)), None) for c in cells[1:]]
    if not kinds or None in kinds or "rating" not in kinds and "target" not in kinds:
        return
    company = next((c for c in reversed(ctx.companies) if c.start < header.start() and c.key), None)
    if company is None:
        return
    name = ctx.names.get(company.key, company.name)
    currency = _header_currency(header.group(), ctx)
    row_rx = re.compile(r"\s*(?P<broker>[^|│\s\d][^|│]{0,15}?)" + "".join(
        rf"\s*{_SEP}\s*(?P<c{i}>{_CELL_PATTERNS.get(kind, _WORD_CELL)})" for i, kind in enumerate(kinds)))
    pos, start = header.end(), header.start()
    while (row := row_rx.match(text, pos)) is not None:
        cell = {kind: row.group(f"c{i}") for i, kind in enumerate(kinds)}
        broker = row.group("broker").strip()
        known = next((e for e in gz.lookup(broker) if e.kind == "broker"), None)
        broker_key = known.id if known else names.entity_key(None, None, broker)
        broker_name = written[row.start("broker"):row.end("broker")].strip()
        target = prior_target = None
        unit = currency
        if cell.get("target") and (cv := _CELL_VALUE.match(cell["target"])):
            a, b = _money(cv.group("a")), _money(cv.group("b")) if cv.group("b") else None
            target, prior_target = (b, a) if b is not None else (a, None)
            unit = _cell_currency(cv.group(), currency)
        rating = _rating(cell["rating"], lex) if cell.get("rating") else None
        pos = row.end()
        if target is None and rating is None:
            continue
        (a, b), evidence = ctx.evidence(row.start("broker"), row.end())
        out.rating_actions.append(RatingAction(
            broker=broker_name, company=name, ticker=company.ticker, action=_action(rating, None, target, prior_target, None, ""),
            rating=rating, target_price=target, prior_target_price=prior_target, currency=unit if target is not None else None,
            evidence=evidence, company_key=company.key, broker_key=broker_key, confidence=confidence.of("table_rating")))
        if target is not None and not text.isascii():
            out.metrics.append(_metric("target_price", target, unit, name, company.key, company.ticker, broker_name, evidence,
                                       (a, b), prior=prior_target, modality="forecast"))
    if pos > header.end():
        out.spans.append((start, pos))


# ---------------------------------------------------------------- one row per line

_LINE_COLUMNS = [
    ("stock", re.compile(r"stock|company|name|code|股份|股票|公司|名称|代码", re.IGNORECASE)),
    ("broker", re.compile(r"broker|bank|house|firm|analyst|券商|劵商|大行|机构|投行", re.IGNORECASE)),  # (劵商: a common misprint)
    ("prior_rating", re.compile(r"(?:previous|prior|old|原|前)\s?(?:rating|评级)", re.IGNORECASE)),
    ("rating", re.compile(r"rating|recommendation|评级|建议", re.IGNORECASE)),
    ("prior_target", re.compile(r"(?:previous|prior|old|原|前)\s?(?:target|TP|目标价)", re.IGNORECASE)),
    ("target", re.compile(r"target|\bTP\b|目标价", re.IGNORECASE)),
    ("price", re.compile(r"price|close|现价|收市价|收盘价", re.IGNORECASE)),
]
_MAINTAIN = scan.compile(r"^(?:maintain(?:ed)?|unchanged|reiterate[d]?|keep|kept|维持|重申|不变)\s?", re.IGNORECASE)


def _pipe_lines(text: str, written: str, ctx: Page, gz: Gazetteer, lex: Lexicon, out: Tables) -> None:
    """A table written one row per line ("| Stock | Broker | Target Price (HKD) | Rating |")."""
    offsets, pos = [], 0
    lines = text.split("\n")
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        kinds = [next((k for k, rx in _LINE_COLUMNS if rx.search(c)), None) for c in cells]
        # without a stock column, a table of brokers' notes is on the company the text is about
        # ("发布日期 | 机构 | 目标价 | 本次评级 | 报告标题")
        about = next((c for c in reversed(ctx.companies) if c.start < offsets[i] and c.key
                      and not any(e.kind == "broker" for e in gz.lookup(c.name or ""))), None) \
            if "stock" not in kinds and "broker" in kinds else None
        if len(cells) < 3 or ("stock" not in kinds and about is None) or not ({"target", "rating"} & set(kinds)):
            i += 1
            continue
        currency = _header_currency(lines[i], ctx)
        intro = "\n".join(lines[max(0, i - 3):i])
        j, last = i + 1, None
        stock = (ctx.names.get(about.key, about.name), about.ticker, about.key) if about is not None else None
        while j < len(lines) and ("|" in lines[j] or _RELATED.match(lines[j]) and j + 1 < len(lines) and "|" in lines[j + 1]):
            row = _cells(lines[j])  # (a related headline put between two rows is no row and ends no table)
            j += 1
            row = _paired_cells(kinds, row, lex) or row
            if len(row) != len(cells) or all(set(c) <= set("-: ") for c in row):
                continue
            cell = dict(zip(kinds, row))
            if cell.get("stock"):
                stock = _stock(cell["stock"], gz)
                written_cell = dict(zip(kinds, _cells(written.split("\n")[j - 1]))).get("stock", "")
                if stock is not None and written_cell:  # the name as written (騰訊控股, not 腾讯控股)
                    stock = (_stock(written_cell, gz) or stock)[0], stock[1], stock[2]
            if stock is None:
                continue
            broker_name = cell.get("broker") or None
            broker_key = None
            if broker_name:
                known = next((e for e in gz.lookup(broker_name) if e.kind == "broker"), None)
                broker_key = known.id if known else names.entity_key(None, None, broker_name)
                raw, written_raw = _cells(lines[j - 1]), _cells(written.split("\n")[j - 1])
                if broker_name in raw and len(written_raw) == len(raw):
                    broker_name = written_raw[raw.index(broker_name)]  # the broker as written (瑞銀, not 瑞银)
            else:
                # (the header's line may open with the note: "滙豐研究發表報告,…目標價:股份 | 投資評級 | 目標價")
                broker_name, broker_key = _intro_broker(offsets[max(0, i - 3)], offsets[i] + re.search(r"[|│]|$", lines[i]).start(), ctx)
            target = prior_target = None
            unit = currency
            if cell.get("target"):
                value = _MAINTAIN.sub("", cell["target"])
                if (moved := _TO_FROM_CELL.search(value)) is not None:
                    value = f"{moved.group('old')} -> {moved.group('new')}"
                cv = _CELL_VALUE.search(value)
                if cv:
                    a, b = _money(cv.group("a")), _money(cv.group("b")) if cv.group("b") else None
                    target, prior_target = (b, a) if b is not None else (a, None)
                    unit = _cell_currency(cv.group(), currency)
            rating = prior_rating = None
            if cell.get("rating"):
                value = _MAINTAIN.sub("", cell["rating"])
                moved = _TO_FROM_CELL.search(value)
                parts = [moved.group("old"), moved.group("new")] if moved is not None else re.split(_ARROW, value)
                rating = _rating(parts[-1], lex)
                prior_rating = _rating(parts[0], lex) if len(parts) > 1 else None
            if target is None and rating is None:
                continue
            name, ticker, key = stock
            span = (offsets[j - 1], offsets[j - 1] + len(lines[j - 1]))
            (a, b), evidence = ctx.evidence(*span)
            action = _action(rating, prior_rating, target, prior_target, None, f"{intro}\n{lines[i]}\n{cell.get('target') or ''}")
            # (a target cell that says its move, "Cut to 1,520", under a "Price Target" column)
            out.rating_actions.append(RatingAction(
                broker=broker_name, company=name, ticker=ticker, action=action, rating=rating, prior_rating=prior_rating,
                target_price=target, prior_target_price=prior_target, currency=unit if target is not None else None,
                evidence=evidence, company_key=key, broker_key=broker_key, confidence=confidence.of("table_rating")))
            if target is not None and not (intro + lines[i] + lines[j - 1]).isascii():
                out.metrics.append(_metric("target_price", target, unit, name, key, ticker, broker_name, evidence, (a, b),
                                           prior=prior_target, modality="forecast"))
            last = j
        if last is not None:
            out.spans.append((offsets[i], offsets[last - 1] + len(lines[last - 1])))
        i = max(j, i + 1)


def _paired_cells(kinds: list[str | None], row: list[str], lex: Lexicon) -> list[str] | None:
    """A row that gives its rating and its target twice, before and after ("瑞銀 | 持有 | 賣出 | 112.00 | 102.00"
    under "券商 | 評級 | 目標價"): each pair as one cell "before -> after"; None when the row is not of that shape."""
    out, k, paired = [], 0, False
    for kind in kinds:
        pair = row[k:k + 2]
        if len(pair) == 2 and (kind == "rating" and all(_rating(c, lex) for c in pair)
                               or kind == "target" and all(re.fullmatch(_PRICE, c) for c in pair)):
            out.append(" -> ".join(pair))
            k, paired = k + 2, True
        else:
            out.append(row[k] if k < len(row) else "")  # (a row may leave its last, empty cells out)
            k += 1
    return out if paired and not any(c.strip() for c in row[k:]) else None


def _summary_tables(text: str, ctx: Page, lex: Lexicon, out: Tables) -> None:
    """A broker's financial summary of the company the text is about (forecasts.read_forecast_tables)."""
    lines, offsets, entity = _lines_and_company(text, ctx)
    if entity is not None:
        read_forecast_tables(lines, offsets, entity, lex, ctx.evidence, out)


def _statistics_tables(text: str, ctx: Page, lex: Lexicon, out: Tables) -> None:
    """Tables of items and measures (statistics.read_statistics_tables)."""
    lines, offsets, entity = _lines_and_company(text, ctx)
    read_statistics_tables(lines, offsets, list(out.spans), ctx.article, entity, lex, ctx.evidence, out)
    read_key_figures(lines, offsets, list(out.spans), ctx.article, entity, lex, ctx.evidence, out)


def _column_tables(text: str, ctx: Page, lex: Lexicon, out: Tables) -> None:
    """A periodic report's tables laid out in columns (statistics.read_column_tables), for the period the
    report states first (2016 年半年度报告摘要)."""
    lines, offsets, entity = _lines_and_company(text, ctx)
    stated = next((p for p in find_periods(text[:text.find("单位")]) if not p.comparison), None)
    period = stated.resolve(ctx.article.year, ctx.article.fiscal) if stated else None
    read_column_tables(lines, offsets, list(out.spans), period, entity, lex, ctx.evidence, out)


# ---------------------------------------------------------------- a results table titled with its unit

# "Financials (M)" over "Item | 9m 2022 | 9m 2023 | Change" and rows "Revenues | 857.33 | 790.72 | (7.8 %)": each row's
# figure for the later period, with the earlier one as its prior value and the change as its growth.
_UNIT_TITLE = scan.compile(r"[(（]\s?(?:[A-Z]{3}\s?)?(?P<s>M|mn|mln|millions?|B|bn|billions?|K|thousands?)\s?[)）]\s*$")
_SCALE_OF = {"m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
             "billions": 1e9, "k": 1e3, "thousand": 1e3, "thousands": 1e3}
_CHANGE_HEAD = scan.compile(r"change|chg|y/?o/?y|%|同比|变化|變化|变动|變動|增减|增減", re.IGNORECASE)
_ITEM_HEAD = scan.compile(r"\s*(?:指标|指標|项目|項目|主要指标|财务指标|Item|Metric)\s*", re.IGNORECASE)
# A row whose label states its unit: "营业收入(元)", "归母净利润(万元)", "基本每股收益(元/股)".
_ROW_UNIT = scan.compile(r"[(（]\s?(?P<s>百万|千|万|亿)?元(?P<per>/股)?\s?[)）]")
_ROW_SCALE = {None: 1.0, "千": 1e3, "万": 1e4, "百万": 1e6, "亿": 1e8}
_SIGNED = scan.compile(r"(?P<open>\()?\s?(?P<v>[-−+]?\d[\d,]*(?:\.\d+)?)\s?(?P<pct>%)?\s?\)?")
_POINTS_CELL = scan.compile(r"\s?(?P<v>[-−+]?\d+(?:\.\d+)?)\s?(?:个百分点|個百分點|pp|pct|ppt)\s?")
_MONTHS_TO_DATE = {"3": "Q1", "6": "H1", "9": "Q1-Q3", "12": ""}
_MONTHS_SO_FAR = scan.compile(r"^\s?(?P<n>3|6|9|12)\s?m\b", re.IGNORECASE)  # "9m 2023": the year's first nine months
_CODE_BEFORE_FIGURE = scan.compile(r"\b([A-Z]{3})\s?\d")
_NO_ROW_METRICS = frozenset({"share_price", "price", "share"})  # ("Average Shares | 120.00 | 120.00": a count, no price)
_PER_SHARE_ROW = scan.compile(r"\bEPS\b|per share", re.IGNORECASE)


def _titled_results(lines: list[str], offsets: list[int], ctx: Page, lex: Lexicon, out: Tables) -> None:
    """Tables whose columns are two periods and their change, under a title that states their unit ("(M)") or with
    rows that state their own ("指标 | 2024年 | 2023年 | 同比变化" over "营业收入(元) | … | … | +4.72%", "毛利率 | 25.96% |
    23.40% | +2.56个百分点")."""
    company = _article_company(ctx)
    if company is None:
        return
    for i in range(1, len(lines) - 1):
        title = next((lines[k] for k in (i - 1, i - 2) if k >= 0 and lines[k].strip()), "")
        unit = _UNIT_TITLE.search(title)
        header = _cells(lines[i])
        if len(header) != 4 or not _CHANGE_HEAD.search(header[3]) or any(a <= offsets[i] < b for a, b in out.spans) \
                or unit is None and not _ITEM_HEAD.fullmatch(header[0]):
            continue
        periods = [_results_column(c, ctx.article.year) for c in header[1:3]]
        if None in periods or periods[0] == periods[1]:
            continue
        later = 1 if periods[1] > periods[0] else 0
        first = len(out.metrics)
        written = [m.group(1) for m in _CODE_BEFORE_FIGURE.finditer("\n".join(lines[:i])) if m.group(1) in CURRENCIES]
        currency = written[-1] if written else MARKET_MONEY.get(ctx.article.market, "USD" if unit else "CNY")  # ("SAR 298.3 million" above it)
        j = i + 1
        while j < len(lines) and len(row := _cells(lines[j])) == 4:
            values = [_SIGNED.fullmatch(c.strip()) for c in row[1:]]
            cue = lex.metrics.search(row[0])
            metric = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
            stated = _ROW_UNIT.search(row[0])
            ratio = all(v is not None and v.group("pct") for v in values[:2])
            if metric is not None and metric not in _NO_ROW_METRICS and values[later] is not None and (unit or stated or ratio):
                per_share = _PER_SHARE_ROW.search(row[0]) is not None or stated is not None and stated.group("per") is not None
                scale = 1.0 if per_share or ratio else _SCALE_OF[unit.group("s").lower()] if unit else _ROW_SCALE[stated.group("s")]
                level, earlier = (_signed_cell(values[n], scale) for n in (later, 1 - later))
                span, evidence = ctx.evidence(offsets[j], offsets[j] + len(lines[j]))
                common = dict(entity=company[0], entity_key=company[1], ticker=company[2], span=span, evidence=evidence,
                              modality="actual", confidence=confidence.of("table"), period=periods[later])
                out.metrics.append(Metric(metric=metric, value=level, prior_value=earlier, unit="%" if ratio else currency,
                                          **common))
                points = _POINTS_CELL.fullmatch(row[3])
                if values[2] is not None and not ratio:
                    out.metrics.append(Metric(metric=f"{metric}_growth", value=_signed_cell(values[2], 1.0), unit="%",
                                              basis="yoy", **common))
                elif points is not None and ratio:  # a ratio's change, in percentage points
                    out.metrics.append(Metric(metric=f"{metric}_change", value=float(points.group("v").replace("−", "-")),
                                              unit="pp", basis="yoy", **common))
            j += 1
        if j > i + 1:
            # (what a reader before made of these rows gives way to this reading of them)
            start, end = ctx.evidence(offsets[i], offsets[j - 1] + len(lines[j - 1]))[0]
            out.metrics[:] = [m for m in out.metrics[:first] if not (m.span and start <= m.span[0] < end)] + out.metrics[first:]
            out.spans.append((offsets[i], offsets[j - 1] + len(lines[j - 1])))


# ---------------------------------------------------------------- a table of days

# "恒指期货近一周未平仓合约总数" over "日期 | 现货月份 | +/- | 所有月份 | +/-" and rows "20/10(一) | 135971 | -22479 | 155611 |
# -21409": each day's figure of each column, a "+/-" column the day's change of the column before it.
_DATE_HEAD = scan.compile(r"\s*(?:日期|交易日|Date)\s*", re.IGNORECASE)
_DAY_CELL = scan.compile(r"\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}))?\s*(?:[(（][^()（）]{1,3}[)）])?\s*")
_MOVE_HEAD = scan.compile(r"\s*(?:\+/-|\+/−|增减|变化|变动|change|chg)\s*", re.IGNORECASE)
_FIGURE_CELL = scan.compile(r"\s*[-−+]?\d[\d,]*(?:\.\d+)?\s*")
_TITLE_SUBJECT_END = scan.compile(r"近一周|近五日|近5日|近一星期|每日|本周|上周|单日|未平仓|成交|持仓|净买|净卖|沽空|的")


def _daily_rows(lines: list[str], offsets: list[int], ctx: Page, lex: Lexicon, out: Tables) -> None:
    """Tables of days under a title that names what they count (the text's year dates them)."""
    year = ctx.article.year
    for i in range(1, len(lines) - 1):
        header = _cells(lines[i])
        if len(header) < 3 or not _DATE_HEAD.fullmatch(header[0]) or any(a <= offsets[i] < b for a, b in out.spans) or year is None:
            continue
        title = lines[i - 1].strip()
        cue = next(reversed([*lex.metrics.finditer(title)]), None)  # (the title's last cue names what it counts)
        if not title or "|" in title or cue is None or not FUTURES_WORDS.search(title):
            continue  # (counted in contracts: the unit a title of open interest or futures gives; others say theirs)
        metric = lex.label_metrics.get(label_of(cue), label_of(cue))
        cut = _TITLE_SUBJECT_END.search(title)
        entity = title[:cut.start()] if cut is not None and cut.start() >= 2 else title
        at = offsets[i - 1] + lines[i - 1].index(title)
        written = ctx.doc.written[at:at + len(entity)]  # (as the text writes it: 恒指期貨)
        j = i + 1
        while j < len(lines) and len(row := _cells(lines[j])) == len(header) and (day := _DAY_CELL.fullmatch(row[0])):
            first, second = int(day.group("a")), int(day.group("b"))
            day_first = ctx.article.market in ("HK", "MO", "UK", "AU", "IN", "SG") or first > 12
            d, mth = (first, second) if day_first else (second, first)
            if 1 <= mth <= 12 and 1 <= d <= 31 and all(_FIGURE_CELL.fullmatch(c) for c in row[1:]):
                period = f"{int(day.group('y') or year):04d}-{mth:02d}-{d:02d}"
                span, evidence = ctx.evidence(offsets[j], offsets[j] + len(lines[j]))
                for n, (head, cell) in enumerate(zip(header[1:], row[1:]), 1):
                    moved = _MOVE_HEAD.fullmatch(head) is not None
                    basis = (header[n - 1] if moved else head).strip()
                    out.metrics.append(Metric(
                        metric=f"{metric}_change" if moved else metric, value=float(cell.replace(",", "").replace("−", "-")),
                        unit="contracts", period=period, basis=basis, entity=written, entity_key=names.entity_key(None, None, entity),
                        span=span, evidence=evidence, modality="actual", confidence=confidence.of("table")))
            j += 1
        if j > i + 1:
            out.spans.append((offsets[i], offsets[j - 1] + len(lines[j - 1])))


# ---------------------------------------------------------------- a grid of years by quarters

# "表:2023年百强房企各季度业绩及同比变动(亿元)" over "操盘口径 | 2019年 | … | 2023年 | 单季度同比" and rows "第一季度 | 18546.8 | … |
# 3.1%": each cell the figure of its row's quarter in its column's year, the change column the last year's growth.
_GRID_TITLE = scan.compile(r"^(?:表\s?\d*\s?[:：]\s?)?(?:(?:19|20)\d{2}\s?年)?(?P<subject>[^()（）|]{2,16}?)(?:各季度|各季|季度|各月|月度)"
                          r"(?P<what>[^()（）|]*?)[(（]\s?(?P<s>亿|万|百万|千)?元\s?[)）]\s*$")
_YEAR_CELL = scan.compile(r"\s*(?P<y>(?:19|20)\d{2})\s?年?\s*")
_QUARTER_CELL = scan.compile(r"\s*(?:第\s?)?(?P<q>[一二三四1-4])\s?季度?\s*|\s*Q(?P<q2>[1-4])\s*")
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _year_by_quarter(lines: list[str], offsets: list[int], ctx: Page, lex: Lexicon, out: Tables) -> None:
    for i in range(1, len(lines) - 1):
        title = _GRID_TITLE.match(lines[i - 1].strip())
        header = _cells(lines[i])
        if title is None or len(header) < 3 or any(a <= offsets[i] < b for a, b in out.spans):
            continue
        years = [int(y.group("y")) if (y := _YEAR_CELL.fullmatch(c)) else None for c in header[1:]]
        change = _CHANGE_HEAD.search(header[-1]) is not None and years[-1] is None
        if change:
            years = years[:-1]
        if len(years) < 2 or None in years:
            continue
        cue = lex.metrics.search(title.group("what"))
        metric = lex.label_metrics.get(label_of(cue), label_of(cue)) if cue else None
        subject = title.group("subject").strip()
        scale = _ROW_SCALE[title.group("s")]
        first, j = len(out.metrics), i + 1
        while j < len(lines) and len(row := _cells(lines[j])) == len(header) and (quarter := _QUARTER_CELL.fullmatch(row[0])):
            q = _QUARTER_NUMBER[quarter.group("q") or quarter.group("q2")]
            span, evidence = ctx.evidence(offsets[j], offsets[j] + len(lines[j]))
            common = dict(entity=subject, entity_key=names.entity_key(None, None, subject), span=span, evidence=evidence,
                          modality="actual", confidence=confidence.of("table"))
            for year, cell in zip(years, row[1:]):
                if (value := _SIGNED.fullmatch(cell.strip())) is not None and not value.group("pct"):
                    out.metrics.append(Metric(metric=metric, value=_signed_cell(value, scale), unit="CNY", period=f"{year}Q{q}",
                                              **common))
            if change and (moved := _SIGNED.fullmatch(row[-1].strip())) is not None and moved.group("pct"):
                out.metrics.append(Metric(metric=f"{metric}_growth" if metric else "growth", value=_signed_cell(moved, 1.0),
                                          unit="%", basis="yoy", period=f"{years[-1]}Q{q}", **common))
            j += 1
        if j > i + 1:
            start, end = ctx.evidence(offsets[i], offsets[j - 1] + len(lines[j - 1]))[0]
            out.metrics[:] = [m for m in out.metrics[:first] if not (m.span and start <= m.span[0] < end)] + out.metrics[first:]
            out.spans.append((offsets[i], offsets[j - 1] + len(lines[j - 1])))


def _results_column(cell: str, year: int | None) -> str | None:
    """"9m 2023" → 2023Q1-Q3, "Q3 2023" → 2023Q3, "2023" → 2023."""
    found = find_periods(cell)
    if len(found) != 1 or found[0].year is None:
        return None
    months = _MONTHS_SO_FAR.match(cell)
    if months is not None and found[0].unit == "Y":
        return f"{found[0].year}{_MONTHS_TO_DATE[months.group('n')]}"
    return found[0].resolve(year, False)


def _signed_cell(m: re.Match[str], scale: float) -> float:
    """"(7.8 %)" is -7.8: a bracketed figure is a fall."""
    value = float(m.group("v").replace(",", "").replace("−", "-"))
    return float(f"{-value * scale if m.group('open') else value * scale:.15g}")


def _lines_and_company(text: str, ctx: Page) -> tuple[list[str], list[int], tuple[str | None, str | None, str | None] | None]:
    """The text's lines, their offsets, and (name, key, ticker) of the company it is about (not the broker)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    return lines, offsets, _article_company(ctx)


def _article_company(ctx: Page) -> tuple[str | None, str | None, str | None] | None:
    """(name, key, ticker) of the company the text is about (not the broker)."""
    brokers = {(s.start, s.end) for s in ctx.sources}
    company = next((c for c in ctx.companies if c.key and (c.start, c.end) not in brokers), None)
    return (ctx.names.get(company.key, company.name), company.key, company.ticker) if company else None


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.count("|") + line.count("│") < 2:
        return []
    return [c.strip() for c in re.split(_SEP, line.strip("|│"))]


def _stock(cell: str, gz: Gazetteer) -> tuple[str, str | None, str | None] | None:
    """(name, ticker, key) of a stock cell: "HKEX (00388)", "腾讯控股(00700.HK)", "Tencent"."""
    code = _CODE.search(cell)
    name = (cell[:code.start()] if code else cell).strip(" -/")
    if not name:
        return None
    ticker = normalise_ticker(code.group("code")) if code else None
    entry = (gz.by_ticker.get(ticker) if ticker else None) or next((e for e in gz.lookup(name) if e.kind == "company"), None)
    return name, ticker, names.entity_key(entry and entry.id, ticker, name)


# ---------------------------------------------------------------- ratings-changes lists

_ACTION_LINE = scan.compile(
    r"^(?P<action>Reiterated|Reiterated Rating|Initiated|Initiated Coverage|Upgraded|Downgraded|Target Raised|Target Lowered|"
    r"Target Cut|Target Set|Boost Target|Lower Target|Set Target|Price Target Raised|Price Target Lowered) by\s?(?P<broker>.+)$",
    re.MULTILINE)
_ACTIONS = {"reiterated": "reiterate", "initiated": "initiate", "upgraded": "upgrade", "downgraded": "downgrade",
            "target raised": "raise_target", "boost target": "raise_target", "price target raised": "raise_target",
            "target lowered": "cut_target", "target cut": "cut_target", "lower target": "cut_target",
            "price target lowered": "cut_target", "target set": "maintain", "set target": "maintain",
            "reiterated rating": "reiterate", "initiated coverage": "initiate"}
_LAST_LINE = scan.compile(rf"^(?:\$(?P<a>[\d,]+(?:\.\d+)?)(?:{_ARROW}\$(?P<b>[\d,]+(?:\.\d+)?))?)?\s?(?P<rating>[A-Za-z][A-Za-z -]*?(?:{_ARROW}[A-Za-z][A-Za-z -]*)?)?\s*$")


def _ratings_list(text: str, written: str, ctx, lex: Lexicon, out: Tables) -> None:
    for m in _ACTION_LINE.finditer(text):
        lines_before = text[:m.start()].rstrip("\n").split("\n")
        if not lines_before or not lines_before[-1].strip():
            continue
        company = lines_before[-1].strip()
        ticker_line = lines_before[-2].strip() if len(lines_before) >= 2 else ""
        after = text[m.end():].lstrip("\n").split("\n")[:5]
        # analyst name (optional), price, change, then "[$target[ ➝ $target]]rating[ ➝ rating]"
        rest = [ln.strip() for ln in after]
        i = 0
        if i < len(rest) and not rest[i].startswith("$"):
            i += 1  # the analyst's name
        if i < len(rest) and re.fullmatch(r"\$[\d,]+(?:\.\d+)?", rest[i]):
            i += 1
        if i < len(rest) and re.fullmatch(r"[+-]?\d+(?:\.\d+)?%", rest[i]):
            i += 1
        if i >= len(rest):
            continue
        last = _LAST_LINE.match(rest[i])
        if last is None:
            continue
        a, b = _money(last.group("a")), _money(last.group("b"))
        target, prior_target = (b, a) if b is not None else (a, None)
        rating = prior_rating = None
        if last.group("rating"):
            parts = re.split(_ARROW, last.group("rating"))
            rating = _rating(parts[-1], lex)
            prior_rating = _rating(parts[0], lex) if len(parts) > 1 else None
            if rating is None:
                continue
        action = _ACTIONS.get(m.group("action").lower(), "maintain")
        start = m.start() - len(lines_before[-1]) - (len(ticker_line) + 1 if ticker_line else 0)
        end = text.find("\n", text.find(rest[i], m.end()))
        end = len(text) if end < 0 else end
        broker = m.group("broker").strip()
        broker_key = next((s.key for s in ctx.sources if m.start("broker") <= s.start < m.end()), None)
        ticker = ticker_line if re.fullmatch(r"[A-Z.]{1,6}", ticker_line) else None
        _, evidence = ctx.evidence(max(0, start), end)
        out.rating_actions.append(RatingAction(
            broker=broker, company=company, ticker=ticker, action=action, rating=rating, prior_rating=prior_rating,
            target_price=target, prior_target_price=prior_target, currency="USD" if target is not None else None,
            evidence=evidence, company_key=names.entity_key(None, ticker, company),
            broker_key=broker_key or names.entity_key(None, None, broker), confidence=confidence.of("table_rating")))
        out.spans.append((max(0, start), end))


# ---------------------------------------------------------------- economic calendar lines

# An economic calendar's lines: "Spain: 50.0 (48.1 previous, 48.5 expected)" - each economy's reading of the indicator
# the article is about, with its earlier reading and the consensus.
_CALENDAR_LINE = scan.compile(r"^(?P<name>[A-Z][A-Za-z .'-]{1,30}):\s(?P<v>-?\d+(?:\.\d+)?)%?\s\((?P<prev>-?\d+(?:\.\d+)?)%?\s"
                              r"previous,\s(?P<exp>-?\d+(?:\.\d+)?)%?\s(?:expected|forecast|consensus)\)\s*$", re.MULTILINE)
_INDICATORS = ("pmi", "cpi", "ppi", "inflation", "gdp", "unemployment_rate", "retail_sales", "industrial_production")


def _calendar_lines(text: str, ctx: Page, lex: Lexicon, out: Tables) -> None:
    lines = list(_CALENDAR_LINE.finditer(text))
    indicator = next((label_of(m) for m in lex.metrics.finditer(text) if label_of(m) in _INDICATORS), None) if lines else None
    if indicator is None:
        return
    unit = lex.default_units.get(indicator, "%")
    metric = indicator if indicator in lex.ratio_metrics or unit != "%" else f"{indicator}_growth"
    for m in lines:
        name = m.group("name").strip()
        key = lex.subject_key(name)
        if key is None or not key.startswith("economy:"):
            continue  # (a line led by anything but an economy is no reading)
        span, evidence = ctx.evidence(m.start(), m.end())
        out.metrics.append(_metric(metric, float(m.group("v")), unit, name, key, None, None, evidence, span,
                                   prior=float(m.group("prev"))))
        out.metrics.append(_metric(f"{metric}_consensus", float(m.group("exp")), unit, name, key, None, None, evidence, span,
                                   modality="forecast"))
        out.spans.append((m.start(), m.end()))


# ---------------------------------------------------------------- fixed-width consensus tables

def _fixed_width(text: str, written: str, ctx, out: Tables) -> None:
    lines = text.split("\n")
    offsets = [0]
    for ln in lines:
        offsets.append(offsets[-1] + len(ln) + 1)
    for i, line in enumerate(lines):
        if not re.match(r"\s*Tkr\s", line):
            continue
        labels = _stacked_labels(lines[i - 1] if i else "", line)
        numeric = [lab for lab in labels if not re.search(r"tkr|company|name", lab, re.IGNORECASE)]
        intro = "\n".join(lines[max(0, i - 12):i])
        consensus = bool(re.search(r"average|consensus|mean", intro, re.IGNORECASE))
        for j in range(i + 1, len(lines)):
            row = re.match(r"^(?P<tkr>[A-Z][A-Z.]{0,5})\s{2,}(?P<name>\S.*?)\s{2,}(?P<nums>[+-]?[\d.,]+(?:\s+[+-]?[\d.,]+)+)\s*$", lines[j])
            if row is None:
                if lines[j].strip() and not set(lines[j].strip()) <= set("=-"):
                    break
                continue
            nums = [parse_arabic(x) for x in row.group("nums").split()]
            if len(nums) != len(numeric):
                continue
            cells = dict(zip(numeric, nums))
            _consensus_row(row, cells, consensus, ctx, (offsets[j], offsets[j] + len(lines[j])), out)
        out.spans.append((offsets[max(0, i - 1)], offsets[min(len(lines), j)]))


def _stacked_labels(upper: str, lower: str) -> list[str]:
    """Column labels of a two-line header: each word of the lower line with the word above it."""
    labels = []
    for m in re.finditer(r"\S+(?: \S+)*", lower):
        words = [m.group()]
        for u in re.finditer(r"\S+(?: \S+)?", upper):
            if u.start() < m.end() and m.start() < u.end() + 2:
                words.insert(0, u.group())
                break
        labels.append(" ".join(words))
    return [lab for part in labels for lab in ([part] if not re.match(r"Tkr\s+Company", part) else ["Tkr", "Company"])]


def _consensus_row(row: re.Match[str], cells: dict[str, float], consensus: bool, ctx, span, out: Tables) -> None:
    target = next((v for k, v in cells.items() if re.search(r"current target", k, re.IGNORECASE)), None)
    prior = next((v for k, v in cells.items() if re.search(r"(?:last|prev|prior|old).*target", k, re.IGNORECASE)), None)
    change = next((v for k, v in cells.items() if re.search(r"%", k)), None)
    name = row.group("name").strip()
    key = names.entity_key(None, row.group("tkr"), name)
    (a, b), evidence = ctx.evidence(*span)
    metric = "consensus_target_price" if consensus else "target_price"
    if target is not None:
        out.metrics.append(_metric(metric, target, "USD", name, key, row.group("tkr"), None, evidence, (a, b),
                                   prior=prior, modality="forecast"))
    if change is not None:
        out.metrics.append(_metric(f"{metric}_change", change, "%", name, key, row.group("tkr"), None, evidence, (a, b),
                                   modality="forecast"))
