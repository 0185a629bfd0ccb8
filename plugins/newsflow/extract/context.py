"""What the whole article tells every row: its date, its market and that market's currency.

A Hong Kong stock story writes `元` and `$` for Hong Kong dollars, a mainland one `元` for yuan; a
period written without a year ("second quarter", 上半年) takes the year of the article's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import scan
from .lexicon import label_of, word_table
from .periods import RECORD_SET_IN, bond_maturity

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_MONTH_NAME = _MON.replace("(?P<mon>", "(?:", 1)

# Dates as datelines and bylines write them.
_DATES = [
    scan.compile(rf"\b{_MON}\.?\s(?P<d>\d{{1,2}})(?:,\s?|\s)(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE),  # September 12, 2002; "July 14,2023"
    scan.compile(rf"\b(?P<d>\d{{1,2}})\s{_MON}\.?,?\s(?P<y>(?:19|20)\d{{2}})\b", re.IGNORECASE),  # 30 August 2016
    scan.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),  # 2014-08-15
    scan.compile(r"(?P<y>(?:19|20)\d{2})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),  # 2025年10月30日
    scan.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"),  # 6/7/2018 (day first, as Hong Kong writes it)
]
# A dateline without a year: 新华社上海7月23日电, "BEIJING, July 17 -", 9月22日消息.
_DAY_ZH = scan.compile(r"(?<![\d年])(?P<m>1[0-2]|[1-9])\s?月\s?(?P<d>[1-3]?\d)\s?日")
_DAY_EN = scan.compile(rf"\b{_MON}\.?\s(?P<d>[1-3]?\d)\b(?!,?\s?(?:19|20)\d{{2}})", re.IGNORECASE)
_RESULTS_SEASON = 4  # months after a year's end by which its full-year results are out
_DATELINE_REACH = 150  # characters from the top in which a date is the article's own
# A data footer dates the page: "沽空资料截至 2025-08-27 16:25", "Data on Short Selling as at 2024-07-18".
_FOOTER = scan.compile(r"(?:截至|as at|as of)\s?(?=(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})", re.IGNORECASE)

# "since June 2022", "自2015年12月以来": the article is later than that.
_SINCE = scan.compile(rf"(?:\bsince\s(?:last\s)?(?:{_MON}\.?\s)?|自\s?|从\s?)(?P<y>(?:19|20)\d{{2}})(?:\s?年\s?(?P<mz>1[0-2]|[1-9])\s?月)?"
                      r"|(?P<y2>(?:19|20)\d{2})\s?年\s?(?:(?P<mz2>1[0-2]|[1-9])\s?月(?:份|\s?\d{1,2}\s?日)?)?\s?以来",  # "为2024年12月以来的新低"
                      re.IGNORECASE)
_YEAR = scan.compile(r"(?:(?<![\d.$(])(?<!\d,)|(?<=[(（])(?=\d{4}年\d{1,2}月)|(?<=[今去明][(（]))"  # (a paper's date in brackets, 今(2023)年, not a stock code "(2020)")
                     r"((?:19|20)\d{2})(?![\d%s]|[)）](?!年)|[.,]\d|\s?(?:亿|億|万|萬|千|百|元|港元|美元|点|點|bn|billion|million|percent)"
                     r"|\s?[-－~～至到]\s?\d{4}(?:\.\d+)?\s?(?:元|港元|美元|点|點))", re.IGNORECASE)  # ("1900-1950元": a price range)
# Results for a period that has ended ("截至2019年12月31日止年度", "the year ended Dec. 31, 2019"): the
# article is later than its last month.
_ENDED_LAST_YEAR = scan.compile(r"截至\s?去年\s?(?:(1[0-2]|0?[1-9])\s?月)?(?:底|末|[1-3]?\d\s?日)\s?止")
_ENDED = scan.compile(rf"截至\s?(?P<y>(?:19|20)\d{{2}})\s?年\s?(?P<mz>1[0-2]|0?[1-9])\s?月\s?[1-3]?\d\s?日\s?止"
                      rf"|(?<!明年)(?<!将)(?<!会)(?<!将于)(?:公布|发布|披露)[^，。,；;]{{0,6}}?(?P<y3>(?:19|20)\d{{2}})\s?年(?:全年|年度)(?:自结)?(?:获利|业绩|财报|盈利|纯益|营收)"
                      # a year's full-year figure stated as done: "2025全年营收2.12兆元" (not 预计/目标, which `_OTHER_YEAR` names)
                      rf"|(?<![预料计标])(?P<y5>(?:19|20)\d{{2}})\s?年?\s?全年(?:营收|营业收入|获利|净利|纯益|营业额)(?:为|达|约|\s)?\d"
                      rf"|\b(?:(?:year|quarter|months|period)\sended|as\sof)\s{_MON}\.?\s[1-3]?\d,?\s(?P<y2>(?:19|20)\d{{2}})\b"
                      rf"|\b(?:year|quarter|months|period)\s(?:ended|to)\s[1-3]?\d\s(?P<mon4>{_MONTH_NAME})\s(?P<y4>(?:19|20)\d{{2}})\b",  # "the year ended 30 September 2024"
                      re.IGNORECASE)
_PAYMENT_DATE = scan.compile(r"\b(?:paid|payable|on the register|record date|ex-dividend date)\b[^.;\n]{0,60}", re.IGNORECASE)
_WILL_BEFORE = scan.compile(r"\bwill\b(?:[^.;]|\.(?=\d)){0,90}?$")
_COMPARED_WITH = scan.compile(r"\b(?:(?<!more )(?<!less )(?<!fewer )than|compared (?:with|to)|versus|vs\.?|against|below|above|from|following|after)\s(?:the\s|an?\s)?"
                              r"[A-Z]{0,3}[$€£]?\d[\d.,]*\s?(?:%|percent|per cent|million|billion|bn|[a-z]+s)?\s(?:[a-z]+\s)?"
                              r"(?:(?:it|they)\s(?:had\s)?(?:booked|earned|made|reported|posted|recorded)\s)?(?:of|in|for|during)\s"  # ("than the 344.5 billion yen it booked in 2015/16")
                              r"(?:the\s)?(?:[a-z-]+\s){0,4}$", re.IGNORECASE)  # (a figure compared with: "lower than the 13,121 million of the first
# half of 2023")
# Years that are not the article's: "since 2009", "自2015年12月以来", "will ... in 2026", "2026年将".
# A twelve-month change counted from the same month a year before: "up 2.3% since March 2011".
_SINCE_SAME_MONTH = scan.compile(r"\d\s?(?:%|percent|per cent)\ssince\s(January|February|March|April|May|June|July|August|September|October|November|December)"
                                 r"\s((?:19|20)\d{2})\b")
_OTHER_YEAR = scan.compile(r"(?:对|對|\bsince\b(?:[^.;]|\.\d){0,60}?|\buntil(?: (?:the )?(?:beginning|start|end|middle) of)?|\bby|\bbefore|\bthrough(?: to\b[^.;]{0,30}?)?|自|从|至今|以来|will\b[^.;]{0,40}?|expects?\b[^.;]{0,30}?|"
                          r"\b(?:promis|pledg|vow)\w*\b[^.;]{0,50}?|\bby the end of\b[^.;]{0,20}?|预计|預計|预期|預期|料"
                          r"|" + RECORD_SET_IN + r")\s?(?:last\s)?(?:[A-Za-z]+\.?\s)?$",
                          re.IGNORECASE)  # ("has promised to raise growth to 8 per cent by the end of his term in 2029"; a record's year)

# Signals of the market a story is about, weighted.
# Words that place a story in a market; the market with most of them is the story's.
_MARKET_WORDS = word_table({
    "HK": [r"(?<![今去明])\(\s?\d{5}(?:\.HK)?\s?\)|\(\s?\d{4}\.HK\s?\)", r"\(0\d{2}\)",  # (00700), (0700.HK), (005); not a mainland (000625)
           r"\d{4,5}\.HK", "港股(?!通)", "恒指", "恒生指数", "恒生指數", "国企指数", "國企指數",
           "港元", "港币", "港幣", "港仙", r"HK\$", "沽空", "HKEX", "港交所", "联交所", "聯交所", "本港", "(?<!中国)香港", "Hong Kong",
           "Hang Seng", "HSI", "HSCEI",  # (中国香港: a partner in a mainland release's list, no Hong Kong story)
           "AASTOCKS", "阿思达克", "阿思達克", "经济通", "經濟通", "窝轮", "孖展", "暗盘", "暗盤", "公开发售", "(?<!其)中签", "回拨",
           "招股价", "蓝筹", "牛熊证", r"仙(?=[，。,;；\s及和]|$)", "午市", "早市", "按年", "除税前", "汇控"],
    "CN": [r"\(\s?[036]\d{5}(?:\.S[HZ])?\s?[)，,]", r"\d{6}\.(?:SH|SZ|SS)", "A股", "沪指", "滬指", "上证", "上證", "深证", "深證",
           "创业板", "創業板", "科创", "沪深", "人民币", "人民幣", "归母", "歸母", "营业收入", "營業收入", "营收", "元/股",
           "Shanghai Composite", "Shenzhen", "yuan", "RMB",
           "沪股通", "深股通", "北上资金", "北向资金",  # northbound: money into A shares
           "上交所", "深交所", "沪市", "深市", "网上发行", "网下"],  # (a mainland IPO's online and offline tranches)
    "US": ["NYSE", "NASDAQ", "Dow Jones", "S&P 500", "Wall Street(?! Journal)", "美股", "道指", "纳指", "納指", "标普", "標普"],
    "USD": ["美元"],  # money, which any market's companies report in: a weak sign (see `_market`)
    "CODE4": [r"(?<![今去明])\(\s?\d{4}\s?\)"],  # (2330), (2319): Taiwan's codes or Hong Kong's short ones, a weak sign
    # Taiwan, whose bare 元 is the new Taiwan dollar
    "TW": [r"(?<![\u4e00-\u9fff])台股", "台积电", "新台币", "加权指数", "加权股价指数", "柜买", "三大法人", "外资及陆资", "投信", "自营商",
           "买超", "卖超", "Taiwan", "TAIEX", r"NT\$", "台北", "中央社", "主计总处", "行政院", "金管会", "理监事会", "台湾央行",
           # Taiwan's brokers' words: 优于大盘 and 买进 ratings (Hong Kong writes 跑赢大市, 买入), 法说会, 投顾
           "优于大盘", "劣于大盘", "买进", "法说会", "投顾", "上柜", "兴柜", "承销价",  # (an offering's 承销价: Taiwan's; Hong Kong writes 招股价)
           # an IPO by auction: 竞价拍卖, 得标, 公开申购, 证交所 (the Taiwan Stock Exchange), 中华民国证券商业同业公会
           "竞价拍卖", "得标", "公开申购", "(?<![上深港联])证交所", "中华民国",
           # Taiwan's results words and its calendar (民国114年 is 2025)
           "年增(?![长速幅加])", "年减(?!少)", "税后纯益", "税后净[利损]", "税后盈余", "每股盈余", "经济部", r"(?<![\d.])1[01]\d年(?![代度])"],
    # Markets whose own dollar a bare "$" is.
    "CA": ["TSX", "S&P/TSX", r"\([A-Z]{1,5}(?:\.[A-Z]{1,2})?-T\)", "Toronto", "Canadian Press", "Canada's", "Bank of Canada",  # ("(SLF-T)": Toronto's)
           "Canadian banks?", "Bay Street", "Statistics Canada", "StatCan", "Canadian (?:economy|employment|jobs|inflation|dollar)",
           "Montreal", "Calgary", "Vancouver", r"\$\d[\d.,]*-(?:million|billion)\b"],  # (a Canadian paper's "$602-million")
    "AU": ["ASX", "S&P/ASX", "Australian Securities Exchange", "Sydney", "Reserve Bank of Australia", r"\$US", "Australia's",
           "Australian Bureau of Statistics", "Australian (?:economy|employment|jobs|inflation|dollar)",
           "Australian (?:shares|stocks|sharemarket|share market)", "All Ordinaries", "(?:fully |partly )?franked",
           r"\bNSW\b", "New South Wales", "Queensland", "Tasmania", r"\bACT\b(?= \d)"],  # (a list of its states' figures)
    "SG": ["SGX", "Singapore Exchange", "Straits Times", "Singapore's", r"\bin Singapore\b", "Singapore-listed", "Monetary Authority of Singapore",
           r"\bHDB\b", "executive condominiums?", r"\bSTI\b", "Catalist"],
    "NZ": ["NZX", "New Zealand", r"NZ\$", r"NZ cents?", "Auckland", "Wellington", "Reserve Bank of New Zealand", "RBNZ", "Kiwi", "Fonterra", r"kgMS", "farmgate milk price"],
    # Macau, whose bare 元 is the pataca: its gaming regulator's monthly revenue is the usual story
    "MO": ["澳门", "澳門", "全澳", "博彩监察协调局", "博彩監察協調局", "博彩毛收入", "赌收", "賭收", "澳门元", "澳門元", "澳门币", "澳門幣", "Macau"],
    # Markets with a currency of their own, whose bare "$" is the US dollar: a Johannesburg close that glances at
    # "Hong Kong's Hang Seng" is no Hong Kong story
    "ZA": ["JSE", "Johannesburg", r"\brand\b", r"\bR\d+(?:[.,]\d+)+(?:bn|m)?\b", "South African Reserve Bank", "SARB", "Stats SA", "South Africa's"],
    "IN": ["Sensex", "Nifty", "Dalal Street", "crores?", "lakh", "Reserve Bank of India", "RBI", "India's", "₹", r"\bRs\.?\s?\d"],
    "UK": ["FTSE 100", "FTSE 250", "Footsie", "London Stock Exchange", "Bank of England", "Britain's", "UK's"],
})
# Results words the mainland writes, which Taiwan and Hong Kong write too (營收, 營業收入): a mainland sign in Simplified
# script only
_MAINLAND_ONLY_IN_SIMPLIFIED = frozenset({"营收", "营业收入"})
# Taiwan by name: a mainland story may speak of Taiwan too, a text in Traditional script that names it is Taiwan's
_TAIWAN_NAMED = scan.compile(r"台湾(?!海峡|地区)")
DOLLAR_MARKETS = {"CA": "CAD", "AU": "AUD", "SG": "SGD", "NZ": "NZD"}
# The money a bare figure of each market's stories is in ("元", "$", a table's bare targets).
MARKET_MONEY = {"HK": "HKD", "CN": "CNY", "TW": "TWD", "MO": "MOP", "IN": "INR", "ZA": "ZAR", **DOLLAR_MARKETS}
# The economy each market's own releases are of.
HOME_ECONOMY = {"HK": "hong_kong", "TW": "taiwan", "CN": "china", "US": "us", "CA": "canada", "AU": "australia",
                "SG": "singapore", "NZ": "new_zealand", "MO": "macau", "ZA": "south_africa", "IN": "india", "UK": "uk"}
# Words only one dollar market uses: its exchange, Australia's franked dividends.
# The company a story opens with, said to be a dollar market's own.
_HOME_DESCRIBED = scan.compile(r"^[^\n.]{2,60}?,\s(?:[a-z]+\s)?(Canada|Australia|New Zealand|Singapore)['’]s\s(?:[\w-]+\s){0,3}?"
                               r"(?:company|group|firm|carrier|bank|lender|insurer|miner|retailer|grocer|airline|operator|producer|"
                               r"maker|[a-z]+maker|developer|utility|telco|railway|supermarket|chain)", re.MULTILINE)
_HOME_OPENS = scan.compile(r"(?:[^\n]{0,100}\n+)?(Canada|Australia|New Zealand|Singapore)['’]s\s")  # a lead that opens on the market
_CANADIAN_DATELINE = scan.compile(r"\s*[A-Z][A-Za-z .'-]{2,30},\s(?:Alberta|Ontario|British Columbia|Quebec|Saskatchewan|Manitoba|Nova Scotia)\b")
_HOME_MARKET = {"Canada": "CA", "Australia": "AU", "New Zealand": "NZ", "Singapore": "SG"}
_OWN_EXCHANGE = scan.compile(r"\b(?:ASX|TSX|SGX|NZX)\b|\bfranked\b|\([A-Z]{1,5}(?:\.[A-Z]{1,2})?-T\)")  # ("(SLF-T)": Toronto)


# "(人民币.下同)", "（人民币，下同）": the currency of every bare amount that follows.
_SAME_BELOW = scan.compile(r"[(（]\s?(人民币|港元|港币|美元|澳门元|澳门币)\s?[.。，,、‧·．]?\s?下同\s?[)）]"
                          r"|(人民币|港元|港币|美元|澳门元|澳门币)\s?[(（]\s?(?:单位)?\s?下同\s?[)）]")
_DECLARED = {"人民币": "CNY", "港元": "HKD", "港币": "HKD", "美元": "USD", "澳门元": "MOP", "澳门币": "MOP"}

# Amounts written with their currency in English text; the group names the currency ("dollar": any dollar).
_WRITTEN_MONEY = scan.compile(
    r"(?P<USD>US\$|USD\s?(?=\d))|(?P<AUD>A\$|AU\$|AUD\s?(?=\d)|\d\sAustralian cents?\b)|(?P<CAD>C\$|CAD\s?(?=\d)|\d\sCanadian cents?\b)"
    r"|(?P<HKD>HK\$|HKD\s?(?=\d))|(?P<SGD>S\$|SGD\s?(?=\d)|\d\sSingapore cents?\b)|(?P<NZD>NZ\$|NZD\s?(?=\d))"
    r"|(?P<dollar>\$(?<![A-Za-z]\$)(?=\s?\d))|(?P<EUR>€|EUR\s?(?=\d)|\d\s?(?:million |billion )?euros?\b)"
    r"|(?P<GBP>£|GBP\s?(?=\d)|\d\s?(?:pence|p)\b)|(?P<ZAR>(?<![A-Za-z])R(?=\d[\d.,]*\s?(?:bn|m|billion|million)\b)|ZAR\s?(?=\d))"
    r"|(?P<THB>\d\s(?:million |billion )?baht\b)|(?P<MYR>\d\s(?:million |billion )?ringgit\b)")  # (a Bangkok wrap's "gained 2.00 baht to 320.00")
_OTHER_MONEY = scan.compile(r"[€£$]|euro|pence|EUR|GBP|ZAR|baht|ringgit|(?<![A-Za-z])R\d[\d.,]*\s?(?:bn|m|billion|million)\b")  # (a text without any leaves "cents" and bare amounts as they are)
_MONEY_REACH = 400  # characters back in which the last amount written with its currency sets a bare one's


# A text that writes the other dollars with their letter, or a wire's rate footer, writes the US dollar as "$"
_DOLLAR_IS_USD = scan.compile(r"(?<![A-Za-z])(?P<p>CA|C|A|AU|S|NZ)\$\s?\d|[(（]\s?\$1\s?=\s?\d")
_PREFIX_MARKET = {"CA": "CA", "C": "CA", "A": "AU", "AU": "AU", "S": "SG", "NZ": "NZ"}
_FISCAL = scan.compile(r"\bfiscal\b|\bFY\s?'?\d{2}|财年|財年|财政年度|財政年度", re.IGNORECASE)
_HK_CODE = scan.compile(r"\d{4,5}\.HK|\(0\d{4}\)")

# An economic release (see `_is_macro`).
_ECONOMY_WORDS = word_table({
    "macro": ["统计局", "国家统计局", "统计处", "统计暨普查局", "旅游局", "Bureau of Statistics", "NBS", "Labor Department", "Bureau of Labor", "BLS",
              "statistics office", "Statistics (?:Canada|Indonesia|South Africa|New Zealand|Norway|Sweden|Denmark|Finland|Netherlands|Korea|Austria|Poland)", "StatCan", "Stats (?:NZ|SA)",
              "INSEE", "Istat", "Rosstat", "TurkStat", "IBGE", "INEGI", "主计总处", "employment rates?", "jobless rates?",
              "labou?r force survey", "hourly (?:wages|earnings)", "GDP", "国内生产总值", "CPI", "PPI", "PMI", "consumer prices?", "producer prices?", "payrolls",
              "unemployment rates?", "unemployment", "(?:full|part)-time employment", "jobs report", "hours worked", "underutili[sz]ation",
              "居民消费价格", "工业生产者", "采购经理指数", "工业增加值", "社会消费品零售", "固定资产投资",
              "失业率", "inflation", "通胀", "广义货币", "狭义货币", "社会融资规模", "社融", "人民币贷款", "外汇储备", "货币供应",
              "财政部", "一般公共预算", "税收收入", "非税收入", "政府性基金", "财政收入", "财政支出",  # a fiscal release
              "money supply", "new yuan loans", "trade surplus", "贸易顺差", "进出口", "整体出口", "港产品出口", "规模以上工业企业", "工业企业利润",
              "房地产开发投资", "商品房销售(?:面积|额)",  # the statistics office's property release
              "(?:[Gg]ross )?GST (?:revenue|collections?)", "CGST", "SGST", "IGST",  # India's monthly tax collections
              "industrial profits", "土地注册处", "差饷物业估价署", "买卖合约", "Land Registry", "Commerce Department",
              "Census Bureau", "Office for National Statistics", "Eurostat", "Customs Service", "customs (?:office|data|figures)", "海关总署",
              "retail sales", "零售业(?:总)?销货(?:价值|数量)", "industrial production", "housing starts", "durable goods",
              "(?:汽车|乘用车|商用车)(?:产销|产量)", "汽车工业协会", "中汽协", "乘联会", "乘联分会", "产业创新联盟", "装车量"],  # an industry's output
    "company": ["营业收入", "营收", "净利润", "归母", "每股收益", "每股盈利", "纯利", "派息", "目标价", "评级", "revenues?",
                "net income", "net profit", "earnings per share", "price targets?", "target prices?", "EPS", "dividends?",
                "股价", "shares? (?:rose|fell|gained|lost)"],
})


@dataclass(frozen=True)
class ArticleContext:
    published: date | None  # the article's date: given, or its dateline's
    year: int | None  # the year a period written without one belongs to
    day: tuple[int, int] | None  # (month, day) of a dateline without a year
    market: str | None  # HK, CN, US, TW, CA, AU, SG, MO: whose `元` and `$` the text writes
    fiscal: bool  # the text counts in fiscal years ("fiscal third quarter", 财年)
    after: tuple[int, int] | None  # (year, month) the article is known to be later than
    writes_hk_dollar: bool = False  # "HK$" appears: a bare "$" then means US dollars
    dollar_is_usd: bool = False  # "C$", "A$" or a wire's "($1 = 1.3372 Canadian dollars)": a bare "$" is the US dollar
    hk_codes: bool = False  # English lines quote Hong Kong stock codes (0700.HK): a quote page or broker note
    currencies: tuple[tuple[int, str], ...] = ()  # (offset, currency) of "(人民币.下同)" declarations
    macro: bool = False  # an economic release: a statistics office's figures, no company results
    money: tuple[tuple[int, str], ...] = ()  # (offset, currency) of the amounts an English text writes with theirs
    title_end: int = 0  # where the first line ends, when it is a headline
    roundup: bool = False  # an English report on several markets (Tokyo, Hong Kong, Sydney, Wall Street): its "$" is the US dollar
    fils: str = "AED"  # whose fils the text counts in: Kuwait's and Bahrain's are thousandths of a dinar, the UAE's hundredths
    peso: bool = False  # a Philippine text, which writes its pesos "P804.329 million"
    rupee: str = "INR"  # whose rupees "Rs" and "rupees" are: Pakistan's and Sri Lanka's stories write them as India's do
    ended: tuple[int, int] | None = None  # (year, month) the latest period whose results the text reports ended

    def running_currency(self, pos: int, until: int = -1) -> str | None:
        """The currency of the last amount written with one shortly before `pos` ("dollar" for any dollar):
        "net income fell to €86 million … earnings per share dropped to 29 cents" are euro cents; failing
        that, of the first one after it before `until` ("rose 64 cents or 3.1 per cent to €21.32")."""
        found = [c for at, c in self.money if pos - _MONEY_REACH <= at < pos]
        if not found:
            found = [c for at, c in reversed(self.money) if pos < at < until]
        return found[-1] if found else None

    @property
    def sole_currency(self) -> str | None:
        """The currency of every amount the text writes with one, when that is one other than a dollar: a rand
        story's "255c" are rand cents, wherever its rand amounts stand."""
        found = {c for _, c in self.money}
        return found.pop() if len(found) == 1 and "dollar" not in found else None

    def declared_currency(self, pos: int) -> str | None:
        """The currency the text declared for every bare 元 from some point on ("(人民币.下同)"); the
        headline above it sums up the same figures, so it writes in the same currency."""
        found = [c for at, c in self.currencies if at <= pos]
        if not found and self.currencies and pos <= self.title_end:
            return self.currencies[0][1]
        return found[-1] if found else None

    def month_year(self, month: int) -> int | None:
        """The year of a month named without one: the article's, or the next when the text says it is
        later than that month of the article's year ("the first rise since June 2022", in February)."""
        if self.year is None:
            return None
        if self.published is None and self.after is not None and (self.year, month) <= self.after:
            return self.after[0] + 1
        if self.published is None and self.ended == (self.year - 1, 12) and month > _RESULTS_SEASON:
            return self.year - 1  # a story on last year's full-year results is early in the year: its 12月 is last year's
        return self.year

    @property
    def trading_day(self) -> str | None:
        """The dateline's day as a period (a market wrap's figures are that day's)."""
        if self.published is not None:
            return self.published.isoformat()
        if self.day is not None and self.year is not None:
            return f"{self.year}-{self.day[0]:02d}-{self.day[1]:02d}"
        return None


