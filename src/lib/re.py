"""Regular expressions: compile, search, match, fullmatch, findall,
finditer, sub, subn, split, escape, and the Pattern and Match objects.

Patterns are translated to JavaScript RegExp syntax and run by the native
_jsre module: (?P<name>...) becomes (?<name>...), (?P=name) \\k<name>, \\A and
\\Z and Python's `$` (end, or before a final newline) become lookarounds,
inline flags (?aiLmsux) at the start become RegExp flags, and verbose
patterns lose their whitespace and comments.

Differences from CPython: \\d, \\w and \\s match ASCII only, positions count
UTF-16 units, and constructs JavaScript lacks (atomic groups, possessive
quantifiers, conditional groups) raise re.error.
"""

import _jsre

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern', 'Match',
           'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']


class RegexFlag(int):
    _names = {}

    def __new__(cls, value, name=None):
        obj = int.__new__(cls, value)
        if name:
            cls._names[value] = name
        return obj

    def __repr__(self):
        names = [n for v, n in sorted(self._names.items()) if v and self & v == v]
        return '|'.join('re.' + n for n in names) if names else 're.NOFLAG'

    __str__ = __repr__

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__


NOFLAG = RegexFlag(0, 'NOFLAG')
TEMPLATE = T = RegexFlag(1, 'TEMPLATE')
IGNORECASE = I = RegexFlag(2, 'IGNORECASE')
LOCALE = L = RegexFlag(4, 'LOCALE')
MULTILINE = M = RegexFlag(8, 'MULTILINE')
DOTALL = S = RegexFlag(16, 'DOTALL')
UNICODE = U = RegexFlag(32, 'UNICODE')
VERBOSE = X = RegexFlag(64, 'VERBOSE')
ASCII = A = RegexFlag(256, 'ASCII')

_SEARCH, _MATCH, _FULLMATCH = 0, 1, 2


