"""Company and broker gazetteer: mentions by name/alias and by ticker, and ticker normalisation."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import yaml

from . import compiled, names, scan

GAZETTEER_PATH = Path(__file__).parent / "data" / "gazetteer.yaml"


@dataclass(frozen=True)
class Listing:
    ticker: str
    exchange: str | None
    currency: str | None


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str  # "company" or "broker"
    listings: tuple[Listing, ...] = ()
    name_zh: str | None = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entry: Entry | None  # None: a name or ticker the gazetteer does not know
    ticker: str | None = None  # set when the mention is (or carries) a ticker
    name: str | None = None  # the name as the text writes it (Traditional kept); None for a bare ticker
    key: str | None = None  # the entity's key (see names.entity_key)


@dataclass
class Gazetteer:
    companies: list[Entry] = field(default_factory=list)
    sources: list[Entry] = field(default_factory=list)  # brokers, regulators, data providers
    by_alias: dict[str, list[Entry]] = field(default_factory=dict)  # exact-case aliases
    by_alias_folded: dict[str, list[Entry]] = field(default_factory=dict)
    by_ticker: dict[str, Entry] = field(default_factory=dict)
    by_number: dict[int, str] = field(default_factory=dict)  # 2330 -> 2330.TW: numeric listings by number
    broker_of: dict[str, Entry] = field(default_factory=dict)  # a listed group's id -> its broking house (nomura_holdings -> nomura)
    regex: re.Pattern[str] | None = None

    def lookup(self, alias: str) -> list[Entry]:
        return self.by_alias.get(alias) or self.by_alias_folded.get(alias.casefold()) or []


_SECTIONS = (("company", "companies"), ("broker", "brokers"), ("source", "regulators_and_others"))


def build_gazetteer(data: dict) -> Gazetteer:
    """Gazetteer from the parsed YAML (see data/gazetteer.yaml for the format)."""
    gz = Gazetteer()
    patterns: set[str] = set()  # lower-cased aliases
    company_names: dict[str, list[str]] = {}
    for kind, key in _SECTIONS:
        for item in data.get(key) or []:
            listings = tuple(Listing(str(li["ticker"]), li.get("exchange"), li.get("currency"))
                             for li in item.get("listings") or [])
            entry = Entry(str(item["id"]), str(item["name"]), kind, listings, item.get("name_zh"))
            (gz.companies if kind == "company" else gz.sources).append(entry)
            for listing in listings:
                gz.by_ticker.setdefault(normalise_ticker(listing.ticker), entry)
                base = listing.ticker.split(".")[0]
                if base.isdigit() and kind == "company":
                    gz.by_number.setdefault(int(base), listing.ticker)
            names = [str(n) for n in (item["name"], item.get("name_zh"), *(item.get("aliases") or [])) if n]
            if kind == "company":
                company_names[entry.id] = names
            elif item.get("company") in company_names:  # "Goldman Sachs Group Inc. raised its target": the broker too
                names += [n for n in company_names[item["company"]] if any(n == f"{own} Group" for own in names)]
                gz.broker_of[item["company"]] = entry
            for alias in set(names):
                # Short all-caps aliases ("GS", "MS", "JD") match only in capitals, and so do short ones with a
                # capital inside ("BoE" is no "boe/d").
                exact = len(alias) <= 5 and (alias.isupper() or alias.isascii() and any(c.isupper() for c in alias[1:]))
                table = gz.by_alias if exact else gz.by_alias_folded
                bucket = table.setdefault(alias if exact else alias.casefold(), [])
                if all(e.kind != kind for e in bucket):
                    bucket.append(entry)
                patterns.add(alias.lower())
    if patterns:
        gz.regex = compiled.compile(_script_guarded(patterns), re.IGNORECASE)
    return gz


def _script_guarded(aliases: set[str]) -> str:
    """The aliases' regex in halves: Latin aliases tried only where a word starts, the others only at
    a non-ASCII character. The guards let the engine skip most positions at once."""
    latin = {a for a in aliases if a[0].isascii() and a[0].isalnum()}
    other = {a for a in aliases if not a[0].isascii()}
    rest = aliases - latin - other
    parts = [rf"(?=[^\x00-\x7f])(?:{trie_regex(other, ignore_case=True)})" if other else "",
             rf"(?<![A-Za-z0-9])(?=[A-Za-z0-9])(?:{trie_regex(latin, ignore_case=True)})" if latin else "",
             trie_regex(rest, ignore_case=True) if rest else ""]
    return "|".join(p for p in parts if p)


def trie_regex(words: set[str], ignore_case: bool = False) -> str:
    """One regex matching any of `words`, prefix-factored so matching stays fast with
    thousands of aliases; greedy, so the longest alias wins ("Alibaba Cloud" over "Alibaba").
    `ignore_case`: the regex is compiled so, and `words` are lower-cased; each letter is then written
    as a class the engine tests at once (see `scan.caseless`)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict, depth: int = 0) -> str:
        end = "" in node
        # past the first letters few aliases are left to dismiss: plain letters compile faster
        branches = [(scan.caseless(ch) if ignore_case and depth < 2 and ch.isascii() and ch.isalpha() else re.escape(ch))
                    + walk(child, depth + 1) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            body = f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return walk(trie)


def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer at `path` (default: the packaged one), parsed once."""
    return _gazetteer_at(Path(path) if path else GAZETTEER_PATH)


@lru_cache(maxsize=4)
def _gazetteer_at(p: Path) -> Gazetteer:
    if not p.exists():
        warnings.warn(f"gazetteer not found at {p}; entities will only come from ticker mentions", stacklevel=2)
        return build_gazetteer({})
    with p.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ValueError(f"{p}: expected a mapping with 'version: 1', got {type(data).__name__}")
    return build_gazetteer(data)


# Ticker mentions: 阿里(09988), (HKG: 9988), NYSE: BABA, 300750.SZ, 0700.HK (not a year: "今(2026)明年").
_TICKER = scan.compile(
    r"(?P<paren>(?<![今明去本前])[(\[]\s*(?:(?:证券|股票)代码\s?[:：]?\s?|(?:stock )?code:?\s|行情)?(?P<pcode>\d{4,6}|(?<=[\u4e00-\u9fff]\()\d{3}(?=\)))"
    r"(?:[.\s-](?P<psfx>(?i:HK|SH|SZ|SS|BJ|TW)))?(?:[,，]\s?诊股)?\s*[)\]])"  # 汇控(005): Hong Kong papers drop the leading
    # zeros; "(3308 HK)", "(1680-HK)"; a portal's "(行情002508,诊股)"
    r"|(?P<exch>HKG|HKEX|SEHK|HK|NYSE|NASDAQ|Nasdaq|SSE|SZSE|SHA|SHE|NYSEARCA|AMEX|TSE|TYO|KRX|KOSDAQ|LON|LSE|AIM|TSX|ASX|SGX|NSE|BSE|ETR|XETRA|FRA|EPA|AMS|BIT|BME|SIX|SWX|STO|CPH|HEL|OSL|JSE|NZX|TPE|IDX|KLSE|KL|DE|OTC|OTCQX|OTCQB|OTCMKTS|BVMF|B3|BMV|TASE|EGX|NGX|PSE)"
    r"\s?:\s?(?P<ecode>[A-Z]{1,5}(?:\.[A-Z])?|\d{3,6}|(?<=DE: )(?:[A-Z]{3,5}n?|\d[A-Z]{3})|(?:(?<=KL:)|(?<=KL: ))[A-Z]{6,10})(?!\w|\.\w)"  # (not "HK:00027.HK", "ETR:DBKGn"; "DE: EONGn", "DE: 1COV")
    r"|(?<![\w.])(?P<qcode>\d{4,6})\.(?P<qsfx>HK|SH|SZ|SS|BJ)\b"
    r"|(?<![\w$])\$(?P<cash>[A-Z]{2,5})\b"
    r"|[(]\s?(?P<gcode>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)-(?P<gsfx>[TXNQ])(?:\s?,\s?[A-Z]{1,5}(?:\.[A-Z]{1,2})?-[TXNQ])*\s?[)]"  # Canada's "(RY-T,RY-N)"
    r"|[(]\s?(?P<ucode>[A-Z]{1,5}(?:\.[A-Z])?|[A-Z]{4}(?:11|[3-6]))(?:\.(?:US|PK|OB))?(?:\s[-+−]?\d+(?:\.\d+)?%)?\s?[)](?!\s?[—–]\s)"  # "(BTAI 2.23%)": a ticker and its
    # move (not a dateline's agency: "Washington, D.C. (PPD) — The …"); an over-the-counter "(GVDBF.PK)"; São Paulo's "(RAPT4)"
)


_SUFFIXES = {"LON": ".L", "LSE": ".L", "AIM": ".L", "TSX": ".TO", "ASX": ".AX", "SGX": ".SI", "NSE": ".NS", "BSE": ".BO"}


def normalise_ticker(code: str, exchange: str | None = None) -> str:
    """Exchange-qualified ticker: 09988 -> 9988.HK, 600519 -> 600519.SS, NYSE: BABA -> BABA."""
    code = code.strip().upper()
    if "." in code:
        base, sfx = code.rsplit(".", 1)
        if sfx in ("HK", "SH", "SZ", "SS", "BJ") and base.isdigit():
            return normalise_ticker(base, sfx)
        return code
    ex = (exchange or "").upper()
    if not code.isdigit():
        return code + _SUFFIXES.get(ex, "")  # LON: HSBA -> HSBA.L, as the gazetteer writes London's listings
    if ex in ("HK", "HKG", "HKEX", "SEHK") or (not ex and len(code) <= 5 and not len(code) == 6):
        return f"{int(code):04d}.HK"
    if ex in ("SH", "SS", "SSE", "SHA"):
        return f"{code}.SS"
    if ex in ("SZ", "SZSE", "SHE"):
        return f"{code}.SZ"
    if ex == "BJ":
        return f"{code}.BJ"
    if ex == "TW":
        return f"{code}.TW"  # "台積電(2330-TW)"
    if len(code) == 6:
        return f"{code}.{'SS' if code[0] in '69' else 'BJ' if code[0] in '48' else 'SZ'}"
    return code


def find_mentions(text: str, gz: Gazetteer, written: str | None = None,
                  taken: list[tuple[int, int]] | None = None) -> tuple[list[Mention], list[Mention]]:
    """(company mentions, source mentions: brokers and others) in `text`, in order. A name that
    is both (Goldman Sachs) appears in both lists. A name right before a stock code or an inline quote
    is a company, known or not ("阿里(09988)", "石药集团(14.5, 1.54, 11.88%)(01093)"), and the short
    forms the text then uses for it are its mentions too. `written` is `text` before Traditional
    Chinese was mapped (same offsets): names are reported as written there."""
    written = written or text
    companies: list[Mention] = []
    sources: list[Mention] = []
    links = [x.span() for x in _GET_REPORT.finditer(text)] if "Report" in text else []
    if gz.regex is not None:
        pos, has_titles = 0, "《" in text
        while (m := gz.regex.search(text, pos)) is not None:
            a, b = m.span()
            if any(x <= a < y for x, y in links):
                pos = b
                continue  # "(WB) - Get Weibo Corporation Report": a site's link to its own page, no mention
            # Latin aliases must stand as whole words ("JD" not inside "JDL"); on a miss, retry
            # one character on so "the Fed" failing inside "The Federal Reserve" still finds the latter.
            if (text[a].isascii() and a > 0 and text[a - 1].isascii() and text[a - 1].isalnum()) or (
                    text[b - 1].isascii() and b < len(text) and text[b].isascii() and text[b].isalnum()):
                pos = a + 1
                continue
            pos = b
            if b - a <= 3 and (text[a - 1:a + 1] in _CJK_BIGRAMS or text[b - 1:b + 1] in _CJK_BIGRAMS_AFTER):
                continue  # "其中海外销量" holds no 中海外, "协调人行使" no 人行
            if _LONGER_NAME.match(text, b):
                continue  # "紫金黄金国际", "Zijin Gold International": another company that starts with a known name (中国黄金储备:
                # the country's gold reserves)
            titled = has_titles and _IN_TITLE.search(text, max(0, a - 12), a) and _TITLE_CLOSES.match(text, b)
            for entry in gz.lookup(m.group()):
                if entry.kind == "company" and titled:
                    continue  # "《王者荣耀》": a game's, a film's or a book's title holds no company (a paper's is its own)
                (companies if entry.kind == "company" else sources).append(Mention(a, b, entry, None, written[a:b], entry.id))
    if "(" in text or "（" in text:
        companies += _glossed_names(text, written, companies + sources)
    abbreviations: dict[str, Mention] = {}
    offices: set[str] = set()
    for m in _TICKER.finditer(text):
        ticker = _ticker_of(m, gz)
        if ticker is None or _earlier_figure(text, m) or m.group("ucode") and _MEASURE_NAMED.search(text, max(0, m.start() - 24), m.start()):
            continue  # ("the Index of Industrial Production (IIP)", "Consumer Food Price Index (CFPI)": a measure's initials)
        prev = max((c for c in companies if c.end <= m.start()), key=lambda c: c.end, default=None)
        if m.group("pcode") and not m.group("psfx"):
            # A bare code follows the listings it could be: 台积电(2330) is 2330.TW, not 2330.HK.
            near = prev.entry if prev is not None and m.start() - prev.end <= 3 else None
            ticker = _listing_by_number(near, m.group("pcode")) or _by_number(gz, m.group("pcode")) or ticker
        if prev is not None and 0 <= m.start() - prev.end <= 3 and prev.ticker is None and not text[prev.end:m.start()].strip(" "):
            entry, key = prev.entry, prev.key
            if _listed_elsewhere(entry, ticker):  # 富士康(02038.HK) is FIH Mobile, not Hon Hai: the code written decides
                entry = gz.by_ticker.get(ticker)
                key = names.entity_key(entry and entry.id, ticker, prev.name, text[prev.start:prev.end])
            companies[companies.index(prev)] = Mention(prev.start, m.end(), entry, ticker, prev.name, key)
            continue
        if prev is not None and prev.ticker and 0 <= m.start() - prev.end <= 4 and not text[prev.end:m.start()].strip(" ()[]"):
            companies[companies.index(prev)] = replace(prev, end=m.end())  # "(HK:2208) (OTC:XJNGF)": one company's listings
            continue
        if prev is not None and _ANOTHER_LISTING.fullmatch(text, prev.end, m.start()):
            companies[companies.index(prev)] = replace(prev, end=m.end(), ticker=prev.ticker or ticker)
            continue  # "Hong Kong Exchanges and Clearing Limited (388:HK) (OTC: HKXCY)": its listings, one after another
        named = _declared(text, written, m.start(), m.end(), gz, ticker)
        if named is not None and named.entry is None and m.group("ucode") and _office(gz, text[named.start:m.start()]) \
                and any(e.kind == "company" for e in gz.lookup(m.group("ucode"))):
            offices.add(m.group("ucode"))  # "the General Administration of Customs (GAC)": an office, and "the GAC" is no
            continue  # carmaker
        if named is not None and named.name and any(x <= named.start and named.start + len(named.name) <= y for x, y in taken or ()):
            continue  # "The Office for National Statistics (ONS)": an office, not a company with a ticker
        if named is not None and named.entry is None and m.group("ucode") and _CJK_NAME.search(text, named.start, m.start()) \
                and not (names.zh_name_ok(text[named.start:m.start()].rstrip("(（ ")) and _TRADED_AFTER.match(text, m.end())):
            named = None  # "极紫外光(EUV)应用": a term and its English letters (not "蔚来(NIO)股价涨5%")
        if named is None and m.group("ucode"):
            continue  # "(CEO)": capitals in brackets after no name are no ticker
        if named is not None and named.ticker is None and m.group("ucode"):
            abbreviations[m.group("ucode")] = named  # "British Airways (BA)": "BA" names it from here on
        if named is not None:
            # a name with a code is a company even when a broker of that name exists ("中金公司(03908.HK)"),
            # and a broker too when it acts on another: "西部证券(002673)给予天山股份(000877)“买入”评级"
            acting = next((s for s in sources if named.start <= s.start < named.end and s.entry.kind == "broker"), None)
            sources[:] = [s for s in sources if not (named.start <= s.start < named.end)]
            companies[:] = [c for c in companies if not (named.start <= c.start < named.end)]
            companies.append(named)
            if _BROKER_ACTS.match(text, m.end()) and named.name and (acting is not None or _BROKER_ZH.fullmatch(text, named.start, m.start())):
                b = named.start + len(named.name)
                entry = acting.entry if acting is not None else Entry(f"broker:{named.name}", named.name, "broker")
                key = acting.key if acting is not None else names.entity_key(None, None, named.name, text[named.start:b])
                sources.append(Mention(named.start, b, entry, None, named.name, key))
        else:
            entry = gz.by_ticker.get(ticker)
            companies.append(Mention(m.start(), m.end(), entry, ticker, None, names.entity_key(entry and entry.id, ticker, None)))
    for abbreviation, named in abbreviations.items():
        companies[:] = [replace(c, entry=named.entry, key=named.key) if text[c.start:c.end] == abbreviation and c.start > named.end
                        else c for c in companies]
    companies[:] = [c for c in companies if text[c.start:c.end] not in offices]
    if " estimate" in text or " consensus" in text:  # "81 cents vs. 77 cents LSEG estimate": the data firm, no company here
        companies[:] = [c for c in companies if not (_AMOUNT_BEFORE.search(text, max(0, c.start - 24), c.start)
                                                     and _ESTIMATE_AFTER.match(text, c.end))]
    for m in names.QUOTE_TUPLE.finditer(text):  # "华晨中国(18.02,-0.18,-0.99%)": a quoted name is a company
        if any(c.start <= m.start() < c.end for c in companies):
            continue
        named = _declared(text, written, m.start(), m.start(), gz, None)
        if named is not None:
            companies[:] = [c for c in companies if not (named.start <= c.start < named.end)]
            sources[:] = [s for s in sources if not (named.start <= s.start < named.end)]
            companies.append(named)
    for a, b in names.legal_names(text) if _CAPITAL.search(text) else ():  # "American Airlines Group Inc."
        if not any(c.start < b and a < c.end for c in companies + sources) and not any(x <= a < y for x, y in links) \
                and not names.is_venue(text, a, b):
            entry = next((e for e in gz.lookup(text[a:b]) if e.kind == "company"), None)
            companies.append(Mention(a, b, entry, None, written[a:b], names.entity_key(entry and entry.id, None, written[a:b])))
    companies.sort(key=lambda c: c.start)
    companies += _short_forms(text, written, companies + sources, taken or [])
    companies.sort(key=lambda c: c.start)
    _rated_companies(text, written, gz, companies, sources)
    companies.sort(key=lambda c: c.start)
    sources += _unlisted_brokers(text, companies, sources, written, taken or [])  # before subjects: "Keystone Research raised" rates
    # a listed group whose broking house acts: "Nomura Holdings Inc. raised its target to 9,100 yen" (not "HSBC Holdings … target")
    sources += [Mention(c.start, c.end, broker, None, c.name, names.entity_key(broker.id, None, c.name)) for c in companies
                if c.entry is not None and (broker := gz.broker_of.get(c.entry.id)) is not None and _GROUP_ACTS.match(text, c.end)
                and not any((s.start, s.end) == (c.start, c.end) for s in sources)]
    sources.sort(key=lambda s: s.start)
    # a broker followed by its own results is also the company that reports them: "国泰君安净利润为50.2亿元"
    # and one whose shares trade is the company: "DBS shares were up 1.2%", "a target on DBS stock"
    companies += [Mention(s.start, s.end, None, None, s.name, s.key) for s in sources if s.entry is not None
                  and s.entry.kind == "broker" and (OWN_RESULTS_ZH.match(text, s.end) or _TRADED.match(text, s.end))
                  and not any((c.start, c.end) == (s.start, s.end) for c in companies)]
    companies.sort(key=lambda c: c.start)
    named, inner = _subject_companies(text, written, gz, companies + sources, taken or [])
    companies = [c for c in companies if not any(c is x for x in inner)] + named
    companies += _named_again(text, written, named, companies + sources, taken or [])
    companies += _acquired(text, companies)
    companies = [c for c in companies if not (c.entry is None and text.startswith("证券报", c.end - 2))]
    # (中国证券报, 上海证券报: a newspaper, no company)
    companies.sort(key=lambda c: c.start)
    return companies, sources


_TARGET_COMPANY = scan.compile(r"标的(?:公司|企业|资产)")


def _acquired(text: str, companies: list[Mention]) -> list[Mention]:
    """标的公司 in a deal's story is the one company it buys a stake in ("收购海兰寰宇100%股权 … 标的公司2024年度净利润")."""
    if "标的" not in text:
        return []
    bought = {c.key: c for m in names.ACQUIRED.finditer(text) for c in companies
              if c.key and c.start == m.start("name") and c.end <= m.end("name") + 1}
    if len(bought) != 1:
        return []
    c = next(iter(bought.values()))
    return [Mention(m.start(), m.end(), c.entry, c.ticker, c.name, c.key) for m in _TARGET_COMPANY.finditer(text)]


OWN_RESULTS_ZH = scan.compile(r"受惠|受益于|(?:(?:今年)?(?:上半年|前三季度|一季度|全年|去年)(?:\d{1,2}月)?的?)?(?:归母)?"
                              r"(?:净利润|营业收入|营收|利润总额|业绩|税后纯益|获利)")


# Uses of a word that make it no company's name: a place ("strong results in Scandinavia"), a broker ("Lyon: cuts
# the target", "Lyon said in a research report", "Lyon analysts").
_PLACE_USE = scan.compile(r"(?<!\bshares )(?<!\bstake )(?<!\bstakes )(?<!\binvest )(?<!\binvested )(?<!\binvestment )"
                          r"\b(?:in|across|throughout)\s$", re.IGNORECASE)
_BROKER_USE = scan.compile(r"\s?:\s|\s(?:analysts?\b|said in a (?:research )?(?:report|note))")


_MEASURE_NAMED = scan.compile(r"\b(?:Index|Indices|Production|Indicator|Survey|Output|Statistics|Implementation)\s?$")


def _named_again(text: str, written: str, named: list[Mention], known: list[Mention],
                 taken: list[tuple[int, int]]) -> list[Mention]:
    """The other mentions of a name the gazetteer lacks, once a sentence has shown it to be a company:
    "Shares in Vexa Group Holding jumped 38%" makes "Vexa" in "raised $21.8 billion for Vexa" its mention too,
    "为税友股份给出67元的目标价" the table line "税友股份 目标价67元" (a Chinese name whole, of three characters or more,
    or of two that two sentences have shown: "新浪涨17%" … "新浪股价涨14.40美元" … "新浪应占净利润")."""
    spans = [(m.start, m.end) for m in known] + list(taken)
    found: list[Mention] = []
    shown = Counter(text[c.start:c.end] for c in named)
    done: set[str] = set()  # a name's first mention takes every free occurrence; the next ones find none
    for c in named:
        name = text[c.start:c.end]
        if c.entry is not None or c.key is None or (not name.isascii() and len(name) < 3 and shown[name] < 2) or name in done:
            continue
        done.add(name)
        for form in [name, *names.short_forms(name, None)] if name.isascii() else [name]:
            places = _occurrences(text, form)
            if (len(form) < 4 and form.isascii()) or any(_PLACE_USE.search(text, max(0, a - 24), a) or _BROKER_USE.match(text, a + len(form))
                                    for a in places):
                continue
            found += [Mention(a, b, None, None, written[a:b], c.key) for a, b in _free_occurrences(text, form, spans, form != name)]
        if name.isascii() and (common := names.common_short_form(name)) is not None:
            found += [Mention(a, b, None, None, written[a:b], c.key) for a, b in _free_occurrences(text, common, spans, True)
                      if names.acts_alone(text, a, b)]
    return found


def _ticker_of(m: re.Match[str], gz: Gazetteer) -> str | None:
    if m.group("pcode"):
        return normalise_ticker(m.group("pcode"), m.group("psfx"))
    if m.group("ecode"):
        return normalise_ticker(m.group("ecode"), m.group("exch"))
    if m.group("qcode"):
        return normalise_ticker(m.group("qcode"), m.group("qsfx"))
    if m.group("ucode"):
        return m.group("ucode") if names.is_ticker_word(m.group("ucode")) else None
    if m.group("gcode"):
        return m.group("gcode") + {"T": ".TO", "X": ".V"}.get(m.group("gsfx"), "")
    return m.group("cash")


_CJK_NAME = scan.compile(r"[\u4e00-\u9fff]")
_LISTING_BEFORE = scan.compile(r"\s?[(（][A-Z0-9]{1,8}\s?:\s?[A-Z0-9]{1,8}[)）]\s?$")
_ANOTHER_LISTING = scan.compile(r"(?:,?\s(?:Limited|Ltd|Inc|Corp|Co|plc|PLC)\.?)?\s?[(（][^()（）\n]{1,14}[)）]\s?[(（]?\s?")
_TIME_LEAD = scan.compile(r"(?:当晚|当天|当日|今晚|今日|今天|昨晚|昨日|昨天|次日|同日|随后|近日|日前)")
_AMOUNT_BEFORE = scan.compile(r"\d(?:%|\s?(?:cents?|million|billion|bn|m))?\s$", re.IGNORECASE)
_ESTIMATE_AFTER = scan.compile(r"\s(?:estimates?|consensus)\b")
_TRADED_AFTER = scan.compile(r"[^。；;\n]{0,16}?(?:股|涨|跌|升|挫|市值|美股|纳斯达克|纽交所|上市|收报|报\d)")
_TRADED = scan.compile(r"(?:'s)?\s(?:shares|stock)\b|\s?(?:股价|股份)")
_GET_REPORT = scan.compile(r"-\s?Get [^\n]{1,60}? Report")


def _listed_elsewhere(entry: Entry | None, ticker: str | None) -> bool:
    """Whether a written code belongs to none of the listings the gazetteer gives the name."""
    return entry is not None and bool(ticker) and bool(entry.listings) and \
        ticker not in {normalise_ticker(li.ticker) for li in entry.listings}


def _declared(text: str, written: str, code_start: int, code_end: int, gz: Gazetteer, ticker: str | None) -> Mention | None:
    """The company named right before a code or quote, as one mention over name and code."""
    opening = re.search(r"[(（\[]\s?$", text[max(0, code_start - 3):code_start])
    if opening is not None:  # "Extreme Networks (NASDAQ: EXTR)": the name stands before the bracket
        code_start -= len(opening.group())
        if (listing := _LISTING_BEFORE.search(text, max(0, code_start - 20), code_start)) is not None:
            code_start = listing.start()  # "Neoen SA (NEOEN:FP) (OTC: NOSPF)": the name stands before its first listing
    start = names.name_before(text, code_start)
    if start is None:
        return None
    start += names.after_action(text[start:code_start])  # "东岸证券首次覆盖小米集团-W(01810)": the company follows the verb
    if (when := _TIME_LEAD.match(text, start, code_start)) is not None and code_start - when.end() >= 2:
        start = when.end()  # "当晚摩尔线程(688795.SH)正式披露": the time, then the company
    dated = re.match(r"(?:\d[\d/.:-]*\d\s+)+(?=\D)", text[start:code_start])
    if dated is not None:
        start += dated.end()  # "2017-11-08 Snap (NYSE:SNAP)": a dateline, then the name
    if (kind := _KIND_OF_STOCK.match(text, start, code_start)) is not None and code_start - kind.end() >= 2:
        start = kind.end()  # "另一新股云南建投混凝土(01847)", "内房股中梁控股(02772)": the kind of stock, then its name
    end = code_start
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    q = names.QUOTE_TUPLE.search(text, start, code_start)
    if q is not None:
        end = q.start()
    possessive = re.search(r"['’]s\s*$|(?<=[\u4e00-\u9fff])则\s*$", text[start:end])
    if possessive is not None:
        end = start + possessive.start()  # "Agile's (3383.HK) target", "交银国际则": the name alone
    heading = _HEADING_TAIL.search(text, start, end)
    if heading is not None:
        end = heading.start()  # "Applied Materials Target Price Cuts (AMAT)": a roundup's heading
    name = written[start:end].strip()
    simplified = text[start:end].strip()
    known = gz.lookup(simplified)
    if ticker and ticker == _initials(simplified) and (listed := gz.by_ticker.get(ticker)) is not None \
            and not gz.lookup(simplified) and _initials(listed.name) != ticker:
        ticker = None  # "British Airways (BA), the UK's flag carrier": the name's short form, not Boeing's ticker
    entry = next((e for e in known if e.kind == "company"), None) or (gz.by_ticker.get(ticker) if ticker else None)
    if _listed_elsewhere(entry, ticker):
        entry = gz.by_ticker.get(ticker)  # the code the text writes decides
    if entry is None and (not name or names.not_a_company(simplified) or names.is_venue(text, start, start + len(simplified))):
        return None  # "最优惠利率(P)": a rate, not a company with the ticker P; "at the Johannesburg Stock Exchange (JSE)"
    if entry is None and ticker and _spelled_out(text[max(0, code_start - 60):code_start], ticker):
        return None  # "Profit after Tax (PAT)", "Return on Average Equity (ROAE)": a term and its short form
    return Mention(start, code_end, entry, ticker, name, names.entity_key(entry and entry.id, ticker, name, simplified))


_KIND_OF_STOCK = scan.compile(r"(?:另一|另外|其中|而)?(?:新股|[\u4e00-\u9fff]{1,3}(?<![控持])股(?![份票东权价本]))")


def _office(gz: Gazetteer, name: str) -> bool:
    """Whether a name the gazetteer knows is only an office's (a ministry, a statistics bureau), no company's."""
    known = gz.lookup(name.strip(" (（"))
    return bool(known) and all(e.kind != "company" for e in known)


def _spelled_out(before: str, short: str) -> bool:
    """Whether the words right before a bracket spell its letters out, small words too, and end as a measure does
    ("Profit after Tax (PAT)", "Year To Date (YTD)"; not "Affiliated Computer Services (ACS)")."""
    words = re.findall(r"[A-Za-z][\w-]*", before)[-len(short):]
    return len(short) >= 2 and len(words) == len(short) and words[0][:1].isupper() and words[-1].lower() in _MEASURE_ENDS \
        and "".join(w[0] for w in words).upper() == short.upper()


_MEASURE_ENDS = frozenset("tax equity asset assets ratio rate income margin date earnings revenue revenues profit loans deposits "
                          "cost costs coverage liquidity provisions expenses value".split())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper()) if len(name.split()) > 1 else ""