def article_context(text: str, published: date | None = None, traditional: int = 0) -> ArticleContext:
    """The context of `text` (NFKC-normalised, Simplified) published on `published` (when known);
    `traditional` counts the characters written in Traditional script (six are enough to tell)."""
    top = _ENDED.sub(lambda m: " " * len(m.group()), text[:_DATELINE_REACH + 40])[:_DATELINE_REACH]  # a period's end is no dateline,
    top = _PAYMENT_DATE.sub(lambda m: " " * len(m.group()), top)  # nor a dividend's payment or record date
    footer = _FOOTER.search(text, max(0, len(text) - 300))
    dated = published or _first_date(top) or (_first_date(text[footer.end():]) if footer else None) or _wire_stamp(text)
    day = None
    if dated is None:
        m = _DAY_ZH.search(top) or _DAY_EN.search(top)
        if m is not None:
            g = m.groupdict()
            day = (int(g["m"]) if g.get("m") else _month(g["mon"]), int(g["d"]))
    after = _latest_since(text)
    market_words = [label_of(m) for m in _MARKET_WORDS.finditer(text)
                    if not (traditional >= 3 and m.group() in _MAINLAND_ONLY_IN_SIMPLIFIED)]
    if traditional >= 3 and _TAIWAN_NAMED.search(text):
        market_words.append("TW")  # "台灣中油公司公布…柴油調漲0.1元": Taiwan named in its own script
    market = _market(text, market_words, traditional) or _prefixed_market(text)
    fiscal = _FISCAL.search(text) is not None
    # a company that counts fiscal years names them ("fiscal first-quarter 2017" in September 2016): the
    # year it writes goes before the calendar's
    year = (fiscal and _text_year(text, after)) or (dated.year if dated else _text_year(text, after))
    # "3月24日" atop the results of the year to 2019-12-31 is in 2020, and so is a text that has 2019's full-year
    # results published and names no later year
    ended, published_years = _ended(text) if dated is None and year is not None else (None, set())
    if ended is not None and ((year, day[0]) <= ended if day is not None else ended == (year, 12) and year in published_years):
        year = ended[0] + 1
    if ended is None and year is not None and (last_year := _ENDED_LAST_YEAR.search(text)) is not None:
        ended = (year - 1, int(last_year.group(1) or 12))  # "截至去年12月底止的第4季业绩": last year's fourth quarter
    if dated is None and (named_last := _NAMED_LAST_YEAR.search(text)) is not None:
        year = int(named_last.group(1)) + 1  # "去(2025)年第4季": this is 2026
    elif dated is None and (last_zh := _LAST_YEAR_THEN_MONTH.search(text)) is not None and (year is None or year == int(last_zh.group(1))):
        year = int(last_zh.group(1)) + 1  # "去年的出口基数非常低，2024年7月出口…": this is 2025
    elif dated is None and (last := _LAST_YEARS_MONTH.search(text)) is not None:
        named = re.search(rf"\b{last.group(1)}\s((?:19|20)\d\d)\b", text)
        if named is not None and (year is None or year == int(named.group(1))):
            year = int(named.group(1)) + 1  # "In April last year … April 2020 was marked by the lockdown": this is 2021
    return ArticleContext(
        published=dated,
        year=year,
        day=day,
        market=market,
        fiscal=fiscal,
        after=after,
        writes_hk_dollar="HK$" in text or "HK $" in text,
        dollar_is_usd=_dollar_is_usd(text, market),
        hk_codes=_latin_hk_codes(text),
        currencies=tuple((m.start(), _DECLARED[m.group(1) or m.group(2)]) for m in _SAME_BELOW.finditer(text)),
        macro=_is_macro(text),
        title_end=_title_end(text),
        roundup=not _CJK.search(top) and len(set(market_words) - {"USD", "CODE4"}) >= 3,
        ended=ended,
        money=tuple((m.start(), m.lastgroup) for m in _WRITTEN_MONEY.finditer(text)  # (not a conversion in brackets: "57.42 billion
                    if not _CONVERSION_OPENS.search(text, max(0, m.start() - 3), m.start()))  # euros ($64.7 billion)" stays in euros)
        if _OTHER_MONEY.search(text) and not _CJK.search(top) else (),
        fils=("KWD" if _KUWAIT.search(text) else "BHD" if _BAHRAIN.search(text) else "AED") if "fils" in text else "AED",
        peso=_PHILIPPINE.search(text) is not None and _LATIN_AMERICA.search(text) is None,
        rupee=_rupee(text) if "Rs" in text or "upee" in text else "INR",
    )


