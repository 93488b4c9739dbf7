"""The codecs module, in part: encode() and decode() through the text
encodings that str.encode and bytes.decode know, the rot13 text transform,
lookup() of a codec's name, and the byte-order marks.

Difference from CPython: no codec registry (register() and the incremental
and stream classes are missing); lookup() only normalises names.
"""

__all__ = ['encode', 'decode', 'lookup', 'CodecInfo', 'BOM', 'BOM_UTF8', 'BOM_UTF16',
           'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32', 'BOM_UTF32_LE', 'BOM_UTF32_BE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

_ROT13 = str.maketrans(
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')

_ALIASES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'latin1': 'latin-1', 'latin_1': 'iso8859-1',
    'iso_8859_1': 'iso8859-1', 'iso-8859-1': 'iso8859-1', 'l1': 'iso8859-1', 'ascii': 'ascii',
    'us-ascii': 'ascii', 'rot13': 'rot-13', 'rot_13': 'rot-13', 'utf16': 'utf-16', 'utf32': 'utf-32',
}


class CodecInfo(tuple):
    """What lookup() gives: the codec's name and its encode and decode functions."""

    def __new__(cls, encode, decode, name=None):
        self = tuple.__new__(cls, (encode, decode, None, None))
        self.name = name
        self.encode = encode
        self.decode = decode
        return self

    def __repr__(self):
        return "<codecs.CodecInfo object for encoding %s>" % self.name


def _normal(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = encoding.strip().lower().replace(' ', '-')
    return _ALIASES.get(key, _ALIASES.get(key.replace('-', '_'), key.replace('_', '-')))


def _is_rot13(encoding):
    return _normal(encoding) == 'rot-13'


def lookup(encoding):
    name = _normal(encoding)
    if name == 'rot-13':
        return CodecInfo(_rot13_pair, _rot13_pair, 'rot-13')
    try:
        'a'.encode(name)
    except LookupError:
        raise LookupError(f"unknown encoding: {encoding}") from None
    return CodecInfo(lambda s, errors='strict': (s.encode(name, errors), len(s)),
                     lambda b, errors='strict': (bytes(b).decode(name, errors), len(b)), name)


def _rot13_pair(text, errors='strict'):
    return text.translate(_ROT13), len(text)


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec registered for encoding."""
    if _is_rot13(encoding):
        if not isinstance(obj, str):
            raise TypeError(f"expected str, got {type(obj).__name__}")
        return obj.translate(_ROT13)
    if not isinstance(obj, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec registered for encoding."""
    if _is_rot13(encoding):
        if not isinstance(obj, str):
            raise TypeError(f"expected str, got {type(obj).__name__}")
        return obj.translate(_ROT13)
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(obj).decode(encoding, errors)
