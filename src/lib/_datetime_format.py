"""The text forms of datetime's values: strftime, isoformat's pieces, UTC
offsets, and the parsing of ISO 8601 strings for fromisoformat (which
returns plain numbers; datetime makes the objects).
"""

from _datetime_calendar import (
    _MONTHNAMES, _DAYNAMES, _FULL_MONTHNAMES, _FULL_DAYNAMES, _ymd2ord,
    _days_before_month, _iso_calendar, _iso_to_ymd)

__traceback_hidden__ = True


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if off is None:
        return ''
    us = (off.days * 86400 + off.seconds) * 1000000 + off.microseconds
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    seconds, us = divmod(us, 1000000)
    hh, rest = divmod(seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}',
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return fmt.format(hh, mm, ss, us)


def _strftime(fmt, year, month, day, hour, minute, second, microsecond,
              utcoffset, tzname):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    weekday = (_ymd2ord(year, month, day) + 6) % 7  # Monday is 0
    yday = _days_before_month(year, month) + day
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i == n:
            out.append(ch)
            continue
        code = fmt[i]
        i += 1
        if code == 'a':
            out.append(_DAYNAMES[weekday + 1])
        elif code == 'A':
            out.append(_FULL_DAYNAMES[weekday + 1])
        elif code == 'w':
            out.append(str((weekday + 1) % 7))
        elif code == 'u':
            out.append(str(weekday + 1))
        elif code == 'd':
            out.append('%02d' % day)
        elif code == 'e':
            out.append('%2d' % day)
        elif code == 'b' or code == 'h':
            out.append(_MONTHNAMES[month])
        elif code == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif code == 'm':
            out.append('%02d' % month)
        elif code == 'y':
            out.append('%02d' % (year % 100))
        elif code == 'Y':
            out.append(str(year))
        elif code == 'C':
            out.append('%02d' % (year // 100))
        elif code == 'H':
            out.append('%02d' % hour)
        elif code == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif code == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif code == 'M':
            out.append('%02d' % minute)
        elif code == 'S':
            out.append('%02d' % second)
        elif code == 'f':
            out.append('%06d' % microsecond)
        elif code == 'j':
            out.append('%03d' % yday)
        elif code == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif code == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif code == 'G':
            out.append(str(_iso_calendar(year, month, day)[0]))
        elif code == 'V':
            out.append('%02d' % _iso_calendar(year, month, day)[1])
        elif code == 'z':
            out.append(_format_offset(utcoffset, ''))
        elif code == ':' and fmt[i:i + 1] == 'z':
            i += 1
            out.append(_format_offset(utcoffset))
        elif code == 'Z':
            out.append(tzname or '')
        elif code == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAYNAMES[weekday + 1], _MONTHNAMES[month], day, hour, minute, second, year))
        elif code == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif code == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif code == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif code == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif code == 'n':
            out.append('\n')
        elif code == 't':
            out.append('\t')
        elif code == '%':
            out.append('%')
        else:
            out.append('%' + code)
    return ''.join(out)


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    date_separator = "-"
    week_indicator = "W"
    if dtstr[4] == date_separator:
        if dtstr[5] == week_indicator:
            if len_dtstr < 8:
                raise ValueError("Invalid ISO string")
            if len_dtstr > 8 and dtstr[8] == date_separator:
                if len_dtstr == 9:
                    raise ValueError("Invalid ISO string")
                if len_dtstr > 10 and dtstr[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == week_indicator:
        idx = 7
        while idx < len_dtstr:
            if not dtstr[idx].isdigit():
                break
            idx += 1
        if idx < 9:
            return idx
        if idx % 2 == 0:
            return 7
        return 8
    return 8


def _digits_at(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not (part.isdigit() and part.isascii()):
        raise ValueError("Invalid ISO string")
    return int(part)


def _parse_isoformat_date(dtstr):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD
    year = _digits_at(dtstr, 0, 4)
    has_sep = dtstr[4] == '-'
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        weekno = _digits_at(dtstr, pos, 2)
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            dayno = _digits_at(dtstr, pos, 1)
            pos += 1
        if len(dtstr) != pos:
            raise ValueError("Invalid ISO string")
        return list(_iso_to_ymd(year, weekno, dayno))
    month = _digits_at(dtstr, pos, 2)
    pos += 2
    if (dtstr[pos:pos + 1] == "-") != has_sep:
        raise ValueError("Invalid date separator")
    pos += has_sep
    day = _digits_at(dtstr, pos, 2)
    if len(dtstr) != pos + 2:
        raise ValueError("Invalid ISO string")
    return [year, month, day]


def _parse_hh_mm_ss_ff(tstr):
    # HH[:?MM[:?SS[{.,}fff[fff]]]]
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError("Incomplete time component")
        time_comps[comp] = _digits_at(tstr, pos, 2)
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in '.,':
            raise ValueError("Invalid microsecond component")
        pos += 1
        len_remainder = len_str - pos
        if len_remainder >= 6:
            to_parse = 6
        else:
            to_parse = len_remainder
        time_comps[3] = _digits_at(tstr, pos, to_parse) * 10 ** (6 - to_parse)
        rest = tstr[pos + to_parse:]
        if rest and not (rest.isdigit() and rest.isascii()):
            raise ValueError("Non-digit values in unparsed fraction")
    return time_comps


def _parse_isoformat_time(tstr):
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = (tstr.find('-') + 1 or tstr.find('+') + 1 or tstr.find('Z') + 1)
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    # The offset in microseconds (0 for UTC), or None for a naive time;
    # datetime makes the timezone.
    tzi = None
    if tz_pos == len_str and tstr[-1] == 'Z':
        tzi = 0
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr)
        tzsign = -1 if tstr[tz_pos - 1] == '-' else 1
        tzi = tzsign * (((hh * 60 + mm) * 60 + ss) * 1000000 + us)
    time_comps.append(tzi)
    return time_comps