# Last year named with its number, as Taiwan's papers write it: 去(2025)年 (read as 去2025年).
_LAST_YEAR_THEN_MONTH = scan.compile(r"去年(?!同期|底|末|初)[^。；;\d]{0,16}?((?:19|20)\d{2})\s?年\s?\d{1,2}\s?月")
_NAMED_LAST_YEAR = scan.compile(r"去(?:年\s?)?((?:19|20)\d{2})\s?年")  # (and 去年114年, read as 去年2025年)


# A newswire's time stamp at the end: "(END) Dow Jones Newswires\n\n10-17-24 0110ET"
_WIRE_STAMP = scan.compile(r"^\s*(?P<m>[01]\d)-(?P<d>[0-3]\d)-(?P<y>\d{2})\s[0-2]\d[0-5]\d\s?(?:ET|EST|EDT|GMT)\s*$", re.MULTILINE)


def _dollar_is_usd(text: str, market: str | None) -> bool:
    """Whether a bare "$" is the US dollar because the text marks its other dollars ("C$709 million … $6 billion");
    an Australian story that writes A$ once still means A$ by its bare "$"."""
    marked = [*_DOLLAR_IS_USD.finditer(text)]
    if marked and _BARE_DOLLAR.search(text, 0, marked[0].start()) is not None \
            and all(_SHARE_QUOTE_BEFORE.search(text, max(0, m.start() - 80), m.start()) for m in marked):
        return True  # "profit came to $3.88 billion … In Australia, BHP shares were up 2.73 percent at A$47": a wire that
        # marks the home dollar only on the share price, after bare amounts, which are the US dollar
    return any(m.group("p") is None or _PREFIX_MARKET[m.group("p")] != market or _CONVERSION_AFTER.match(text, m.end())
               for m in marked)  # ("A$66.90 ($52) per dmt": the bare dollar converts it, the US one)


