"""NFKC normalisation that keeps a map back to the original text, and EN/ZH sentence splitting."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import scan

T2S_PATH = Path(__file__).parent / "data" / "t2s.txt"


@dataclass(frozen=True)
class Normalized:
    """`written` is NFKC of `original`; `text` is `written` with Traditional Chinese characters
    mapped one to one to Simplified (for matching only: same length, same offsets), and
    `origin[i]` is the original offset of text[i]."""

    original: str
    text: str
    origin: list[int] | None  # None when text == original (nothing to map)
    written: str = ""  # NFKC text as written (Traditional kept), for names quoted from the text

    def __post_init__(self) -> None:
        if not self.written:
            object.__setattr__(self, "written", self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) for a normalised [start, end)."""
        if self.origin is None:
            return start, end
        o_start = self.origin[start] if start < len(self.origin) else len(self.original)
        o_end = self.origin[end - 1] + 1 if end > 0 else 0
        return o_start, o_end


def normalize(original: str) -> Normalized:
    # Full-width digits and punctuation (３．５％) read as ASCII; NFKC is applied per character
    # so that every normalised character knows where it came from.
    if original.isascii():
        return _edited(Normalized(original, _uncapped(original), None, original), _cut_numbers, _stray_spaces, _flat_tables, _tex_figures,
                       _scaled_codes)
    if unicodedata.is_normalized("NFKC", original):
        n = Normalized(original, _digit_years(_uncapped(original).translate(t2s_table())), None, original)
    else:
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(original):
            c = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
            parts.append(c)
            origin.extend([i] * len(c))
        written = "".join(parts)
        n = Normalized(original, _digit_years(_uncapped(written).translate(t2s_table())), origin, written)
    return _edited(n, _cut_numbers, _stop_decimals, _figure_spaces, _roc_years, _stray_spaces, _flat_tables, _wrapped_chinese, _tex_figures,
                   _scaled_codes)


# A year in Chinese digits ("二〇二三年九月份", as Hong Kong's government writes): read in Arabic digits, four for four.
_CHINESE_YEAR = re.compile(r"(?<![一二三四五六七八九〇○零十百千万亿])[一二][一二三四五六七八九〇○零]{3}(?=\s?年)")
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _digit_years(text: str) -> str:
    text = text.replace("评等", "评级") if "评等" in text else text  # Taiwan's word for a rating, read as the mainland's
    text = text.replace("¢", "c") if "¢" in text else text  # "rose 54¢ to $25.24": cents, as "54c" writes them
    if "╱" in text or "∕" in text:
        text = text.replace("╱", "/").replace("∕", "/")  # "調低至467萬╱539萬╱594萬輛": a list's slashes, as "/" writes them
    return _CHINESE_YEAR.sub(lambda m: m.group().translate(_YEAR_DIGITS), text) if "年" in text else text


def _edited(n: Normalized, *finders) -> Normalized:
    """`n` with the edits the finders give, each (start, end, replacement) in `n.text`, made to both its texts;
    every new character keeps the original offset of the first it replaces."""
    edits = sorted(e for find in finders for e in find(n.text))
    if not edits:
        return n
    origin = n.origin if n.origin is not None else range(len(n.original))
    text, written, where, at = [], [], [], 0
    for start, end, replacement in edits:
        if start < at:
            continue  # (overlapping edits: the first wins)
        text.append(n.text[at:start])
        written.append(n.written[at:start])
        where.extend(origin[at:start])
        text.append(replacement)
        written.append(replacement)
        where.extend([origin[start]] * len(replacement))
        at = end
    text.append(n.text[at:])
    written.append(n.written[at:])
    where.extend(origin[at:])
    return Normalized(n.original, "".join(text), where, "".join(written))


# A line of running Chinese text that ends inside a figure the next line goes on with: "目标价3.\n49元", "20\n13-2015年".
_CUT_NUMBER = re.compile(r"^(?=[^|\n]*[\u4e00-\u9fff])[^|\n]{15,}[\d.]\n(?=\d+(?:\.\d+)?[\u4e00-\u9fff%-])", re.MULTILINE)


