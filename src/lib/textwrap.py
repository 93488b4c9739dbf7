"""Text wrapping and filling: wrap, fill, shorten, dedent, indent.

Difference from CPython: words are split at whitespace and after the
hyphens of hyphenated words, but not at em-dashes ("--"), and sentence
endings are not given two spaces (fix_sentence_endings is ignored).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # A word character that is not a digit, as the regex class [^\d\W].
    return c.isalpha() or c == '_'


def _is_word_end(c):
    # What may end a word before an em-dash: [\w!"'&.,?].
    return c.isalnum() or c in '_!"\'&.,?'


def _hyphen_parts(word):
    # A word cut after each hyphen that joins letters: two letters (or
    # letter-hyphen-letter) before it, a letter and then maybe a hyphen and a
    # letter after it, as CPython's wordsep_re.
    parts = []
    start = 0
    n = len(word)
    i = 0
    while i + 1 < n - 1:
        i += 1
        if word[i] != '-':
            continue
        if word[i + 1] == '-':
            # An em-dash ("--") between words is a chunk of its own.
            j = i
            while j < n and word[j] == '-':
                j += 1
            if i > start and _is_word_end(word[i - 1]) and j < n and (word[j].isalnum() or word[j] == '_'):
                parts.append(word[start:i])
                parts.append(word[i:j])
                start = j
            i = j - 1
            continue
        before = (i >= 2 and _is_letter(word[i - 2]) and _is_letter(word[i - 1])) or \
            (i >= 3 and _is_letter(word[i - 3]) and word[i - 2] == '-' and _is_letter(word[i - 1]))
        after = i + 2 < n and _is_letter(word[i + 1]) and (
            _is_letter(word[i + 2]) or (word[i + 2] == '-' and i + 3 < n and _is_letter(word[i + 3])))
        if before and after:
            parts.append(word[start:i + 1])
            start = i + 1
    parts.append(word[start:])
    return parts


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for ch in _whitespace:
                text = text.replace(ch, ' ')
        return text

    def _split(self, text):
        # Alternating runs of non-space and space, as CPython's chunks.
        chunks = []
        i = 0
        while i < len(text):
            j = i
            is_space = text[i] == ' '
            while j < len(text) and (text[j] == ' ') == is_space:
                j += 1
            if is_space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(_hyphen_parts(text[i:j]))
            i = j
        return chunks

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            # Rather at the last hyphen that fits, when something other than hyphens comes before it.
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def wrap(self, text):
        return self._wrap_chunks(self._split(self._munge_whitespace(text)))

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The text's words in lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap(), joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """The text's words, whitespace collapsed, cut to fit width with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """text without the whitespace that every non-blank line starts with."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append(line.lstrip(' \t') if line.strip(' \t') == '' and '\n' not in line else line)
        else:
            out.append(line[len(margin):] if margin else line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """text with prefix added at the start of the lines predicate accepts
    (by default, those that are not only whitespace)."""
    if predicate is None:
        predicate = lambda line: line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
