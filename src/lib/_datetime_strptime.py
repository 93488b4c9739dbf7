"""datetime.strptime: reading a date and time out of text by a strftime
format, as CPython's _strptime does in the C locale.

CPython turns the format into a regular expression (each directive a group
of alternatives, longest first; whitespace in the format matching any run of
whitespace; letters matched without regard to case) and matches it. Here the
format is walked directive by directive with the same alternatives, trying
the longer ones first and backing up when the rest does not match, which
finds the same fields.
"""

from _datetime_calendar import _MONTHNAMES, _DAYNAMES, _FULL_MONTHNAMES, _FULL_DAYNAMES

__traceback_hidden__ = True


def _numbers(low, high, widths):
    """A matcher of a number in [low, high] written with one of `widths` digits (longest tried first)."""
    def match(text, i):
        found = []
        for width in widths:
            chunk = text[i:i + width]
            if len(chunk) == width and chunk.isdigit() and chunk.isascii() and low <= int(chunk) <= high:
                found.append((int(chunk), i + width))
        return found
    return match


def _names(names):
    lowered = [(n.lower(), k) for k, n in enumerate(names) if n]
    lowered.sort(key=lambda pair: -len(pair[0]))

    def match(text, i):
        return [(k, i + len(n)) for n, k in lowered if text[i:i + len(n)].lower() == n]
    return match


def _ampm(text, i):
    word = text[i:i + 2].lower()
    return [(word, i + 2)] if word in ('am', 'pm') else []


def _fraction(text, i):
    found = []
    for width in range(6, 0, -1):
        chunk = text[i:i + width]
        if len(chunk) == width and chunk.isdigit() and chunk.isascii():
            found.append((int(chunk.ljust(6, '0')), i + width))
    return found


def _offset(text, i):
    """%z: Z, or +HHMM[SS[.ffffff]] with optional colons, as seconds east of UTC."""
    if text[i:i + 1] in ('Z', 'z'):
        return [(0, i + 1)]
    sign = text[i:i + 1]
    if sign not in ('+', '-'):
        return []
    j = i + 1
    parts = []
    colon = None
    for _ in range(3):
        if parts and text[j:j + 1] == ':' and colon is not False:
            colon = True
            j += 1
        elif parts:
            if colon:
                break
            colon = False
        chunk = text[j:j + 2]
        if len(chunk) < 2 or not chunk.isdigit():
            if len(parts) < 2:
                return []
            break
        parts.append(int(chunk))
        j += 2
    if len(parts) < 2:
        return []
    seconds = parts[0] * 3600 + parts[1] * 60 + (parts[2] if len(parts) > 2 else 0)
    return [(-seconds if sign == '-' else seconds, j)]


def _zone_name(text, i):
    for name in ('UTC', 'GMT'):
        if text[i:i + 3].upper() == name:
            return [(name, i + 3)]
    return []


_DIRECTIVES = {
    'd': _numbers(1, 31, (2, 1)), 'm': _numbers(1, 12, (2, 1)), 'H': _numbers(0, 23, (2, 1)),
    'I': _numbers(1, 12, (2, 1)), 'M': _numbers(0, 59, (2, 1)), 'S': _numbers(0, 61, (2, 1)),
    'j': _numbers(1, 366, (3, 2, 1)), 'Y': _numbers(0, 9999, (4,)), 'y': _numbers(0, 99, (2,)),
    'U': _numbers(0, 53, (2, 1)), 'W': _numbers(0, 53, (2, 1)), 'w': _numbers(0, 6, (1,)),
    'u': _numbers(1, 7, (1,)), 'f': _fraction, 'p': _ampm, 'z': _offset, 'Z': _zone_name,
    'b': _names(_MONTHNAMES), 'h': _names(_MONTHNAMES), 'B': _names(_FULL_MONTHNAMES),
    'a': _names(_DAYNAMES), 'A': _names(_FULL_DAYNAMES),
}


def _compile(fmt):
    """The format as a list of ('lit', text), ('space',) and ('dir', letter)."""
    pieces = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray % in format '%s'" % fmt)
            d = fmt[i + 1]
            if d == '%':
                pieces.append(('lit', '%'))
            elif d in _DIRECTIVES:
                pieces.append(('dir', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif c.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            pieces.append(('space',))
        else:
            pieces.append(('lit', c))
            i += 1
    return pieces


def _match(pieces, k, text, i, fields):
    """The index in text where a match of pieces[k:] from i ends, filling fields; None when none does."""
    if k == len(pieces):
        return i
    piece = pieces[k]
    if piece[0] == 'lit':
        if text[i:i + 1].lower() != piece[1].lower():
            return None
        return _match(pieces, k + 1, text, i + 1, fields)
    if piece[0] == 'space':
        j = i
        while j < len(text) and text[j].isspace():
            j += 1
        if j == i:
            return None
        return _match(pieces, k + 1, text, j, fields)
    for value, j in _DIRECTIVES[piece[1]](text, i):
        fields[piece[1]] = value
        end = _match(pieces, k + 1, text, j, fields)
        if end is not None:
            return end
        del fields[piece[1]]
    return None


def _strptime(data_string, format):
    """(year, month, day, hour, minute, second, microsecond, utc offset in seconds or None)."""
    for arg, what in ((data_string, 'argument 1'), (format, 'argument 2')):
        if not isinstance(arg, str):
            raise TypeError("strptime() %s must be str, not %s" % (what, type(arg).__name__))
    pieces = _compile(format)
    fields = {}
    end = _match(pieces, 0, data_string, 0, fields)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = fields.get('Y', 1900)
    if 'y' in fields and 'Y' not in fields:
        year = fields['y'] + (1900 if fields['y'] >= 69 else 2000)
    month = fields.get('m', fields.get('b', fields.get('h', fields.get('B', 1))))
    day = fields.get('d', 1)
    hour = fields.get('H', 0)
    if 'I' in fields:
        hour = fields['I'] % 12
        if fields.get('p') == 'pm':
            hour += 12
    if 'j' in fields and not any(d in fields for d in 'mbhBd'):
        from _datetime_calendar import _ymd2ord, _ord2ymd
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + fields['j'] - 1)
    return (year, month, day, hour, fields.get('M', 0), fields.get('S', 0), fields.get('f', 0),
            fields.get('z'))
