"""The unicodedata module: properties of Unicode characters (Unicode 15.1.0).

Properties come from _unicodedata_tables, where each is a list of change
points; a lookup bisects the starts of one property, parsed on first use.
Normalization and the name table come from _unicodedata (native). The name
table holds the characters that programs commonly name (the blocks listed in
scripts/gen-unicode-names.py); Hangul syllables and CJK ideographs are named
by rule, as in CPython. Other characters have no name here.
"""

import _unicodedata
import _unicodedata_tables as _tables
from bisect import bisect_right as _bisect_right

__traceback_hidden__ = True

unidata_version = '15.1.0'

_parsed = {}


def _table(name):
    table = _parsed.get(name)
    if table is None:
        starts, values = [], []
        for line in getattr(_tables, name).split('\n'):
            if line:
                start, value = line.split(' ', 1)
                starts.append(int(start, 16))
                values.append(value)
        table = _parsed[name] = (starts, values)
    return table


def _property(name, cp):
    starts, values = _table(name)
    return values[_bisect_right(starts, cp) - 1]


def _code(function, chr, argument='argument'):
    if not isinstance(chr, str) or len(chr) != 1:
        raise TypeError('%s() %s must be a unicode character, not %s' % (function, argument, type(chr).__name__))
    return ord(chr)


def category(chr, /):
    """Returns the general category assigned to the character chr as string."""
    return _property('CATEGORY', _code('category', chr))


def bidirectional(chr, /):
    """Returns the bidirectional class assigned to the character chr as string."""
    return _property('BIDIRECTIONAL', _code('bidirectional', chr))


def combining(chr, /):
    """Returns the canonical combining class assigned to the character chr as integer."""
    return int(_property('COMBINING', _code('combining', chr)))


def mirrored(chr, /):
    """Returns the mirrored property assigned to the character chr as integer."""
    return int(_property('MIRRORED', _code('mirrored', chr)))


def east_asian_width(chr, /):
    """Returns the east asian width assigned to the character chr as string."""
    return _property('EAST_ASIAN_WIDTH', _code('east_asian_width', chr))


_MISSING = object()


def _numeric_property(function, table, chr, default, message, convert):
    value = _property(table, _code(function, chr, 'argument 1'))
    if value == '-':
        if default is _MISSING:
            raise ValueError(message)
        return default
    return convert(value)


def decimal(chr, default=_MISSING, /):
    """Converts a Unicode character into its equivalent decimal value."""
    return _numeric_property('decimal', 'DECIMAL', chr, default, 'not a decimal', int)


def digit(chr, default=_MISSING, /):
    """Converts a Unicode character into its equivalent digit value."""
    return _numeric_property('digit', 'DIGIT', chr, default, 'not a digit', int)


def numeric(chr, default=_MISSING, /):
    """Converts a Unicode character into its equivalent numeric value."""
    return _numeric_property('numeric', 'NUMERIC', chr, default, 'not a numeric character', float)


# Hangul syllables are named from their jamo (Unicode chapter 3.12).
_SBASE, _LCOUNT, _VCOUNT, _TCOUNT = 0xAC00, 19, 21, 28
_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
           'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
           'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H')
_HANGUL_PREFIX = 'HANGUL SYLLABLE '


def _hangul_name(cp):
    index = cp - _SBASE
    if not 0 <= index < _LCOUNT * _VCOUNT * _TCOUNT:
        return None
    lv, t = divmod(index, _TCOUNT)
    l, v = divmod(lv, _VCOUNT)
    return _HANGUL_PREFIX + _JAMO_L[l] + _JAMO_V[v] + _JAMO_T[t]


def _hangul_code(name):
    rest = name[len(_HANGUL_PREFIX):]
    for l, lead in enumerate(_JAMO_L):
        if not rest.startswith(lead):
            continue
        for v, vowel in enumerate(_JAMO_V):
            if not rest.startswith(vowel, len(lead)):
                continue
            tail = rest[len(lead) + len(vowel):]
            if tail in _JAMO_T:
                return _SBASE + (l * _VCOUNT + v) * _TCOUNT + _JAMO_T.index(tail)
    return None


def _name(cp):
    hangul = _hangul_name(cp)
    if hangul is not None:
        return hangul
    for candidate in _unicodedata.names(cp):
        # The table also holds aliases (for \\N{...}); the character's own name is the one
        # that lookup gives back and that is not an alias of a control character.
        if category(chr(cp)) != 'Cc' and candidate not in _ALIASES:
            return candidate
    return None


# Names in the table that are aliases, not the character's name.
_ALIASES = frozenset([
    'NULL', 'BELL', 'BACKSPACE', 'CHARACTER TABULATION', 'HORIZONTAL TABULATION', 'TAB', 'LINE FEED',
    'NEW LINE', 'END OF LINE', 'LF', 'NL', 'EOL', 'LINE TABULATION', 'VERTICAL TABULATION', 'FORM FEED',
    'FF', 'CARRIAGE RETURN', 'CR', 'ESCAPE', 'ESC', 'DELETE', 'DEL', 'NBSP', 'SHY', 'ZWSP', 'ZWNJ',
    'ZWJ', 'BYTE ORDER MARK', 'BOM', 'ZWNBSP', 'SP'])


def name(chr, default=_MISSING, /):
    """Returns the name assigned to the character chr as a string."""
    found = _name(_code('name', chr, 'argument 1'))
    if found is None:
        if default is _MISSING:
            raise ValueError('no such name')
        return default
    return found


def lookup(name, /):
    """Look up character by name."""
    if isinstance(name, (bytes, bytearray)):
        name = name.decode('latin-1')
    elif not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    cp = _hangul_code(name) if name.startswith(_HANGUL_PREFIX) else _unicodedata.lookup(name)
    if cp is None:
        raise KeyError('undefined character name %r' % name)
    return chr(cp)


def _form(function, form, unistr):
    if not isinstance(form, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (function, type(form).__name__))
    if not isinstance(unistr, str):
        raise TypeError('%s() argument 2 must be str, not %s' % (function, type(unistr).__name__))
    if form not in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        raise ValueError('invalid normalization form')


def normalize(form, unistr, /):
    """Return the normal form 'form' for the Unicode string unistr."""
    _form('normalize', form, unistr)
    return _unicodedata.normalize(form, unistr)


def is_normalized(form, unistr, /):
    """Return whether the Unicode string unistr is in the normal form 'form'."""
    _form('is_normalized', form, unistr)
    return _unicodedata.normalize(form, unistr) == unistr