# A Nordic report's amounts in millions of its currency, grouped by spaces: "MSEK 30 372 (27 617)" reads as
# "SEK 30,372m (27,617)".
_SCALED_CODES = ("SEK", "NOK", "DKK", "ISK", "EUR", "USD", "CHF")
_SCALED_CODE = re.compile(r"\b(?P<scale>[MB])(?P<code>" + "|".join(_SCALED_CODES) + r")\s?(?P<num>\d{1,3}(?: \d{3})+|\d{1,3}(?:,\d{3})+|\d+)"
                          r"(?P<dec>\.\d+|,\d{1,2}(?!\d))?(?![\d.,]?\d)")  # ("MSEK 5,946" is thousands, "MSEK 12,5" a decimal)
_SPACED_PRIOR = re.compile(r"(?<=\()\d{1,3}(?: \d{3})+(?=\))")


def _scaled_codes(text: str) -> list[tuple[int, int, str]]:
    if not any(code in text for code in _SCALED_CODES) or not _SCALED_CODE.search(text):
        return []
    edits = [(m.start(), m.end(), f"{m.group('code')} {m.group('num').replace(' ', ',')}{(m.group('dec') or '').replace(',', '.')}"
              f"{'m' if m.group('scale') == 'M' else 'bn'}") for m in _SCALED_CODE.finditer(text)]
    return edits + [(m.start(), m.end(), m.group().replace(" ", ",")) for m in _SPACED_PRIOR.finditer(text)]


def _cut_numbers(text: str) -> list[tuple[int, int, str]]:
    """A figure that a hard wrap cut in two read whole: the newline inside it dropped."""
    return [(m.end() - 1, m.end(), "") for m in _CUT_NUMBER.finditer(text)] if "\n" in text else []


# A space a typist left inside a figure or an abbreviation: "between 25,342.69 and 25, 634.32", "RMB75, 535 million",
# "10.43 billion U. S. dollars".
_COMMA_SPACE_DIGITS = re.compile(r", \d{3}")
_STRAY_SPACE = re.compile(r"(?<![\d,])\d{1,3},( )\d{3}(?=\.\d|\s?(?:million|billion|bn|mn)\b)|\bU\.( )S\.")


def _stray_spaces(text: str) -> list[tuple[int, int, str]]:
    if "U. S." not in text and not _COMMA_SPACE_DIGITS.search(text):
        return []
    return [(m.start(g), m.end(g), "") for m in _STRAY_SPACE.finditer(text) for g in (1, 2) if m.group(g)]


def _wrapped_chinese(text: str) -> list[tuple[int, int, str]]:
    """A column's wrap inside Chinese prose ("比去年同期的\n3100萬元升26﹒87倍") read as the one line it is: the
    words around it ("比去年同期的…") then read as they would unwrapped."""
    if "\n" not in text or not _HAN.search(text):
        return []
    edits = []
    for at in _hard_wraps(text):
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at + 1)
        lines = text[start:end if end >= 0 else len(text)]
        top, bottom = text.rfind("\n\n", 0, at), text.find("\n\n", at)
        if text.count("\n", top + 2 if top >= 0 else 0, bottom if bottom >= 0 else len(text)) < 2 and not (
                _GOES_ON.match(text, at + 1) or _OPEN_END.search(text, start, at) or _MOVED_END.search(text, start, at)):
            continue  # (a headline as wide as the one line below it stays a line of its own)
        if at + 1 < len(text) and _HAN.search(text, start, at) and _HAN_OR_FIGURE.search(text, at + 1, at + 3) \
                and not text[at + 1].isspace() \
                and not _TABLE_CELLS.search(lines):  # (a table's rows stay rows)
            edits.append((at, at + 1, ""))
    return edits


# A figure a converted report left in TeX: "平均上涨 $0.87\\%$", "$-1.2\\%$", read as the figure it writes.
_TEX_FIGURE = re.compile(r"\$\s?(?P<n>[-+]?\d[\d,]*(?:\.\d+)?)\s?\\(?P<u>%)\s?\$")


def _tex_figures(text: str) -> list[tuple[int, int, str]]:
    if "\\%" not in text:
        return []
    return [(m.start(), m.end(), m.group("n") + m.group("u")) for m in _TEX_FIGURE.finditer(text)]