def _prefixed_market(text: str) -> str | None:
    """The market of the one dollar a text names with its letter and never converts: "Cash earnings came in at
    A$6.6 billion … Net interest income was up 1.8 per cent at $13.2 billion" is an Australian story throughout
    (not "C$2.22 billion ($1.65 billion)", whose bare dollar is the US dollar)."""
    prefixes = {_PREFIX_MARKET[m.group("p")] for m in _DOLLAR_IS_USD.finditer(text) if m.group("p")}
    if len(prefixes) != 1 or _CONVERTED.search(text):
        return None
    return prefixes.pop()


_PAKISTAN = scan.compile(r"Pakistan|\bKSE\b|KSE-100|\bPSX\b|Karachi|State Bank of Pakistan|\bSBP\b")
_SRI_LANKA = scan.compile(r"Sri Lanka|Colombo|\bCSE\b|\bASPI\b")
_INDIA = scan.compile(r"India|\bNSE\b|\bBSE\b|Sensex|Nifty|Mumbai|crore|lakh")


def _rupee(text: str) -> str:
    """Whose rupees a text counts in: Pakistan's or Sri Lanka's where it is about them and not about India."""
    if _INDIA.search(text):
        return "INR"
    return "PKR" if _PAKISTAN.search(text) else "LKR" if _SRI_LANKA.search(text) else "INR"