def _rated_companies(text: str, written: str, gz: Gazetteer, companies: list[Mention], sources: list[Mention]) -> None:
    """Add the companies a broker acts on (names.rated_names); a known name that opens a longer one is the
    longer one's ("raises JD Sports Fashion price target" is no JD.com)."""
    for a, b, headed in names.rated_names(text):
        hits = [c for c in companies + sources if c.start < b and a < c.end]
        if headed and (hits or not text[:a].strip()):
            continue  # a round-up item's head that holds a known name is that company; a headline's is the story's
            # ("Veolia Environnement: BofA upgrades …" over "… its recommendation on Veolia shares")
        if len(hits) > 1 or hits and not (hits[0].start == a and hits[0].end < b and not names.same_company(text[hits[0].end:b])):
            continue
        for group in (companies, sources):
            group[:] = [c for c in group if not hits or c is not hits[0]]
        name = written[a:b]
        entry = next((e for e in gz.lookup(text[a:b]) if e.kind == "company"), None)
        companies.append(Mention(a, b, entry, None, name, names.entity_key(entry and entry.id, None, name, text[a:b])))


def _subject_companies(text: str, written: str, gz: Gazetteer, known: list[Mention],
                       taken: list[tuple[int, int]]) -> tuple[list[Mention], list[Mention]]:
    """Companies named by the part they play in a sentence (see names.subject_names), and the short
    Chinese mentions inside them they replace (中燃 in 中燃投资); `taken` are spans of other subjects
    (indices, economies) that are no companies."""
    spans = [(m.start, m.end) for m in known]
    found: list[Mention] = []
    replaced: list[Mention] = []
    for a, b in names.subject_names(text):
        start = a + (m.end() if (m := names.lead_words(text[a:b])) else 0)
        inner = [m for m in known if start <= m.start and m.end <= b and m.end - m.start <= min(3, b - start - 1)
                 and not text[m.start:m.end].isascii() and not gz.lookup(text[m.start:m.end])]  # a short form, no alias
        if b - start < 2 or any(x < b and start < y for x, y in spans if not any((x, y) == (m.start, m.end) for m in inner)):
            continue
        if any(x < b and start < y and not (start <= x and y <= b and y - x < b - start) for x, y in taken):
            continue  # a subject's name holds no company, unless the name holds it: 中国外运 is no 中国
        name = written[start:b]
        simplified = text[start:b]
        entry = next((e for e in gz.lookup(simplified) if e.kind == "company"), None)
        found.append(Mention(start, b, entry, None, name, names.entity_key(entry and entry.id, None, name, simplified)))
        spans = [sp for sp in spans if not any(sp == (m.start, m.end) for m in inner)] + [(start, b)]
        replaced += inner
    return found, replaced


