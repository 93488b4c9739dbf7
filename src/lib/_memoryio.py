"""In-memory streams: StringIO holds text, BytesIO holds bytes.

Both keep their whole contents and a position, as CPython's _io module
does: writing at the position overwrites what is there (padding with NUL
characters or bytes when the position is past the end), reading moves the
position forward, and every operation on a closed stream raises ValueError.
CPython writes these in C, so their frames stay out of tracebacks.
"""

__traceback_hidden__ = True


class _MemoryStream:
    _empty = ""
    # CPython's two C implementations word their errors differently.
    _closed_message = "I/O operation on closed file."
    _negative_seek = "negative seek value {}"
    _bad_whence = "invalid whence ({}, should be 0, 1 or 2)"
    _negative_size = "negative size value {}"

    def __init__(self, initial):
        self._data = initial
        self._pos = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def getvalue(self):
        self._check_open()
        return self._data

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(self._negative_seek.format(pos))
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos)
        elif whence == 2:
            self._seek_end(pos)
        else:
            raise ValueError(self._bad_whence.format(whence))
        return self._pos

    def _seek_relative(self, pos):
        self._pos = max(0, self._pos + pos)

    def _seek_end(self, pos):
        self._pos = max(0, len(self._data) + pos)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        if self._pos >= end:
            return self._empty
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        self._check_open()
        if self._pos >= len(self._data):
            return self._empty
        end = self._data.find(self._newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def write(self, data):
        self._check_open()
        data = self._accept(data)
        if not data:
            return 0
        if self._pos > len(self._data):
            self._data += self._pad * (self._pos - len(self._data))
        self._data = self._data[:self._pos] + data + self._data[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(self._negative_size.format(size))
        self._data = self._data[:size]
        return size

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryStream):
    """A text stream kept in memory."""

    _empty = ""
    _pad = "\0"
    _newline = "\n"
    _closed_message = "I/O operation on closed file"
    _negative_seek = "Negative seek position {}"
    _bad_whence = "Invalid whence ({}, should be 0, 1 or 2)"
    _negative_size = "Negative size value {}"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._write_newline = newline
        super().__init__(self._translate(initial_value))

    def _translate(self, text):
        if self._write_newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if self._write_newline in ("", "\n"):
            return text
        return text.replace("\n", self._write_newline)

    def _accept(self, data):
        if not isinstance(data, str):
            raise TypeError(f"string argument expected, got '{type(data).__name__}'")
        return self._translate(data)

    def _seek_relative(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")

    def _seek_end(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero end-relative seeks")
        self._pos = len(self._data)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(_MemoryStream):
    """A binary stream kept in memory."""

    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        super().__init__(bytes(memoryview(initial_bytes)) if not isinstance(initial_bytes, bytes) else initial_bytes)

    def _accept(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(data)

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        self._check_open()
        return memoryview(bytearray(self._data))


for _cls in (StringIO, BytesIO):
    _cls.__module__ = "_io"
del _cls
