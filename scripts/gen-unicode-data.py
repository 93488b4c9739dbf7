"""Writes src/lib/_unicodedata_tables.py: the character properties that the
unicodedata module answers from (Unicode 15.1.0), taken from CPython's own
unicodedata.

Each property is written as change points: "START VALUE" lines (START in
hex) meaning that every code point from START up to the next line's START
has VALUE. A property with no value for a code point (no decimal value, for
instance) has the value "-" there.

Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 scripts/gen-unicode-data.py
"""
import pathlib
import unicodedata

PROPERTIES = {
    'CATEGORY': unicodedata.category,
    'BIDIRECTIONAL': unicodedata.bidirectional,
    'COMBINING': unicodedata.combining,
    'MIRRORED': unicodedata.mirrored,
    'EAST_ASIAN_WIDTH': unicodedata.east_asian_width,
    'DECIMAL': lambda c: unicodedata.decimal(c, '-'),
    'DIGIT': lambda c: unicodedata.digit(c, '-'),
    'NUMERIC': lambda c: repr(unicodedata.numeric(c)) if unicodedata.numeric(c, None) is not None else '-',
}


def change_points(prop):
    lines, last = [], object()
    for cp in range(0x110000):
        value = str(prop(chr(cp)))
        if value != last:
            lines.append(f'{cp:X} {value}')
            last = value
    return '\n'.join(lines)


def main() -> None:
    assert unicodedata.unidata_version == '15.1.0', unicodedata.unidata_version
    parts = ['"""Unicode 15.1.0 character properties as change points (written by',
             'scripts/gen-unicode-data.py; see there for the format)."""', '']
    for name, prop in PROPERTIES.items():
        parts.append(f'{name} = """\\\n{change_points(prop)}\n"""\n')
    out = pathlib.Path(__file__).resolve().parent.parent / 'src' / 'lib' / '_unicodedata_tables.py'
    out.write_text('\n'.join(parts), encoding='utf-8')
    print(f'written {out}')


main()
