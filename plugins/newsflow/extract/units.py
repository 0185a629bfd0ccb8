"""Unit words to units: ISO 4217 codes for money, %, pp, bp, or a count noun."""

from __future__ import annotations

# Currency written before the number.
PREFIX_CURRENCIES: dict[str, str] = {
    "us$": "USD", "$us": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD",  # $US: Australian papers
    "hk$": "HKD", "hk $": "HKD", "hkd": "HKD", "rs": "INR", "rs.": "INR", "re": "INR", "inr": "INR", "₹": "INR",
    "rmb": "CNY", "cny": "CNY", "¥": "CNY", "￥": "CNY", "r": "ZAR", "n": "NGN", "p": "PHP",
    "sh": "KES", "shs": "KES", "ksh": "KES", "kshs": "KES", "ksh.": "KES", "kshs.": "KES", "sh.": "KES", "₦": "NGN", "tsh": "TZS", "tshs": "TZS", "ush": "UGX", "ushs": "UGX",  # East Africa's shillings: "Sh181.4 billion" in a Kenyan paper
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "jpy": "JPY", "krw": "KRW",
    "nt$": "TWD", "s$": "SGD", "a$": "AUD", "c$": "CAD", "ca$": "CAD", "r$": "BRL", "$a": "AUD", "au$": "AUD", "nz$": "NZD", "$nz": "NZD",
    "chf": "CHF", "aud": "AUD", "nzd": "NZD", "cad": "CAD", "sgd": "SGD",
    "新台币": "TWD", "人民币": "CNY", "港币": "HKD", "rm": "MYR", "rp": "IDR", "bt": "THB",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",  # named before the figure: "Baht 7,200 million"
    "kd": "KWD", "qr": "QAR", "dh": "AED", "dhs": "AED",  # the Gulf's papers: "KD930 million", "QR1.2bn", "Dh2.4 billion"
    **{code.lower(): code for code in ("VND", "THB", "IDR", "PHP", "MYR", "TWD", "ZAR", "SEK", "NOK", "DKK", "BRL", "MXN",
                                       "RUB", "PLN", "AED", "SAR", "NGN", "EGP", "PKR", "ILS", "CZK", "HUF", "KWD", "QAR")},
}
# ISO codes written before a figure beyond the common ones ("VND15.36 trillion", "THB 2.1 billion"), in capitals only.
PREFIX_CODES = "VND|THB|IDR|PHP|MYR|TWD|ZAR|SEK|NOK|DKK|BRL|MXN|RUB|PLN|AED|SAR|NGN|EGP|PKR|ILS|CZK|HUF|KWD|QAR"

