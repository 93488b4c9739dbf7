"""The io module: the file types and open() of the native _io module, the
in-memory streams StringIO and BytesIO, and the seek constants."""

from _io import (
    DEFAULT_BUFFER_SIZE, BufferedRandom, BufferedReader, BufferedWriter, FileIO, TextIOWrapper,
    UnsupportedOperation, open,
)
from _memoryio import BytesIO, StringIO

__traceback_hidden__ = True

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
