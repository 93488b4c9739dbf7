"""Common string constants, capwords() and Template.

Difference from CPython: no Formatter; Template scans its text by hand
rather than with a regular expression, so subclasses cannot change
`pattern` (only `delimiter` and `idpattern`-free identifiers are supported).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (by sep, or by runs of whitespace), capitalize
    each word, and join them with sep (or one space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_identifier_start(ch):
    return ch == '_' or ('a' <= ch <= 'z') or ('A' <= ch <= 'Z')


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ('0' <= ch <= '9')


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for a dollar."""

    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, replace, safe):
        """The template with each placeholder replaced by replace(name), or
        left as it is when safe and replace raises KeyError."""
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            braced = k < n and text[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_identifier_start(text[end]):
                end += 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
            name = text[start:end]
            if name and (not braced or (end < n and text[end] == '}')):
                stop = end + 1 if braced else end
                try:
                    out.append(replace(name))
                except KeyError:
                    if not safe:
                        raise
                    out.append(text[j:stop])
                i = stop
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        values = _merged(mapping, kws)
        return self._scan(lambda name: str(values[name]), False)

    def safe_substitute(self, mapping=None, /, **kws):
        values = _merged(mapping, kws)
        return self._scan(lambda name: str(values[name]), True)

    def is_valid(self):
        try:
            self._scan(lambda name: '', False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []

        def record(name):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(record, True)
        return ids


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