_PHILIPPINE = scan.compile(r"Philippine|\bPSE\b|\bBSP\b|Bangko Sentral|Manila|\bpesos?\b")
_LATIN_AMERICA = scan.compile(r"Mexic|Latin America|Brazil|Colombia|Chile|Argentin|América Móvil|America Movil")  # (whose pesos are not)
_KUWAIT = scan.compile(r"\bKD\s?\d|\bKWD\b|Kuwait")
_BAHRAIN = scan.compile(r"\bBD\s?\d|\bBHD\b|Bahrain")
_CONVERSION_OPENS = scan.compile(r"[(（]\s?(?:about |around |approximately )?$")
_SHARE_QUOTE_BEFORE = scan.compile(r"\b(?:shares|stock)\b(?:[^.;]|\.\d){0,60}?\b(?:at|to)\s$")
_BARE_DOLLAR = scan.compile(r"(?<![A-Za-z$])\$\s?\d")
_CONVERSION_AFTER = scan.compile(r"[\d.,]*\s?(?:million|billion|bn|m)?\s?[(（]\s?(?:US)?\$\s?\d|[\d.,]*\s(?:per|=|to|buys)\s(?:US)?\$\s?\d")  # ("A$1 per $0.73")
_CONVERTED = scan.compile(r"[(（]\s?(?:US)?\$\s?\d|[(（]\s?\$1\s?=|\$US|US\$|\$\s?1\s(?:per|=|to|buys)\b")  # ("A$1 per $0.73": a rate)


