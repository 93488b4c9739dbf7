"""Writes grammar/unicode-names.txt: the character names that string
literals may use in \\N{...} escapes, taken from CPython's unicodedata.

Node has no Unicode name database, so pygil carries this subset: the blocks
that programs name characters from in practice (Latin, Greek, Cyrillic,
punctuation, currency, arrows, mathematical operators, box drawing, shapes,
symbols, dingbats, common emoji), plus a few aliases.

Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 scripts/gen-unicode-names.py
"""
import pathlib
import unicodedata

BLOCKS = [
    (0x0020, 0x007E),  # Basic Latin (printable)
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x045F),  # Cyrillic (basic)
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # Superscripts and Subscripts
    (0x20A0, 0x20C0),  # Currency Symbols
    (0x2100, 0x218F),  # Letterlike Symbols, Number Forms
    (0x2190, 0x23FF),  # Arrows, Mathematical Operators, Miscellaneous Technical
    (0x2460, 0x24FF),  # Enclosed Alphanumerics
    (0x2500, 0x27BF),  # Box Drawing, Block Elements, Geometric Shapes, Misc Symbols, Dingbats
    (0x27F0, 0x27FF),  # Supplemental Arrows-A
    (0x2B00, 0x2BFF),  # Miscellaneous Symbols and Arrows
    (0x1F300, 0x1F64F),  # Miscellaneous Symbols and Pictographs, Emoticons
    (0x1F680, 0x1F6FF),  # Transport and Map Symbols
    (0x1F900, 0x1F9FF),  # Supplemental Symbols and Pictographs
]

# Aliases that \N{...} accepts (from NameAliases.txt); each is checked below.
ALIASES = [
    "NULL", "BELL", "BACKSPACE", "CHARACTER TABULATION", "HORIZONTAL TABULATION", "TAB",
    "LINE FEED", "NEW LINE", "END OF LINE", "LF", "NL", "EOL", "LINE TABULATION", "VERTICAL TABULATION",
    "FORM FEED", "FF", "CARRIAGE RETURN", "CR", "ESCAPE", "ESC", "DELETE", "DEL",
    "NO-BREAK SPACE", "NBSP", "SHY", "ZWSP", "ZWNJ", "ZWJ", "BYTE ORDER MARK", "BOM", "ZWNBSP",
    "SPACE", "SP",
]


def main() -> None:
    entries = {}
    for lo, hi in BLOCKS:
        for cp in range(lo, hi + 1):
            name = unicodedata.name(chr(cp), None)
            if name is not None:
                entries[name] = cp
    for alias in ALIASES:
        entries.setdefault(alias, ord(unicodedata.lookup(alias)))
    lines = [f"{cp:X} {name}" for name, cp in sorted(entries.items(), key=lambda e: (e[1], e[0]))]
    # One character a line: its code point in hex, a space, its name.
    out = pathlib.Path(__file__).resolve().parent.parent / "grammar" / "unicode-names.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names written to {out}")


main()
