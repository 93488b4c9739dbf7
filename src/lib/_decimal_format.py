"""format(Decimal, spec): the format specification mini-language for
decimals, as CPython applies it. The digits are rounded with the context's
rounding mode (never through a float); 'g' and no type keep the number's own
trailing zeros, as str() does.

Supported: fill and align (< > ^ =), sign (+ - space), 'z', '0', width,
grouping (',' '_'), precision and the types e E f F g G % (or none).
"""

__traceback_hidden__ = True


def _parse_spec(spec):
    i = 0
    fill, align = ' ', None
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align, i = spec[0], 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign, i = spec[i], i + 1
    no_neg_zero = spec[i:i + 1] == 'z'
    if no_neg_zero:
        i += 1
    alt = spec[i:i + 1] == '#'
    if alt:
        i += 1
    if spec[i:i + 1] == '0':
        if align is None:
            fill, align = '0', '='
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ''
    if spec[i:i + 1] in (',', '_'):
        grouping, i = spec[i], i + 1
    precision = None
    if spec[i:i + 1] == '.':
        start = i = i + 1
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError('Format specifier missing precision')
        precision = int(spec[start:i])
    kind = spec[i:]
    if len(kind) > 1 or (kind and kind not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    return fill, align or '>', sign, no_neg_zero, alt, width, grouping, precision, kind


def _body(d, precision, kind, rounding, capitals):
    """The digits of |d| in notation `kind`, without sign."""
    import decimal
    if d._exp == 'F':
        return 'Infinity'
    if d.is_nan():
        return ('sNaN' if d._exp == 'N' else 'NaN') + (str(d._int) if d._int else '')
    d = d.copy_abs()
    if kind == '%':
        d = decimal._new(decimal.Decimal, 0, d._int, d._exp + 2)
    if kind in ('f', 'F', '%'):
        if precision is not None:
            d = d._rescale(-precision, rounding)
        return _fixed(d) + ('%' if kind == '%' else '')
    if kind in ('e', 'E'):
        if precision is not None:
            d = _round_significant(d, precision + 1, rounding)
        digits = str(d._int)
        exp = d._exp + len(digits) - 1
        if d._int == 0 and precision is not None:
            digits = '0' * (precision + 1)
        text = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
        return text + ('E' if kind == 'E' else 'e') + '%+d' % exp
    if precision is not None:
        d = _round_significant(d, max(precision, 1), rounding)
    text = str(d)
    if kind == 'G' or (kind == '' and capitals):
        return text.replace('e', 'E')
    return text.replace('E', 'e')


def _round_significant(d, count, rounding):
    if d._int == 0:
        return d
    extra = len(str(d._int)) - count
    return d._rescale(d._exp + extra, rounding) if extra > 0 else d


def _fixed(d):
    digits = str(d._int)
    if d._exp >= 0:
        return digits + '0' * d._exp if d._int else '0'
    digits = digits.rjust(-d._exp + 1, '0')
    return digits[:d._exp] + '.' + digits[d._exp:]


def _group(integer, sep, min_width):
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    text = sep.join(groups)
    while len(text) < min_width:
        integer = groups[0]
        if len(integer) == 3:
            groups.insert(0, '0')
        else:
            groups[0] = '0' + integer
        text = sep.join(groups)
    return text


def format_decimal(d, spec, context):
    fill, align, sign, no_neg_zero, alt, width, grouping, precision, kind = _parse_spec(spec)
    if kind == 'n':
        kind = 'g'
    body = _body(d, precision, kind, context.rounding, context.capitals)
    negative = d._sign == 1
    if negative and no_neg_zero and d.is_finite() and body.strip('0.%') == '' and 'e' not in body.lower():
        negative = False
    prefix = '-' if negative else ('+' if sign == '+' else ' ' if sign == ' ' else '')
    if grouping and d.is_finite():
        cut = len(body)
        for k, ch in enumerate(body):
            if not ch.isdigit():
                cut = k
                break
        pad = width - len(prefix) - (len(body) - cut) if fill == '0' and align == '=' else 0
        body = _group(body[:cut], grouping, pad) + body[cut:]
    length = len(prefix) + len(body)
    if length >= width:
        return prefix + body
    gap = width - length
    if align == '<':
        return prefix + body + fill * gap
    if align == '^':
        return fill * (gap // 2) + prefix + body + fill * (gap - gap // 2)
    if align == '=':
        return prefix + fill * gap + body
    return fill * gap + prefix + body