def _short_forms(text: str, written: str, known: list[Mention], named: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of a company by a short form of the name the text gives it in full:
    长江基建(01038.HK) ... 长建; Tesla Inc (NASDAQ:TSLA) ... Tesla, TSLA. Not inside another name
    (`named`: 恒生指数 holds no 恒生 of the fund 恒生中国企业(2828))."""
    taken = [(m.start, m.end) for m in known] + named
    found: list[Mention] = []
    owners: dict[str, set[str]] = {}
    alone: set[str] = set()  # common words that name a company only where they stand alone
    full = [c for c in known if c.name and c.key and (c.entry is None or c.ticker)]
    for c in full:
        if c.entry is not None:  # a known company: the ticker it is quoted under ("TSLA"), the short forms of its Chinese name
            if c.ticker and re.fullmatch(r"[A-Z]{2,5}", c.ticker):
                owners.setdefault(c.ticker, set()).add(c.key)
            if c.name.isascii():
                continue
        name = text[c.start:c.start + len(c.name)] if not c.name.isascii() else c.name
        # a name the gazetteer lacks is found where it stands again without its code ("DraftKings' growth"), and so is a
        # known company's name the gazetteer does not hold, written with its code (人保(01339) … 人保在该行眼中), and a short
        # one the text keeps coming back to (勵駿(1680-HK) … 勵駿昨日公布)
        again = c.entry is not None or text.count(name) >= (2 if c.ticker else 3) \
            and not any(o.name != name and (o.name or "").startswith(name) for o in full)  # (股王信驊(5274) … 股王信驊則是)
        for form in [name] * (len(name) >= (2 if again else 3)) + names.short_forms(name, c.ticker):
            owners.setdefault(form, set()).add(c.key)
        if c.entry is None and (common := names.common_short_form(name)) is not None:
            alone.add(common)
            owners.setdefault(common, set()).add(c.key)
    for form, keys in owners.items():
        if len(keys) != 1:
            continue  # "中信" for 中信证券 and 中信银行 names neither
        key = next(iter(keys))
        source = next(c for c in full if c.key == key)
        short = form.isascii() and source.name.isascii() and form != source.name
        found += [Mention(a, b, source.entry, source.ticker, written[a:b], key) for a, b in _free_occurrences(text, form, taken, short)
                  if form not in alone or names.acts_alone(text, a, b)]
    return found


def _free_occurrences(text: str, form: str, taken: list[tuple[int, int]], short: bool = False) -> list[tuple[int, int]]:
    """Spans where `form` stands (a Latin form as a whole word) outside the spans taken, which it then takes. A
    `short` form of a Latin name is not the start of another name ("Premier" of Premier Foods in "Premier League")."""
    latin = form.isascii()
    spans = []
    for a in _occurrences(text, form):
        b = a + len(form)
        if latin and ((a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum())):
            continue
        if short and _ANOTHER_NAME.match(text, b):
            continue
        if any(x < b and a < y for x, y in taken):
            continue
        spans.append((a, b))
        taken.append((a, b))
    return spans


_IN_TITLE = scan.compile(r"《[^《》]*$")
_TITLE_CLOSES = scan.compile(r"[^《》]{0,12}》")
_ANOTHER_NAME = re.compile(r"\s(?!(?:Inc|Corp|Co|Ltd|Group|Holdings?|Plc|PLC|CEO|CFO)\b)[A-Z][a-z]")


def _occurrences(text: str, part: str) -> list[int]:
    """Where `part` starts in `text`, left to right without overlaps (plain search: no regex to compile)."""
    found, i = [], text.find(part)
    while i >= 0:
        found.append(i)
        i = text.find(part, i + len(part))
    return found


# Brokers the gazetteer does not know, recognised by their form and reported as named:
# "Keystone Equity Research", "Harbor Capital Partners", 华岳证券, 北辰资本, 南山研究.
_BROKER_EN = scan.compile(
    r"\b(?!(?:The|A|An|In|At|On|For|By|And|Its|Their|Analysts?|Shares|Chinese|China|US|Global|Also|Meanwhile|Separately|Brokerage|Broker|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)"
    r"((?:(?:[A-Z][A-Za-z&'.-]+|&)\s){1,3}?(?:Equity Research|Capital Markets|Asset Management|Securities|Capital|Research|Partners|Advisors|Advisers)(?:\s(?:Partners|Research|Group|Markets|Securities|Advisors|International))?)\b")
# The house of a research round-up's line, after the stock's ticker: "Atlas Salt Inc SALT.V: Ventum Financial starts coverage".
_BROKER_ROUNDUP = scan.compile(r"(?:(?<=\.[A-Z]: )|(?<=\.[A-Z]{2}: ))((?:[A-Z][\w&'.-]*\s){0,3}[A-Z][\w&'.-]*)(?=\s(?:starts|initiates|resumes|"
                               r"assumes|reinstates|raises|lifts|lowers|cuts|upgrades|downgrades|reiterates|maintains)\b)")
# A house the text calls a broker: "Investment bank Lehman Brothers lifted its rating", "Broker Cazenove has cut".
_BROKER_DESCRIBED = scan.compile(
    r"\b(?:[Ii]nvestment bank|[Bb]roker(?:age)?(?: firm| house)?|[Ss]tockbroker|[Ii]nvestment house)\s"
    r"((?:[A-Z][A-Za-z&'.-]+|&)(?:\s(?:[A-Z][A-Za-z&'.-]+|&)){0,3})"
    r"(?=\s(?:has\s|had\s|also\s|on\s\w+\s)?(?:raised|cut|lifted|lowered|trimmed|upgraded|downgraded|began|started|initiated|"
    r"resumed|reiterated|kept|maintained|put|added|moved|set|rates|rated|says|said)\b)")
# A house whose analysts the text quotes: "an upgrade by analysts at Carnegie", "strategists at Kepler Cheuvreux".
_BROKER_ANALYSTS_AT = scan.compile(r"\b(?:analysts?|strategists?)\s(?:at|from)\s((?:[A-Z][A-Za-z&'.-]+|&)(?:\s(?:[A-Z][A-Za-z&'.-]+|&)){0,3})"
                                   r"(?=[\s.,;:]|$)")
_BROKER_ZH = scan.compile(
    r"(?:^|(?<=[\s，,。：:、；;“”\"（(【！？—]|获|据|被|由|与|和|及|称|对|向|从|经|即|为)|(?<=包括))"
    r"((?!包括|其中|以及|[获据被由经即为])[\u4e00-\u9fff]{2,4}?(?:证券|资本|研究(?:所|院)?))"
    r"(?!时报|交易所|公司|业|市场|化|日报|报|法|投资基金|监督|开支|支出|性|金|运作|显示|表明|发现|人员|员|报告|领域|成果|成本)")  # 加权平均资本成本: WACC


_CAPITAL = scan.compile(r"[A-Z]")
_HEADING_TAIL = scan.compile(r"\s(?:(?:Target Price|Price Target|Rating)s?(?:\s[A-Z][a-z]+)?|Upgrades?|Downgrades?)\s*$")
_FIGURE_BEFORE = scan.compile(r"\d\s?$")
_GROUP_ACTS = scan.compile(r"(?:,?\s(?:Inc|Co|Ltd|Corp|plc)\.?)?,?\s(?:has\s|had\s|also\s)?(?:raised|lifted|cut|lowered|trimmed|reduced|increased|"
                           r"boosted|upgraded|downgraded)\s(?:its|their)\s(?:price\s)?(?:target|rating|recommendation)\b")
_BROKER_ACTS = scan.compile(r"\s?(?:把|将|给予|首予|予|维持|重申|上调|下调|调高|调低|首次覆盖)")


# A known name followed by more of a company's name is a different company.
_LONGER_NAME = scan.compile(r"储备|(?:(?![的与和及旗下将在为对是称])[\u4e00-\u9fff]){1,3}(?:国际|控股)(?=[\u4e00-\u9fff\d])|(?: [A-Z][a-z]+){1,2} International\b"
                            r"|(?: (?!(?:Co|Company|Corp|Corporation|Group|Holdings?)\b)[A-Z][a-z]+){1,3},? (?:PLC|plc|Inc|Corp|Ltd|SpA|S\.p\.A|SE|AG|NV|N\.V|SA|AB|ASA|Oyj)\b")  # "JD Sports Fashion PLC"


# A short Chinese alias inside a common word is no mention: 其中海外 is not 中海外.
_CJK_BIGRAMS_AFTER = frozenset({"行使", "行为", "行动", "行事", "行走", "行程", "行业", "行情", "行政",
                                "通社", "星级", "生态"})  # 香港中通社: a news agency, no 中通; 三星级酒店: three-star hotels, no
# 三星; 增强生态系统: no 强生
_CJK_BIGRAMS = frozenset({"其中", "之中", "当中", "集中", "从中", "空中", "心中", "期中", "高中", "初中", "年中", "月中", "居中",
                          "增长", "延长", "成长", "擅长", "程中", "个人", "北京",
                          "调高", "提高", "升高", "走高", "抬高", "本澳", "全澳", "增强", "加强", "较强", "更强", "最强"})  # 调高通胀预期 holds no 高通, 本澳博彩 no 澳博


# A Chinese name glossed with its English one: "景顺(Invesco)", "新加坡政府投资公司(GIC)" (not a measure's initials,
# 国内生产总值(GDP), nor a person's name, 陈明(John Chan)).
_EN_GLOSS = scan.compile(r"[(（](?P<en>[A-Z][A-Za-z&.'’\- ]{1,40}?)[)）]")
_MEASURE_END = scan.compile(r"(?:指数|率|值|额|量|价格?|收入|收益|利润|比例|计划|协议|法案?|规则|准则|市场|板块|行业|模型|方法|估值|指标|概念|技术|"
                            r"系统|业务|产品|服务|车|机|器|芯片|药)$")  # (剩余收益(Residual Income): a valuation model)
_BODY_END = scan.compile(r"(?:公司|集团|控股|投资局|管理局|基金|资本|银行|证券|保险|资产管理|局|会|署|院|所)$")
_PERSON_EN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")


def _glossed_names(text: str, written: str, known: list[Mention]) -> list[Mention]:
    found = []
    for g in _EN_GLOSS.finditer(text):
        en, a = g.group("en").strip(), g.start()
        if not (a and "\u4e00" <= text[a - 1] <= "\u9fff") or any(m.start < g.end() and a - 1 < m.end for m in known):
            continue
        acronym = en.isupper() and " " not in en and 2 <= len(en) <= 6
        if acronym and en in names.NOT_NAMES_UPPER or not acronym and not re.search(r"[A-Z][a-z]{2,}", en):
            continue
        start = names.name_before(text, a)
        if start is None or _MEASURE_END.search(text, start, a) or acronym and not _BODY_END.search(text, start, a):
            continue  # (initials name a body only after a body's name: 加拿大退休金计划投资局(CPPIB), not 插电混动车(PHEV))
        if a - start <= 3 and _PERSON_EN.fullmatch(en):
            continue  # a person named in both scripts
        found.append(Mention(start, a, None, None, written[start:a], names.entity_key(None, None, written[start:a], text[start:a])))
    return found


def _by_number(gz: Gazetteer, code: str) -> str | None:
    """The known listing a bare code is: 0700 or 00700 is 0700.HK, but 000902 is a Shenzhen code, not 0902.HK."""
    ticker = gz.by_number.get(int(code))
    if ticker is not None and len(code) == 5 and not ticker.endswith(".HK"):
        return None  # 02408 is written the Hong Kong way: not Taiwan's 2408
    return ticker if ticker is not None and _same_board(ticker.split(".")[0], code) else None


def _same_board(base: str, code: str) -> bool:
    return (len(code) == 6) == (len(base) == 6)


def _listing_by_number(entry: Entry | None, code: str) -> str | None:
    if entry is None:
        return None
    for li in entry.listings:
        base = li.ticker.split(".")[0]
        if base.isdigit() and int(base) == int(code) and _same_board(base, code):
            return li.ticker
    return None


def _unlisted_brokers(text: str, companies: list[Mention], sources: list[Mention], written: str,
                      subjects: list[tuple[int, int]]) -> list[Mention]:
    """Brokers by the form of their name; a known company's name that opens one ("CMB Securities") is dropped,
    and none is read inside a subject's name (资产支持证券, an instrument)."""
    taken = [(m.start, m.end) for m in companies + sources]
    found: list[Mention] = []
    short: dict[str, Entry] = {}
    for rx in (_BROKER_EN, _BROKER_DESCRIBED, _BROKER_ANALYSTS_AT, _BROKER_ROUNDUP, _BROKER_ZH):
        if rx is _BROKER_ZH and text.isascii():
            continue
        for m in rx.finditer(text):
            a, b = m.span(1)
            b -= text[a:b].endswith(".")  # ("analysts at Carnegie.": the sentence's full stop)
            inside = [(x, y) for x, y in taken if x < b and a < y]
            if rx in (_BROKER_DESCRIBED, _BROKER_ANALYSTS_AT) and inside:
                continue  # "Investment bank Credit Suisse First Boston": the house the gazetteer knows
            if _TRADED.match(text, b) or inside and not all(a <= x and y <= b and (x, y) != (a, b) for x, y in inside) \
                    or any(x < b and a < y for x, y in subjects):
                continue  # "Acacia Research shares jumped": a company of that name
            if inside:  # "CMB Securities": a known company's name opens a broker's
                for group in (companies, sources):
                    group[:] = [k for k in group if (k.start, k.end) not in inside]
                taken[:] = [t for t in taken if t not in inside]
            name = written[a:b]  # 華岳證券 as written
            entry = Entry(f"broker:{name}", name, "broker")
            key = names.entity_key(None, None, name, text[a:b])
            found.append(Mention(a, b, entry, None, name, key))
            taken.append((a, b))
            first = name.split()[0]
            if rx is not _BROKER_ZH and len(first) >= 4 and first != name:
                short.setdefault(first, (entry, key))  # "Keystone" for "Keystone Equity Research" in the same text
    for first, (entry, key) in short.items():
        for m in re.finditer(rf"\b{re.escape(first)}\b(?!\s[A-Z])", text):
            if not any(x < m.end() and m.start() < y for x, y in taken):
                found.append(Mention(m.start(), m.end(), entry, None, written[m.start():m.end()], key))
    return found


def ticker_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ticker mentions, so their digits are never read as values."""
    return [m.span() for m in _TICKER.finditer(text) if not _earlier_figure(text, m)]


def _earlier_figure(text: str, m: re.Match[str]) -> bool:
    """"to 5250 (5350) pence": a number in brackets after a figure is its earlier value, not a stock code."""
    return bool(m.group("pcode")) and _FIGURE_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None


_MARKETS = (
    # "Hong Kong" as written, not a "HONG KONG (Wire) –" dateline.
    ("HK", scan.compile(r"港股|H股|香港上市|在港上市|(?-i:Hong Kong)|HK-listed|\bH[- ]shares", re.IGNORECASE)),
    ("CN", scan.compile(r"A股|\bA[- ]shares|Shanghai-listed|Shenzhen-listed", re.IGNORECASE)),
    ("L", scan.compile(r"伦敦|London", re.IGNORECASE)),
    ("US", scan.compile(r"美股|US-listed|U\.S\.-listed|\bADRs?\b|\bADS\b|New York|纽约", re.IGNORECASE)),
)


def market_hint(text: str) -> str | None:
    """The market a sentence speaks of ("Alibaba's Hong Kong shares", "汇丰控股伦敦股价")."""
    return next((name for name, rx in _MARKETS if rx.search(text)), None)


def _on_market(ticker: str, market: str) -> bool:
    if market == "HK":
        return ticker.endswith(".HK")
    if market == "CN":
        return ticker.endswith((".SS", ".SZ", ".BJ"))
    if market == "L":
        return ticker.endswith(".L")
    return "." not in ticker  # US


def pick_ticker(entry: Entry | None, currency: str | None, mentioned: str | None,
                market: str | None = None) -> str | None:
    """The listing a value belongs to: the listing in a price's currency when there is one (a USD
    target on a dual-listed company is the US listing, whatever market the text names), else the
    market the text names, else the ticker mentioned in the text, else the primary (first) listing."""
    if entry is None or not entry.listings:
        return mentioned
    tickers = [li.ticker for li in entry.listings]
    if currency:
        for li in entry.listings:
            if li.currency == currency:
                return li.ticker
    if market:
        for t in tickers:
            if _on_market(t, market):
                return t
    if mentioned:
        for t in tickers:
            if normalise_ticker(t) == mentioned:
                return t
    return tickers[0]