# A table whose rows a page ran into one line: "财务摘要 |指标|2023A|2024E| | ---- | ---- | |营业收入(百万元)|74,293|80,131| [7] …"
# (its rows meet as "| |", the second its rule of dashes): read with a line to each row, as it was laid out.
_FLAT_CELL = r"[^|\n]*?[^|\s][^|\n]*\|"  # (not blank: "| |" is where two rows meet)
_FLAT_TABLE = re.compile(rf"(?P<head>\|(?:{_FLAT_CELL}){{2,}})(?P<rows>(?: \|(?:{_FLAT_CELL}){{2,}})+)")
_FLAT_RULE = re.compile(r" \| ?:?-{3,}")


def _flat_tables(text: str) -> list[tuple[int, int, str]]:
    if "| | -" not in text and "| |-" not in text:
        return []
    edits = []
    for m in _FLAT_TABLE.finditer(text):
        if not _FLAT_RULE.match(text, m.end("head")):
            continue
        if m.start() > 0 and text[m.start() - 1] == " ":
            edits.append((m.start() - 1, m.start(), "\n"))
        edits.extend((m.start("rows") + k, m.start("rows") + k + 1, "\n") for k in range(len(m.group("rows")))
                     if m.group("rows").startswith(" |", k) and m.group("rows")[k - 1:k] == "|")
        if text[m.end("head")] == " ":
            edits.append((m.end("head"), m.end("head") + 1, "\n"))
        if m.end() < len(text) and text[m.end()] == " ":
            edits.append((m.end(), m.end() + 1, "\n"))
    return edits


# A space that sets a figure off from the Chinese around it ("增加至 38 分", "由上月 20.2% 增為 21.6%", as Taiwan's
# papers write): read as if it were not there, in prose only (a table's columns are spaced on purpose).
_FIGURE_SPACE = re.compile(r" (?:(?<=[\u4e00-\u9fff（）：，] )(?=[\d.,]*\d[\d.,]*%? ?[\u4e00-\u9fff%])"  # (the space first: a fast scan)
                           r"|(?<=[\u4e00-\u9fff ]\d |\d% |[\u4e00-\u9fff\d]\d )(?=[\u4e00-\u9fff]))")
_TABLE_CELLS = re.compile(r"\||\t|\S {2,}\S|\d%? [-+]?\d")  # what makes a line a table's row (columns: "收 6.90 5.60")


# A full stop some pages print for a decimal point ("217。4万辆", "增长42。6%"): a point where a unit follows at once.
_STOP_DECIMAL = re.compile(r"(?<=\d)。(?=\d{1,4}\s?(?:万|亿|%|倍|个百分点|百分点))")


def _stop_decimals(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), ".") for m in _STOP_DECIMAL.finditer(text)] if "。" in text else []


def _figure_spaces(text: str) -> list[tuple[int, int, str]]:
    edits, table_line = [], {}
    for m in _FIGURE_SPACE.finditer(text) if " " in text else ():
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in table_line:
            end = text.find("\n", m.start())
            table_line[start] = _TABLE_CELLS.search(text, start, end if end >= 0 else len(text)) is not None
        if not table_line[start]:
            edits.append((m.start(), m.end(), ""))
    return edits


# A year of Taiwan's calendar (民國114年, 去（114）年, 114年12月; year 1 is 1912) read as the common year it is; a common year
# in brackets (去(2025)年) read without them.
_ROC_YEAR = re.compile(r"1[01]\d(?=\)?\s?年)")
_ROC_PERIOD_AFTER = re.compile(r"\s?年\s?(?:度|第|[上下]半|前|全年|1[0-2]\s?月|[1-9]\s?月|[一二三四]季|Q[1-4])")


