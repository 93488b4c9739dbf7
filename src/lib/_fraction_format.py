"""format() of a Fraction, as CPython 3.13's fractions module does it: the
general form ('1/3' padded and aligned) and the float presentation types
(e, E, f, F, g, G, %), rounded exactly from the fraction, ties to even."""

import re

_FLOAT_SPEC = re.compile(r"""
    (?:
        (?P<fill>.)?
        (?P<align>[<>=^])
    )?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>0|[1-9][0-9]*))?
    (?P<presentation_type>[eEfFgG%])
""", re.DOTALL | re.VERBOSE).fullmatch

_GENERAL_SPEC = re.compile(r"""
    (?:
        (?P<fill>.)?
        (?P<align>[<>=^])
    )?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
""", re.DOTALL | re.VERBOSE).fullmatch


def format_fraction(n, d, format_spec, type_name):
    match = _GENERAL_SPEC(format_spec)
    if match:
        return _format_general(n, d, match)
    match = _FLOAT_SPEC(format_spec)
    if match and (match["align"] is None or match["zeropad"] is None):
        return _format_float_style(n, d, match)
    raise ValueError(f"Invalid format specifier {format_spec!r} for object of type {type_name!r}")


def _pad(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == ">":
        return padding + sign + body
    if align == "<":
        return sign + body + padding
    if align == "^":
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body


def _format_general(n, d, match):
    pos_sign = "" if match["sign"] == "-" else match["sign"]
    sep = match["thousands_sep"] or ''
    if d > 1 or match["alt"]:
        body = f"{abs(n):{sep}}/{d:{sep}}"
    else:
        body = f"{abs(n):{sep}}"
    sign = '-' if n < 0 else pos_sign
    return _pad(sign, body, match["fill"] or " ", match["align"] or ">", int(match["minimumwidth"] or "0"))


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """(negative, significand): n/d rounded to a multiple of 10**exponent, ties to even."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2
    sign = q < 0 if no_neg_zero else n < 0
    return sign, abs(q)


def _round_to_figures(n, d, figures):
    """(negative, significand, exponent): n/d rounded to `figures` significant digits."""
    if n == 0:
        return False, 0, 1 - figures
    str_n, str_d = str(abs(n)), str(d)
    m = len(str_n) - len(str_d) + (str_d <= str_n)
    exponent = m - figures
    sign, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        significand //= 10
        exponent += 1
    return sign, significand, exponent


def _format_float_style(n, d, match):
    fill = match["fill"] or " "
    align = match["align"] or ">"
    pos_sign = "" if match["sign"] == "-" else match["sign"]
    no_neg_zero = bool(match["no_neg_zero"])
    alternate_form = bool(match["alt"])
    zeropad = bool(match["zeropad"])
    minimumwidth = int(match["minimumwidth"] or "0")
    thousands_sep = match["thousands_sep"]
    precision = int(match["precision"] or "6")
    presentation_type = match["presentation_type"]
    trim_zeros = presentation_type in "gG" and not alternate_form
    trim_point = not alternate_form
    exponent_indicator = "E" if presentation_type in "EFG" else "e"
    if presentation_type in "fF%":
        exponent = -precision
        if presentation_type == "%":
            exponent -= 2
        negative, significand = _round_to_exponent(n, d, exponent, no_neg_zero)
        scientific = False
        point_pos = precision
    else:
        figures = max(precision, 1) if presentation_type in "gG" else precision + 1
        negative, significand, exponent = _round_to_figures(n, d, figures)
        scientific = presentation_type in "eE" or exponent > 0 or exponent + figures <= -4
        point_pos = figures - 1 if scientific else -exponent
    if presentation_type == "%":
        suffix = "%"
    elif scientific:
        suffix = f"{exponent_indicator}{exponent + point_pos:+03d}"
    else:
        suffix = ""
    digits = f"{significand:0{point_pos + 1}d}"
    sign = "-" if negative else pos_sign
    leading = digits[:len(digits) - point_pos]
    frac_part = digits[len(digits) - point_pos:]
    if trim_zeros:
        frac_part = frac_part.rstrip("0")
    separator = "" if trim_point and not frac_part else "."
    trailing = separator + frac_part + suffix
    if zeropad:
        min_leading = minimumwidth - len(sign) - len(trailing)
        leading = leading.zfill(3 * min_leading // 4 + 1 if thousands_sep else min_leading)
    if thousands_sep:
        first_pos = 1 + (len(leading) - 1) % 3
        leading = leading[:first_pos] + "".join(
            thousands_sep + leading[pos:pos + 3] for pos in range(first_pos, len(leading), 3))
    return _pad(sign, leading + trailing, fill, align, minimumwidth)
