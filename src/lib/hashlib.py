"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384,
sha512, the sha3 family, blake2b and blake2s, and new(name), with update(),
digest(), hexdigest() and copy().

A hash object keeps the data it was given; the digest comes from the host's
crypto library (_hashlib.digest).

Difference from CPython: blake2's key/salt/person/digest_size parameters,
the shake algorithms, pbkdf2_hmac, scrypt and file_digest are missing.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'new', 'algorithms_guaranteed', 'algorithms_available')

# (digest_size, block_size) of each algorithm.
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144),
    'sha3_256': (32, 136), 'sha3_384': (48, 104), 'sha3_512': (64, 72),
    'blake2b': (64, 128), 'blake2s': (32, 64),
}

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384',
                                   'sha512', 'blake2b', 'blake2s', 'sha3_224',
                                   'sha3_256', 'sha3_384', 'sha3_512',
                                   'shake_128', 'shake_256'))
algorithms_available = frozenset(_hashlib.names)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError(f"object supporting the buffer API required")


class _Hash:
    """A hash object: feed it with update(), read it with digest()."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data, /):
        self._data += _as_bytes(data)

    def digest(self):
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


def new(name, data=b'', **kwargs):
    """A hash object for the algorithm called `name`."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower().replace('-', '_') if name.lower() not in _SIZES else name.lower()
    if key not in _SIZES or key not in algorithms_available:
        raise ValueError(f"unsupported hash type {name}")
    return _Hash(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _Hash(name, data)
    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


for _name in _SIZES:
    if _name in algorithms_available:
        globals()[_name] = _constructor(_name)
del _name