# Unit written after the number (currency, percent, points, count nouns).
SUFFIX_UNITS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "pc": "%", "t": "tonnes", "t/yr": "tonnes/year",
    "oz": "ounces", "kg": "kg", "boe/d": "boe/d", "boepd": "boe/d", "boe": "boe", "barrels of oil equivalent": "boe",
    "barrels of oil equivalent per day": "boe/d", "barrels of oil equivalent a day": "boe/d", "b/d": "b/d", "bpd": "b/d", "barrels per day": "b/d",
    "barrels a day": "b/d", "bbl/d": "bbl/d", "mmcf/d": "MMcf/d",  # (as a producer's release prints them)
    "cubic feet": "cubic feet", "cubic feet per day": "cubic feet", "cubic feet a day": "cubic feet", "bcf": "cubic feet", "bcfd": "cubic feet",
    "tcf": "cubic feet", "cubic metres": "cubic metres", "cubic meters": "cubic metres", "cubic metres per day": "cubic metres",
    "cubic meters per day": "cubic metres", "bcm": "cubic metres",
    "percentage points": "pp", "percentage point": "pp", "percent points": "pp", "percent point": "pp",
    "per cent points": "pp", "per cent point": "pp", "% points": "pp", "% point": "pp", "%points": "pp", "%point": "pp", "-basis-point": "bp", "-basis-points": "bp", "pp": "pp", "pps": "pp", "ppt": "pp", "ppts": "pp",
    "pcts": "pp",  # "毛利率为40.39%(-1.92 pcts)": broker notes write percentage points so
    "个百分点": "pp", "百分点": "pp", "个百份点": "pp", "百份点": "pp",  # (百份點: a Hong Kong paper's spelling)
    "basis points": "bp", "basis point": "bp", "bps": "bp", "bp": "bp", "个基点": "bp", "基点": "bp",
    "元": "CNY", "人民币": "CNY", "人币": "CNY", "元人民币": "CNY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
    "港元": "HKD", "港币": "HKD", "hkd": "HKD", "hong kong dollars": "HKD", "hong kong dollar": "HKD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "new zealand dollars": "NZD", "new zealand dollar": "NZD", "singapore dollars": "SGD", "singapore dollar": "SGD",
    "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
    "hk dollars": "HKD", "hk dollar": "HKD", "元美元": "USD", "元港元": "HKD", "u.s. dollars": "USD", "u.s. dollar": "USD",
    "us dollar": "USD", "点子": "bp", "吨": "tonnes", "公吨": "tonnes", "桶": "barrels", "万吨": "tonnes", "tonnes": "tonnes", "tons": "tonnes", "dry metric tonnes": "tonnes", "wet metric tonnes": "tonnes", "metric tonnes": "tonnes", "metric tons": "tonnes", "dmt": "tonnes", "wmt": "tonnes", "mt": "tonnes", "吨/年": "tonnes/year", "万吨/年": "tonnes/year",
    "千瓦时": "kWh", "kwh": "kWh", "千升": "kilolitres", "公斤": "kg", "千克": "kg", "盎司": "ounces", "sdr": "XDR",
    "gw": "GW", "mw": "MW", "gwh": "GWh", "mwh": "MWh", "twh": "TWh", "吉瓦": "GW", "吉瓦时": "GWh", "兆瓦": "MW", "兆瓦时": "MWh",
    "平方米": "square metres", "平米": "square metres", "m2": "square metres", "square metres": "square metres", "square meters": "square metres",
    "sq m": "square metres", "sq. m": "square metres", "sqm": "square metres", "sq.m": "square metres", "square feet": "square feet",
    "sq ft": "square feet", "sq. ft": "square feet", "sq.ft": "square feet",
    "分": "CNY", "倍": "x", "x": "x", "p": "GBP", "pence": "GBP",
    "美元": "USD", "美金": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "us dollars": "USD",
    "欧元": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "英镑": "GBP", "pounds": "GBP", "gbp": "GBP",
    "日元": "JPY", "yen": "JPY", "jpy": "JPY",
    "韩元": "KRW", "won": "KRW", "krw": "KRW",
    "澳门元": "MOP", "澳门币": "MOP", "patacas": "MOP", "pataca": "MOP",
    "ringgit": "MYR", "sen": "MYR", "paisa": "INR", "paise": "INR",
    "shillings": "KES", "kenyan shillings": "KES", "ugandan shillings": "UGX", "tanzanian shillings": "TZS", "fils": "AED", "rupiah": "IDR", "baht": "THB", "reais": "BRL", "swiss francs": "CHF", "francs": "CHF", "franc": "CHF",
    "rupees": "INR", "roubles": "RUB", "rubles": "RUB", "lira": "TRY", "zloty": "PLN", "kronor": "SEK", "kroner": "DKK", "danish kroner": "DKK", "norwegian kroner": "NOK",
    "crowns": "SEK", "swedish crowns": "SEK", "danish crowns": "DKK", "norwegian crowns": "NOK", "czech crowns": "CZK", "rand": "ZAR",
    "dirhams": "AED", "riyals": "SAR", "naira": "NGN", "mexican pesos": "MXN", "pesos": "MXN", "dong": "VND", "shekels": "ILS",
    "新台币": "TWD", "台币": "TWD", "kobo": "NGN", "centavo": "PHP", "centavos": "PHP", "cents": "USD", "cent": "USD", "c": "USD", "cps": "USD", "美分": "USD", "美仙": "USD", "港仙": "HKD", "仙": "HKD",
    "us cents": "USD", "us cent": "USD", "u.s. cents": "USD", "u.s. cent": "USD",
    **{f"{place} {cents}": currency for place, currency in (("singapore", "SGD"), ("australian", "AUD"), ("canadian", "CAD"),
                                                            ("new zealand", "NZD"), ("nz", "NZD"), ("hong kong", "HKD"), ("hk", "HKD"))
       for cents in ("cents", "cent")},
    "tokens": "tokens", "token": "tokens", "个token": "tokens", "个tokens": "tokens",
    "units": "units", "unit": "units", "台": "units", "部": "units", "套": "units", "栋": "units",
    "vehicles": "vehicles", "vehicle": "vehicles", "cars": "vehicles", "evs": "vehicles", "辆": "vehicles",
    "aircraft": "aircraft", "aeroplanes": "aeroplanes", "airplanes": "airplanes", "airliners": "aircraft",  # as written
    "users": "users", "customers": "customers", "subscribers": "subscribers", "用户": "users", "名用户": "users", "户": "users", "人次": "passengers", "人": "people", "份": "copies", "件": "parcels", "头": "head", "羽": "birds", "个": "units", "张": "lots", "架": "aircraft", "间": "stores", "口": "contracts", "宗": "registrations", "伙": "units",
    "shares": "shares", "股": "shares", "手": "lots",  # 手: futures contracts traded or held
    "points": "points", "index points": "points", "pts": "points", "点": "points", "成": "成", "厘": "%",
}

# Chinese papers write a commodity's or a home's price with its unit: 52470元/吨, 每平方米10844元.
PER_UNIT = {"吨": "tonne", "公吨": "tonne", "公斤": "kg", "千克": "kg", "克": "gram", "平方米": "m2", "平米": "m2", "m2": "m2"}  # (m2: ㎡ as NFKC writes it)
SUFFIX_UNITS.update({f"{money}/{per}": f"{code}/{unit}" for money, code in (("元", "CNY"), ("美元", "USD"), ("港元", "HKD"))
                     for per, unit in PER_UNIT.items()})

CURRENCIES = frozenset({"USD", "HKD", "CNY", "EUR", "GBP", "JPY", "KRW", "TWD", "SGD", "AUD", "CAD", "INR", "MOP", "MYR", "IDR", "THB", "ZAR",
                        "BRL", "CHF", "RUB", "TRY", "PLN", "SEK", "AED", "SAR", "NGN", "MXN", "NZD", "KES", "TZS", "UGX",
                        "DKK", "NOK", "VND", "PHP", "EGP", "PKR", "LKR", "ILS", "CZK", "HUF", "KWD", "QAR", "BHD"})
CHANGE_UNITS = frozenset({"pp", "bp"})


def prefix_unit(word: str, *, yen_context: bool = False) -> str:
    """Currency of a prefix symbol; ¥ is JPY only when the text speaks of yen."""
    key = word.strip().lower()
    if key in ("¥", "￥", "y") and yen_context:
        return "JPY"
    return PREFIX_CURRENCIES[key]


def suffix_unit(word: str) -> str:
    return SUFFIX_UNITS[" ".join(word.strip().lower().split())]


def is_currency(unit: str | None) -> bool:
    return unit in CURRENCIES
