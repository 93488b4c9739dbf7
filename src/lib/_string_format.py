"""How str.format() reads a format string, for string.Formatter: CPython's
_string.formatter_parser and _string.formatter_field_name_split.

formatter_parser yields (literal_text, field_name, format_spec, conversion)
for each replacement field, with the text before it; a doubled brace ends
a literal (the brace itself included) without a field, and the text after
the last field comes with a field of None.
"""

__traceback_hidden__ = True


def formatter_parser(text):
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return _parse(text)


def _parse(text):
    i, n = 0, len(text)
    literal = []
    while i < n:
        c = text[i]
        if c == '{':
            if i + 1 < n and text[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            end = _field_end(text, i + 1)
            name, spec, conversion = _split_field(text[i + 1:end])
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = end + 1
        elif c == '}':
            if i + 1 < n and text[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_end(text, i):
    """The index of the '}' that closes the field starting at i."""
    depth = 1
    brackets = False
    while i < len(text):
        c = text[i]
        if c == '[' and depth == 1:
            brackets = True
        elif c == ']':
            brackets = False
        elif not brackets and c == '{':
            depth += 1
        elif not brackets and c == '}':
            depth -= 1
            if depth == 0:
                return i
        i += 1
    if depth > 1 or brackets:
        raise ValueError("expected '}' before end of string")
    raise ValueError("expected '}' before end of string")


def _split_field(field):
    i = 0
    brackets = False
    while i < len(field):
        c = field[i]
        if c == '[':
            brackets = True
        elif c == ']':
            brackets = False
        elif not brackets and c in '!:':
            break
        i += 1
    name = field[:i]
    conversion = None
    if i < len(field) and field[i] == '!':
        if i + 1 >= len(field):
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < len(field) and field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[i + 1:] if i < len(field) else ''
    return name, spec, conversion


def formatter_field_name_split(field_name):
    """('0', '.real[2]') -> (0, iterator of (True, 'real'), (False, 2))."""
    i = 0
    while i < len(field_name) and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    return first, _field_rest(field_name, i)


def _field_rest(text, i):
    while i < len(text):
        if text[i] == '.':
            j = i + 1
            while j < len(text) and text[j] not in '.[':
                j += 1
            name = text[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield True, name
            i = j
        elif text[i] == '[':
            j = text.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = text[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, int(key) if key.isdigit() else key
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