def _title_end(text: str) -> int:
    end = text.find("\n")
    return end if 0 < end <= 160 else 0


def _wire_stamp(text: str) -> date | None:
    m = _WIRE_STAMP.search(text, max(0, len(text) - 200))
    return _date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


def _first_date(text: str) -> date | None:
    best: tuple[int, date] | None = None
    for rx in _DATES:
        for m in rx.finditer(text):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else _month(g["mon"])
            found = _date(int(g["y"]), month, int(g["d"]))
            if found is None and rx is _DATES[-1]:
                found = _date(int(g["y"]), int(g["d"]), month)  # "12/16/2025": month first, as the US writes it
            if found is None:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return 9 if w.startswith("sep") else _MONTHS[w[:3]]


def _latest_since(text: str) -> tuple[int, int] | None:
    found = []
    for m in _SINCE.finditer(text):
        month = m.group("mz") or m.group("mz2") or (m.group("mon") and _month(m.group("mon")))
        found.append((int(m.group("y") or m.group("y2")), int(month or 1)))
    return max(found) if found else None


def _ended(text: str) -> tuple[tuple[int, int] | None, set[int]]:
    """The latest (year, month) whose results the text reports ended, and the years whose full-year results it
    says are published (公布2025年全年获利)."""
    found, published = [], set()
    for m in _ENDED.finditer(text):
        if m.group("y3") or m.group("y5"):
            published.add(int(m.group("y3") or m.group("y5")))
            found.append((int(m.group("y3") or m.group("y5")), 12))
        else:
            found.append((int(m.group("y") or m.group("y2") or m.group("y4")), int(m.group("mz") or _month(m.group("mon") or m.group("mon4")))))
    return (max(found) if found else None), published


