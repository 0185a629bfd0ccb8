"""Numerals (Arabic with separators, Chinese) and scale words (billion, 亿, 万亿, ...)."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"  # as a regex alternation: "down five cents"
_BIG_UNITS = {"万": 10**4, "亿": 10**8}

SCALES: dict[str, float] = {
    "quadrillion": 1e15,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "bil": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6, "mm": 1e6,
    "thousand": 1e3, "k": 1e3,
    "lakh crore": 1e12, "crore": 1e7, "crores": 1e7, "cr": 1e7, "crs": 1e7, "lakh": 1e5, "lakhs": 1e5,  # Indian
    "万亿": 1e12, "兆": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3,
}


def scale_factor(word: str | None) -> float:
    """Multiplier of a scale word; 1 for None. Raises KeyError for an unknown word."""
    return 1.0 if not word else SCALES[word.strip().lower()]


_DECIMAL_COMMA = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+,\d{1,2}|\d{1,3},\d{1,2}")


def parse_arabic(s: str) -> float:
    """'1,234.5' -> 1234.5; '7.091,52' -> 7091.52 and '3,9' -> 3.9 (decimal commas)."""
    if "," in s and _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))  # ("3,9": a comma before one or two digits is a decimal one)
    return float(s.replace(",", "").replace(" ", "").replace("’", "").replace("'", "").rstrip("."))  # "1. 39", "52.%" as printed


def parse_chinese(s: str) -> float:
    """Chinese numeral to a number: '五百亿' -> 5e10, '二十五' -> 25, '三点五' -> 3.5, '七点四亿' -> 7.4e8, '一万二千' -> 12000.

    Raises ValueError on a string that is not a Chinese numeral.
    """
    if not s:
        raise ValueError("empty numeral")
    if "点" in s or "." in s:  # "三点五"; "七.三一" as newspapers print figures in Chinese digits
        whole, _, frac = s.partition("点" if "点" in s else ".")
        scale = 1
        while frac and frac[-1] in _BIG_UNITS:  # "七点四亿" is 7.4 亿, "一百九十七点四四亿" 197.44 亿
            scale *= _BIG_UNITS[frac[-1]]
            frac = frac[:-1]
        if not frac or any(c not in _DIGITS for c in frac):
            raise ValueError(f"not a Chinese numeral: {s!r}")
        return ((parse_chinese(whole) if whole else 0.0) + float("0." + "".join(str(_DIGITS[c]) for c in frac))) * scale
    total = 0.0      # finished sections above 亿
    section = 0.0    # current section below the next big unit
    number = 0.0     # current digit
    for ch in s:
        if ch in _DIGITS:
            number = number * 10 + _DIGITS[ch] if number and _all_digits(s) else _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[ch]
            number = 0
        elif ch in _BIG_UNITS:
            unit = _BIG_UNITS[ch]
            section += number
            if unit == 10**8:
                total = (total + section) * unit
            else:
                total += section * unit
            section = number = 0
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + section + number


def _all_digits(s: str) -> bool:
    # "二〇二五", "三〇七六亿" are read digit by digit; "二十五", "一万二千" by units.
    return not any(c in _SMALL_UNITS for c in s)
