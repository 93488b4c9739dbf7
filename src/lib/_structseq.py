"""Struct sequences: the named tuples of sys (version_info, float_info,
int_info, hash_info, flags), as CPython's structseq.c makes them.

A struct sequence is a tuple subclass whose items also read as named
attributes; its repr names the fields (`sys.version_info(major=3, ...)`).
The sys module's values are made here by `install`, which sys's module
__getattr__ calls the first time one of them is read.

Difference from CPython: the fields are properties, not member descriptors.
"""

__all__ = ['structseq', 'install']


def _field(index):
    return property(lambda self: tuple.__getitem__(self, index))


def structseq(module, name, fields, creatable=True):
    """Makes the struct sequence type `module.name` with the given fields."""
    qualified = f'{module}.{name}'

    def __new__(cls, sequence=(), dict=None):
        if not creatable:
            raise TypeError(f"cannot create '{qualified}' instances")
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError(f'{qualified}() takes a {len(fields)}-sequence '
                            f'({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    def __repr__(self):
        pairs = ', '.join(f'{f}={v!r}' for f, v in zip(fields, self))
        return f'{qualified}({pairs})'

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    namespace = {
        '__new__': __new__, '__repr__': __repr__, '__reduce__': __reduce__,
        '__slots__': (), '__module__': module, '__qualname__': name,
        '__match_args__': tuple(fields), 'n_fields': len(fields),
        'n_sequence_fields': len(fields), 'n_unnamed_fields': 0,
    }
    for index, field in enumerate(fields):
        namespace[field] = _field(index)
    return type(name, (tuple,), namespace)


def _make(cls, values):
    return tuple.__new__(cls, values)


def install(sys):
    """Sets version_info, float_info, int_info, hash_info and flags on sys."""
    version_info = structseq('sys', 'version_info', (
        'major', 'minor', 'micro', 'releaselevel', 'serial'), creatable=False)
    sys.version_info = _make(version_info, (3, 13, 0, 'final', 0))
    float_info = structseq('sys', 'float_info', (
        'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
        'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'))
    sys.float_info = float_info((
        1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021,
        -307, 15, 53, 2.220446049250313e-16, 2, 1))
    int_info = structseq('sys', 'int_info', (
        'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
        'str_digits_check_threshold'))
    sys.int_info = int_info((30, 4, 4300, 640))
    hash_info = structseq('sys', 'hash_info', (
        'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits',
        'seed_bits', 'cutoff'))
    sys.hash_info = hash_info((
        64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
    flags = structseq('sys', 'flags', (
        'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
        'no_user_site', 'no_site', 'ignore_environment', 'verbose',
        'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
        'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
        'int_max_str_digits'), creatable=False)
    # pygil never writes bytecode files; hash randomization is on as in CPython.
    sys.flags = _make(flags, (
        0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False,
        sys.get_int_max_str_digits()))