def _roc_years(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _ROC_YEAR.finditer(text) if "年" in text else ():
        a, b = m.span()
        year = str(1911 + int(m.group()))
        if text[a - 1:a] == "(" and text[b:b + 1] == ")" and (a >= 2 and text[a - 2] in "今去明前" or text[a - 3:a - 1] == "民国"):
            edits.append((a - 1, b + 1, year))  # 去(114)年, 民国(114)年
        elif text[max(0, a - 3):a].strip() == "民国" or text[max(0, a - 2):a] == "民国":
            edits.append((a, b, year))  # 民国114年
        elif not (a and text[a - 1] in "0123456789.,(") and text[b:b + 1] != ")" and _ROC_PERIOD_AFTER.match(text, b):
            edits.append((a, b, year))  # 114年12月, 114年第3季
    for m in _BRACKETED_YEAR.finditer(text) if "年" in text else ():
        edits.append((m.start(), m.end(), m.group(1)))  # 去(2025)年: last year, which is 2025 (no stock code)
    return edits


_BRACKETED_YEAR = re.compile(r"(?<=[今去明前])\(((?:19|20)\d{2})\)(?=\s?年)")


# A line in capitals ("BERENBERG CUTS HOSTELWORLD GROUP TO 'HOLD' ('BUY') - TARGET 270 (420) PENCE") is read
# in the case a sentence would have: its common words lower-cased, the others capitalised, short ones
# (acronyms: UDG, HSBC) kept. Same length, same offsets; names are still quoted as written.
_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2,}[^a-z\n]*$", re.MULTILINE)
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
_PLAIN_WORDS = frozenset("""
a an the to at as from for of on in by with and or nor but is are was were be been has have had its it this that
says said sees see looks look after before over under off up down per cent percent pence points point pts
price prices target targets rating ratings raise raises raised cut cuts lower lowers lowered lift lifts lifted
start starts started initiate initiates initiated upgrade upgrades upgraded downgrade downgrades downgraded
reiterate reiterates reiterated keep keeps kept maintain maintains maintained resume resumes resumed reinstate
reinstates indicates indicated close closes closed open opens opened higher high low rises rise rose falls fall
fell gains gain jumps jump slips slip buy sell hold neutral overweight underweight outperform underperform
market sector perform equal weight reduce add accumulate positive negative coverage bank room short term long
bounce overdone sell-off profit profits revenue sales results shares share stock stocks record year quarter
half first second third fourth full new from""".split())


def _uncapped(text: str) -> str:
    if not _CAPS_WORD.search(text) or not _CAPS_LINE.search(text):
        return text
    return _CAPS_LINE.sub(_uncap_line, text)


def _uncap_line(m: re.Match[str]) -> str:
    line = m.group()
    if len(_CAPS_WORD.findall(line)) < 4:
        return line  # a short heading or a ticker line
    return _CAPS_WORD.sub(lambda w: w.group().lower() if w.group().lower() in _PLAIN_WORDS else
                          w.group() if len(w.group()) <= 4 else w.group().capitalize(), line)


@lru_cache(maxsize=1)
def t2s_table() -> dict[int, str]:
    """Traditional -> Simplified, one character to one (data/t2s.txt): 億 -> 亿, 騰訊 -> 腾讯."""
    table: dict[int, str] = {}
    with T2S_PATH.open(encoding="utf-8") as fh:
        for line in fh:
            if len(line) >= 2 and not line.startswith("#"):
                table[ord(line[0])] = line[1]
    return table


# A sentence ends at 。！？；!?, a newline, a bullet (" • ", " ** ", citation markers before " - ": "[2][11] - ",
# "[11] 财务表现 - "; in Chinese, " - " after a character or a figure: "收窄 - 生息资产", but not "2025 - 2027年"),
# or at ". " unless the dot is a decimal point ("3.5") or ends an abbreviation ("U.S.", "Inc.", "vs.").
_ABBREV = r"(?<!\b[A-Z])(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bLtd)(?<!\bvs)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\be\.g)(?<!\bi\.e)(?<!\bapprox)(?<!\bexp)(?<!\bprev)(?<!\best)" \
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)"
# "or 1. 39 percent", "at 7. 82 HK dollars": a figure printed with a stray space, not a sentence end.
_SPLIT_FIGURE = r"(?!(?:(?<=\b\d)|(?<=\b\d\d)|(?<=\b\d\d\d))\.\s\d+\s?(?:(?:percent|per cent|HK dollars|dollars|yuan|billion|million|trillion)\b|%))"
_BOUNDARY = scan.compile(r"[。！？；!?;]+[”’\"』」)]*|\n+|\s\*\*\s|\s•\s|(?:\s?\[\d{1,3}\])+(?=\s+(?:[^\s\[\]]{1,12}\s+)?-\s)|(?<=[\u4e00-\u9fff])\s+-\s+(?=[\u4e00-\u9fff\d\"“])|(?<=[%)）])\s+-\s+(?=[\u4e00-\u9fff])|(?=\.)" + _ABBREV + _SPLIT_FIGURE + r"\.(?=\s+[\"“'(\[A-Z0-9\-\u4e00-\u9fff*•])")