def _text_year(text: str, after: tuple[int, int] | None) -> int | None:
    """Without a date, the latest year the text names is the article's (see `month_year` for a
    text that says it is later than some month); the second of a pair ("in 2025 and 2026") looks ahead.
    A year named only by forecasts ("raised its 2015 forecasts and set out its 2016 outlook") is this year
    or later: the earliest of them, when the text names no other."""
    if (this_year := _THIS_YEAR.search(text)) is not None:
        return int(this_year.group(1) or this_year.group(2))  # "今(102)年", read as 今2013年: the text says which year is its own
    if (after_next := _AFTER_NEXT_YEAR.search(text)) is not None:
        return int(after_next.group(1)) - 2  # "15.9 percent for this year, 9.8 percent for next year and 6.0 percent in 2021"
    years, forecast, compared = [], [], []
    forecast_end = -1  # where the last year named for a forecast ends
    for m in _YEAR.finditer(text):
        if _EXPECTED_YEAR.search(text, max(0, m.start() - 4), m.start()):
            forecast.append(int(m.group(1)))  # "预计2024年新业务利润…": a year expected for, this one or later
            continue
        if _WILL_BEFORE.search(text, max(0, m.start() - 100), m.start()):
            forecast.append(int(m.group(1)))  # "JBS will be in a position to pay out a dividend of 3.5 billion reais in 2022"
            continue
        if bond_maturity(text, m.start(), m.end()):
            continue  # "the 6.45%, 2029 bond": a maturity, not the article's year
        if _COMPARED_WITH.search(text, max(0, m.start() - 50), m.start()):
            compared.append(int(m.group(1)))  # "20.6% lower than the 13,121 million of the first half of 2023": a year before
            continue
        if _OTHER_YEAR.search(text, max(0, m.start() - 80), m.start()) \
                or re.match(r"\s?年?\s?(?:将|將|以来|以來)", text[m.end():m.end() + 4]) \
                or re.search(r"(?:19|20)\d{2}\s?年?\s?(?:至|到|-|–|/|and|和|及)\s?$", text[max(0, m.start() - 9):m.start()]):
            continue
        if (target := _TARGET_YEAR_ZH.match(text, m.end())) is not None and target.group("span"):
            continue  # a plan's years ("在2022年至2027年期间所定…目标"): its first names none reported on
        named_for = target or _FORECAST_YEAR.match(text, m.end()) or _FOR_YEAR.search(text, max(0, m.start() - 5), m.start()) \
            and _FORECAST_AFTER.match(text, m.end()) or _FORECAST_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
            or _PLANNED_BEFORE.search(text, max(0, m.start() - 250), m.start()) \
            or forecast_end >= 0 and _AND_FOR_YEAR.fullmatch(text, forecast_end, m.start())  # "its projection for 2026 …, and for 2027"
        (forecast if named_for else years).append(int(m.group(1)))
        forecast_end = m.end() if named_for else -1
    for since in _SINCE_SAME_MONTH.finditer(text):
        if re.search(rf"\b(?:in|for|of) {since.group(1)}\b(?!\s\d)", text):
            compared.append(int(since.group(2)))  # "consumer prices climbed 0.3% in March … up 2.3% since March 2011": 2012
    years += [year + 1 for year in compared]  # (the year a figure is compared with is an earlier one)
    if years and forecast and max(years) < min(forecast) - 2:
        return min(forecast)  # "forecast for 2023 … in pre-pandemic 2019": the history is years back, the forecasts are of now
    return max(years) if years else min(forecast) if forecast else None