class error(Exception):
    """A pattern that is not a valid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pos is not None and isinstance(pattern, str):
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - (pattern.rfind('\n', 0, pos) + 1) + 1
            msg = '%s at position %d' % (msg, pos)
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

_INLINE = {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL,
           'u': UNICODE, 'x': VERBOSE}


def _strip_verbose(p):
    """A VERBOSE pattern without its unescaped whitespace and # comments."""
    out = []
    i = 0
    in_class = False
    while i < len(p):
        c = p[i]
        if c == '\\' and i + 1 < len(p):
            out.append(p[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == ']':
                in_class = False
            out.append(c)
        elif c == '[':
            in_class = True
            out.append(c)
        elif c in ' \t\n\r\v\f':
            pass
        elif c == '#':
            while i < len(p) and p[i] != '\n':
                i += 1
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def _leading_flags(p, flags):
    """Inline flags at the very start, (?imsx), folded into flags."""
    while p.startswith('(?') and len(p) > 2 and p[2] in _INLINE:
        end = p.find(')')
        letters = p[2:end]
        if end < 0 or any(ch not in _INLINE for ch in letters):
            break
        for ch in letters:
            flags |= _INLINE[ch]
        p = p[end + 1:]
    return p, flags


def _check_structure(p, pattern, base):
    """Raises the error CPython's parser gives for the common mistakes in a
    pattern (unbalanced parentheses, a quantifier with nothing before it,
    reversed ranges), which the JavaScript engine would word differently.
    `base` is where p starts in the pattern as written."""
    opened = []
    i, n = 0, len(p)
    can_repeat = False
    while i < n:
        c = p[i]
        if c == '\\':
            # Anchors (\A \b \B \Z) match a position, which cannot repeat.
            can_repeat = p[i + 1:i + 2] not in ('A', 'b', 'B', 'Z')
            i += 2
            continue
        if c == '[':
            i = _check_class(p, pattern, base, i)
            can_repeat = True
            continue
        if c == '(':
            opened.append(i)
            i += 1
            if p.startswith('?P<', i) and p.find('>', i) > 0:
                i = p.find('>', i) + 1
            elif p.startswith(('?P=', '?#'), i) and p.find(')', i) > 0:
                i = p.find(')', i)
            elif p.startswith(('?<=', '?<!'), i):
                i += 3
            elif p.startswith('?', i):
                i += 2
            can_repeat = False
            continue
        if c == ')':
            if not opened:
                raise error('unbalanced parenthesis', pattern, base + i)
            opened.pop()
            can_repeat = True
        elif c == '|':
            can_repeat = False
        elif c in '*+?' or (c == '{' and _repeat_bounds(p, i) is not None):
            if not can_repeat:
                raise error('nothing to repeat', pattern, base + i)
            if c == '{':
                low, high, end = _repeat_bounds(p, i)
                if low is not None and high is not None and low > high:
                    raise error('min repeat greater than max repeat', pattern, base + i + 1)
                i = end
            else:
                i += 1
            # A lazy or possessive marker may follow; another repeat may not.
            if i < n and p[i] in '?+':
                i += 1
            if i < n and p[i] in '*+?{' and (p[i] != '{' or _repeat_bounds(p, i) is not None):
                raise error('multiple repeat', pattern, base + i)
            can_repeat = False
            continue
        else:
            can_repeat = c not in '^$'
        i += 1
    if opened:
        raise error('missing ), unterminated subpattern', pattern, base + opened[-1])


def _repeat_bounds(p, i):
    """(low, high, index after '}') for a {m,n} repeat at i, or None when the brace is a literal."""
    end = p.find('}', i)
    if end < 0:
        return None
    body = p[i + 1:end]
    low, comma, high = body.partition(',')
    if not (low.isdigit() or (comma and low == '')) or not (high == '' or high.isdigit()):
        return None
    if not comma:
        return int(low), int(low), end + 1
    return (int(low) if low else None), (int(high) if high else None), end + 1


def _is_class_escape(item):
    return len(item) == 2 and item[1] in 'dDwWsS'


def _class_char(item):
    """The code point of one character of a class: a plain character or a simple escape."""
    if len(item) == 1:
        return ord(item)
    return ord({'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v'}.get(item[1], item[1]))


def _check_class(p, pattern, base, start):
    """The index after the character class starting at `start`, checking its ranges."""
    i = start + 1
    if i < len(p) and p[i] == '^':
        i += 1
    first = True
    while i < len(p):
        if p[i] == ']' and not first:
            return i + 1
        first = False
        low_at = i
        if p[i] == '\\':
            low = p[i:i + 2]
            i += 2
        else:
            low = p[i]
            i += 1
        if i + 1 < len(p) and p[i] == '-' and p[i + 1] != ']':
            high_at = i + 1
            i += 3 if p[high_at] == '\\' else 2
            high = p[high_at:i]
            if _is_class_escape(low) or _is_class_escape(high) or _class_char(low) > _class_char(high):
                raise error('bad character range %s-%s' % (low, high), pattern, base + low_at)
    raise error('unterminated character set', pattern, base + start)


def _translate(pattern, flags):
    """(JavaScript source, JavaScript flags, number of groups, {name: index})."""
    p, flags = _leading_flags(pattern, int(flags))
    if flags & VERBOSE:
        p = _strip_verbose(p)
        p, flags = _leading_flags(p, flags)
        _check_structure(p, pattern, 0)
    else:
        _check_structure(p, pattern, len(pattern) - len(p))
    out = []
    names = {}
    groups = 0
    i = 0
    n = len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == '\\':
            if i + 1 >= n:
                raise error('bad escape (end of pattern)', pattern, i)
            e = p[i + 1]
            if in_class:
                out.append(p[i:i + 2])
            elif e == 'A':
                out.append('(?<![\\s\\S])')
            elif e == 'Z':
                out.append('(?![\\s\\S])')
            elif e.isdigit() and e != '0':
                out.append('\\' + e)
            elif e in 'dDwWsSbBnrtfv0\\.^$*+?()[]{}|/-':
                out.append(p[i:i + 2])
            elif e == 'x' or e == 'u' or e == 'U':
                out.append(p[i:i + 2])
            elif e.isalnum():
                raise error('bad escape \\%s' % e, pattern, i)
            else:
                out.append(p[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == ']':
                in_class = False
            elif c == '[':
                out.append('\\[')
                i += 1
                continue
            out.append(c)
            i += 1
            continue
        if c == '[':
            in_class = True
            out.append(c)
            i += 1
            # A ']' right after '[' or '[^' is a literal in Python.
            if i < n and p[i] == '^':
                out.append('^')
                i += 1
            if i < n and p[i] == ']':
                out.append('\\]')
                i += 1
            continue
        if c == '$':
            out.append('$' if flags & MULTILINE else '(?=\\n?(?![\\s\\S]))')
            i += 1
            continue
        if c == '(':
            if p.startswith('(?P<', i):
                end = p.find('>', i)
                name = p[i + 4:end]
                if end < 0 or not name.isidentifier():
                    raise error('bad character in group name %r' % name, pattern, i + 4)
                if name in names:
                    raise error('redefinition of group name %r as group %d; was group %d'
                                % (name, groups + 1, names[name]), pattern, i + 4)
                groups += 1
                names[name] = groups
                out.append('(?<%s>' % name)
                i = end + 1
                continue
            if p.startswith('(?P=', i):
                end = p.find(')', i)
                out.append('\\k<%s>' % p[i + 4:end])
                i = end + 1
                continue
            if p.startswith('(?#', i):
                i = p.find(')', i) + 1
                continue
            if p.startswith('(?', i) and not p.startswith(('(?:', '(?=', '(?!', '(?<=', '(?<!'), i):
                raise error('unknown extension ?%s' % p[i + 2:i + 3], pattern, i + 1)
            if not p.startswith('(?', i):
                groups += 1
            out.append(c)
            i += 1
            continue
        out.append(c)
        i += 1
    js_flags = ''
    if flags & IGNORECASE:
        js_flags += 'i'
    if flags & MULTILINE:
        js_flags += 'm'
    if flags & DOTALL:
        js_flags += 's'
    return ''.join(out), js_flags, groups, names, flags


class Match:
    """The result of a successful match: the groups and where they are."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        self.pos = pos
        self.endpos = endpos

    def _index(self, group):
        if isinstance(group, str):
            try:
                return self.re.groupindex[group]
            except KeyError:
                raise IndexError('no such group')
        if not isinstance(group, int) or group < 0 or group > self.re.groups:
            raise IndexError('no such group')
        return group

    def span(self, group=0):
        k = self._index(group)
        return self._spans[2 * k], self._spans[2 * k + 1]

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def _get(self, k, default=None):
        s, e = self._spans[2 * k], self._spans[2 * k + 1]
        return default if s < 0 else self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(k, default) for name, k in self.re.groupindex.items()}

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for k in range(1, self.re.groups + 1):
            if self._spans[2 * k] >= 0 and self._spans[2 * k + 1] >= best_end:
                best, best_end = k, self._spans[2 * k + 1]
        return best

    @property
    def lastgroup(self):
        k = self.lastindex
        for name, index in self.re.groupindex.items():
            if index == k:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, self, template)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        source, js_flags, groups, names, all_flags = _translate(pattern, flags)
        try:
            _jsre.compile(source, js_flags)
        except ValueError as e:
            raise error(str(e).split(': ')[-1], pattern) from None
        self.pattern = pattern
        self.flags = RegexFlag(all_flags | (UNICODE if not all_flags & ASCII else 0))
        self.groups = groups
        self.groupindex = names
        self._source = source
        self._js_flags = js_flags

    def _run(self, string, pos, endpos, mode):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
        n = len(string)
        pos = min(max(pos, 0), n)
        endpos = n if endpos is None else min(max(endpos, pos), n)
        spans = _jsre.match(self._source, self._js_flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _SEARCH)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _FULLMATCH)

    def finditer(self, string, pos=0, endpos=None):
        n = len(string) if endpos is None else min(endpos, len(string))
        previous_empty_at = -1
        while pos <= n:
            m = self._run(string, pos, endpos, _SEARCH)
            if m is None:
                return
            start, end = m.span()
            if start == end and start == previous_empty_at:
                # No second empty match where the last one ended.
                if pos >= n:
                    return
                pos += 1
                continue
            yield m
            # An empty match may follow a non-empty one at the same place,
            # but not another empty one.
            previous_empty_at = end if start == end else -1
            pos = end

    def findall(self, string, pos=0, endpos=None):
        result = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m.group(1) or '')
            else:
                result.append(m.groups(''))
        return result

    def split(self, string, maxsplit=0):
        parts = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            parts.append(string[last:m.start()])
            parts.extend(m.groups())
            last = m.end()
            count += 1
        parts.append(string[last:])
        return parts

    def subn(self, repl, string, count=0):
        if callable(repl):
            replace = repl
        else:
            replace = lambda m: _expand(self, m, repl)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(replace(m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        shown = repr(self.pattern)
        flags = int(self.flags) & ~UNICODE
        if flags:
            return 're.compile(%s, %r)' % (shown, RegexFlag(flags))
        return 're.compile(%s)' % shown

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}


def _expand(pattern, m, template):
    """A replacement template with \\1, \\g<1>, \\g<name> and escapes filled in."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = template[i + 1]
        if e == 'g':
            end = template.find('>', i)
            if template[i + 2:i + 3] != '<' or end < 0:
                raise error('missing <', template, i + 2)
            ref = template[i + 3:end]
            index = int(ref) if ref.isdigit() else pattern.groupindex.get(ref)
            if index is None:
                raise IndexError("unknown group name '%s'" % ref)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, i + 3)
            out.append(m.group(index) or '')
            i = end + 1
        elif e.isdigit():
            j = i + 1
            while j < n and j < i + 3 and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, i + 1)
            out.append(m.group(index) or '')
            i = j
        elif e in _ESCAPES:
            out.append(_ESCAPES[e])
            i += 2
        elif e.isalpha():
            raise error('bad escape \\%s' % e, template, i)
        else:
            out.append('\\' + e)
            i += 2
    return ''.join(out)


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, int(flags))
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) > 512:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """pattern with every regex metacharacter backslash-escaped."""
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