# No real sentence is longer; a longer run (a wall of text with no stop) is cut, which keeps the
# work per sentence bounded and the whole extraction linear in the text.
MAX_SENTENCE_CHARS = 1200


def split_sentences(text: str, keep: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """[start, end) of each non-blank sentence of `text`, leading/trailing blanks trimmed. A line
    broken only to fit a column (a hard wrap) goes on into the next line; no sentence ends inside a
    span of `keep` (a quote string "Short selling $46.99K; Ratio 0.520%"); none is longer than
    MAX_SENTENCE_CHARS."""
    spans: list[tuple[int, int]] = []
    start = 0
    wraps = _hard_wraps(text) if "\n" in text else set()
    for m in _BOUNDARY.finditer(text):
        joined = m.group() == "\n" and m.start() in wraps or any(a <= m.start() < b for a, b in keep)
        if joined and m.start() - start < MAX_SENTENCE_CHARS:
            continue
        _append(text, start, m.end(), spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return [piece for span in spans for piece in _bounded(text, *span)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at spaces into pieces of at most MAX_SENTENCE_CHARS (hard cuts where there is none)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


_ENDS = set("。！？；!?;.:：」』”\")）")


_ITEM = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])\s")  # a list's next item starts a line of its own


def _hard_wraps(text: str) -> set[int]:
    """Offsets of the newlines that only wrap a paragraph: in a block of lines of about one width,
    a line as wide as the block that ends mid-sentence."""
    wraps: set[int] = set()
    offset = 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    block: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and lines[i].strip():
            block.append(i)
            continue
        if len(block) >= 2:
            width = max(len(lines[j].strip()) for j in block)
            for n, j in enumerate(block[:-1]):
                line = lines[j].rstrip()
                if line[-1] in _ENDS or _ITEM.match(lines[j + 1]):
                    continue
                # (or a Chinese line cut inside a phrase, as wide as a line next to it: "…比上年同\n期增长 21.47%;…")
                if _GOES_ON.match(lines[j + 1]) or _OPEN_END.search(line) and _HAN_OR_FIGURE.match(lines[j + 1].lstrip()) \
                        or _MOVED_END.search(line) and _FIGURE_START.match(lines[j + 1]) \
                        or len(line.strip()) >= max(16, 0.8 * width) or _cut_chinese_line(line, lines[j + 1], [
                        lines[k] for k in (block[n - 1] if n else None, block[n + 1]) if k is not None]):
                    wraps.add(starts[j] + len(lines[j]))
        block = []
    return wraps


def _cut_chinese_line(line: str, following: str, neighbours: list[str]) -> bool:
    """A line of Chinese prose that ends inside a sentence, as wide as a line beside it: a column's wrap."""
    width = len(line.strip())
    return width >= 20 and _HAN.match(line[-1]) is not None and _HAN_OR_FIGURE.match(following.lstrip()) is not None \
        and not _FIGURE_END.search(line) and not _HEADING.match(following) \
        and any(abs(len(x.strip()) - width) <= 0.15 * width for x in neighbours)


# A line that goes on from the one before (no line opens with a comma or a full stop: "…業績\n,首季錄得…"), or one
# that ends on a word no sentence ends with ("比去年同期的\n3100萬元", "去年同期則為\n1﹒56億元").
_GOES_ON = re.compile(r"[，,。；;、)）%]")
_MOVED_END = re.compile(r"[\u4e00-\u9fff](?:升|跌|增|减|降|涨)$")  # "…即分别升\n2﹒58倍及87﹒2%"
_FIGURE_START = re.compile(r"\s*\d[\d.,]*\s?(?:倍|%|个百分点|元|亿|万)")
_OPEN_END = re.compile(r"[\u4e00-\u9fff](?:的|为|為|负|負|及|与|與|和|比|则|則|较|較|即|佔|占|是|达|達|录|錄|至|约|約|逾|近)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_OR_FIGURE = re.compile(r"[\u4e00-\u9fff\d]")
_FIGURE_END = re.compile(r"\d\s?[\u4e00-\u9fff]{1,2}$")  # "…目标价升至14港元": a headline's end, not a cut
_HEADING = re.compile(r"\s*[^\s，,。:：]{1,8}[:：]")  # "瑞银:江苏宁沪高速公路…": the next headline


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