# "完成2027年财务及策略目标", "在2022年至2027年期间所定…增长目标": a target's or a plan's years
_TARGET_YEAR_ZH = scan.compile(r"\s?年?(?P<span>\s?(?:至|到|-|–)\s?(?:19|20)\d{2}\s?年?)?[^，。,;；\d]{0,14}?(?:目标|规划|愿景)")
_EXPECTED_YEAR = scan.compile(r"(?:预计|預計|预期|預期)\s?$")
_AFTER_NEXT_YEAR = scan.compile(r"\bthis year\b(?:[^.;]|\.\d){0,60}?\bnext year\b(?:[^.;]|\.\d){0,40}?\b(?:in|for)\s((?:19|20)\d{2})\b",
                                re.IGNORECASE)
_LAST_YEARS_MONTH = scan.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s(?:of\s)?last\syear\b")
_THIS_YEAR = scan.compile(r"今\s?((?:19|20)\d{2})\s?年|\b(?:the )?(?:balance|rest|remainder) of ((?:19|20)\d{2})\b")  # "futures for the balance of 2020"
# "its 2016 outlook", "its 2015 revenue forecast", "For 2016, Shake Shack forecast": a year a forecast is for
_FORECAST_YEAR = scan.compile(r"(?:'s)?\s(?:[a-z-]+\s)?(?:outlook|forecasts?|guidance|targets?|projections?|estimates?)\b")
_FOR_YEAR = scan.compile(r"\bfor\s$", re.IGNORECASE)
# "consensus for its 2025 CET1 ratio", "the forecast for 2026": a year an estimate is for
_FORECAST_BEFORE = scan.compile(r"\b(?:consensus|forecasts?|estimates?|targets?|goals?|guidance|outlook|projections?|expectations?)"
                                r"\s(?:for|of)\s(?:its\s|the\s|fiscal\s)?$", re.IGNORECASE)
# "aiming for final investment decisions … in the second half of 2021", "pushed the decisions … out to 2021", "has decided
# to leave the Board in 2025": a plan's year
_PLANNED_BEFORE = scan.compile(r"\b(?:aim(?:s|ed|ing)?\s(?:for|at|to)|pushed\b[^.;]{0,160}?\bout\sto|(?:postponed?|delay(?:ed|s)?)\b[^.;]{0,120}?"
                               r"\b(?:to|until)|plans?\sto|decided\sto|intends?\sto|(?:is|are)\s(?:due|set|scheduled)\sto|"
                               r"will\s(?:leave|step\sdown|retire|join|open|launch|start|begin|close|complete))\b(?:[^.;]|\.\d){0,160}?$",
                               re.IGNORECASE)  # ("intends to raise its dividend … from €0.90 to €1.00, … and to buy back … in 2026")
_AND_FOR_YEAR = scan.compile(r"(?:[^.;]|\.\d){0,50}?,?\sand\s(?:for|in)\s")
_FORECAST_AFTER = scan.compile(r",[^.;]{0,40}?\b(?:forecasts?|expects?|sees|projects?|guided|guides?|estimates?)\b", re.IGNORECASE)


def _latin_hk_codes(text: str) -> bool:
    """Whether a Hong Kong stock code stands in an English line (a Chinese title's 阿里(09988) says
    nothing of how the English body below writes dollars)."""
    for m in _HK_CODE.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        if len(_CJK.findall(line)) * 5 < len(line):
            return True
    return False


_CJK = scan.compile(r"[\u4e00-\u9fff]")


def _is_macro(text: str) -> bool:
    """An economic release: the words of statistics, and none of a company's results."""
    macro = 0
    for m in _ECONOMY_WORDS.finditer(text):
        if label_of(m) == "company":
            # the first word of a company's results settles it, unless an English release has shown itself by then
            # ("Gross GST revenue … CGST … SGST … IGST …; the total revenue of the Centre")
            return macro >= 3 and m.group().isascii()
        macro += 1
    return macro >= 2


def _market(text: str, words: list[str], traditional: int = 0) -> str | None:
    """The market the text's market words (their labels, in order) point to."""
    scores = dict.fromkeys(("HK", "CN", "US", "TW", "CA", "AU", "SG", "NZ", "MO", "ZA", "IN", "UK"), 0)
    dollars = 0
    codes = 0
    for label in words:
        if label == "USD":
            dollars += 1
        elif label == "CODE4":
            codes += 1
        else:
            scores[label] += 1
    scores["US"] += min(dollars, 2)
    scores["HK"] += min(codes, 2)  # (a Taiwan story's many four-digit codes are no Hong Kong story)
    if (home := _HOME_DESCRIBED.search(text, 0, _DATELINE_REACH * 2)) is not None:
        scores[_HOME_MARKET[home.group(1)]] += 1  # "Telus, Canada's third-largest national carrier, …": the story's own market
    if _CANADIAN_DATELINE.match(text) is not None:
        scores["CA"] += 2  # "CALGARY, Alberta, Nov. 09, 2022 (GLOBE NEWSWIRE) --": a Canadian company's release
    if (home := _HOME_OPENS.match(text)) is not None:
        scores[_HOME_MARKET[home.group(1)]] += 2  # "Canada's two major railways have both reported …": the lead's subject
    # Traditional script is written in Hong Kong, Taiwan and Macau: it counts for the one the words point to
    scores[max(("HK", "TW", "MO"), key=lambda m: (scores[m], m == "HK"))] += min(traditional, 6) if traditional > 1 else 0  # (one stray 萬 in
    # a Simplified text is a slip)
    best = max(scores, key=lambda m: (scores[m], m == "CN" and not traditional))  # (a tie in Simplified script: the mainland)
    if best in DOLLAR_MARKETS and scores[best] < 2 and not _OWN_EXCHANGE.search(text):
        best = max(("HK", "CN", "US"), key=scores.get)  # one "Sydney" makes no Australian story
    return best if scores[best] > 0 else None
