"""Shell-style wildcards: fnmatch, fnmatchcase, filter and translate.

'*' matches anything, '?' one character, '[seq]' one character in seq and
'[!seq]' one not in it. Names are matched here directly (with backtracking
over the '*'s), not through a regular expression; translate() gives the
regular expression CPython would build.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat (case-sensitively: on POSIX, os.path.normcase
    leaves names as they are)."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat."""
    if isinstance(pat, bytes):
        return [name for name in names if fnmatchcase(name, pat)]
    tokens = _compile(pat)
    return [name for name in names if _match(tokens, name)]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("cannot use a bytes pattern on a string-like object")
    if isinstance(pat, bytes):
        return fnmatchcase(name.decode('latin-1'), pat.decode('latin-1'))
    return _match(_compile(pat), name)


_cache = {}


def _compile(pat):
    """The pattern as tokens: '*', '?', a literal str, or a
    (negated, ranges) character set."""
    tokens = _cache.get(pat)
    if tokens is not None:
        return tokens
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != '*':
                tokens.append('*')
        elif c == '?':
            tokens.append('?')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
            else:
                tokens.append(_charset(pat[i:j]))
                i = j + 1
        else:
            tokens.append(('lit', c))
    if len(_cache) > 32768:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _charset(stuff):
    negated = stuff.startswith('!')
    if negated:
        stuff = stuff[1:]
    ranges = []
    k = 0
    while k < len(stuff):
        if k + 2 < len(stuff) and stuff[k + 1] == '-':
            ranges.append((stuff[k], stuff[k + 2]))
            k += 3
        else:
            ranges.append((stuff[k], stuff[k]))
            k += 1
    return ('set', negated, ranges)


def _matches_one(token, ch):
    if token == '?':
        return True
    if token[0] == 'lit':
        return token[1] == ch
    _, negated, ranges = token
    inside = any(lo <= ch <= hi for lo, hi in ranges)
    return inside != negated


def _match(tokens, name):
    # Greedy matching with one backtrack point: the latest '*'.
    t = s = 0
    star_t = star_s = -1
    while s < len(name):
        if t < len(tokens) and tokens[t] == '*':
            star_t, star_s = t, s
            t += 1
        elif t < len(tokens) and _matches_one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            t = star_t + 1
            star_s += 1
            s = star_s
        else:
            return False
    while t < len(tokens) and tokens[t] == '*':
        t += 1
    return t == len(tokens)


def translate(pat):
    """The regular expression (as CPython's re reads it) matching pat."""
    import re
    STAR = object()
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not STAR:
                parts.append(STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_translate_set(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    return _join(parts, STAR)


def _translate_set(pat, i, j):
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return f'[{stuff}]'


def _join(inp, STAR):
    res = []
    i, n = 0, len(inp)
    while i < n and inp[i] is not STAR:
        res.append(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append(".*")
            break
        fixed = []
        while i < n and inp[i] is not STAR:
            fixed.append(inp[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            res.append(".*")
            res.append(fixed)
        else:
            res.append(f"(?>.*?{fixed})")
    return fr'(?s:{"".join(res)})\Z'
