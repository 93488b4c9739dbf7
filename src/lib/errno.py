"""Standard errno system symbols, with Linux's values: each name is an int,
and errorcode maps a value back to its name."""

_CODES = [
    ('EPERM', 1), ('ENOENT', 2), ('ESRCH', 3), ('EINTR', 4), ('EIO', 5), ('ENXIO', 6), ('E2BIG', 7),
    ('ENOEXEC', 8), ('EBADF', 9), ('ECHILD', 10), ('EAGAIN', 11), ('ENOMEM', 12), ('EACCES', 13),
    ('EFAULT', 14), ('ENOTBLK', 15), ('EBUSY', 16), ('EEXIST', 17), ('EXDEV', 18), ('ENODEV', 19),
    ('ENOTDIR', 20), ('EISDIR', 21), ('EINVAL', 22), ('ENFILE', 23), ('EMFILE', 24), ('ENOTTY', 25),
    ('ETXTBSY', 26), ('EFBIG', 27), ('ENOSPC', 28), ('ESPIPE', 29), ('EROFS', 30), ('EMLINK', 31),
    ('EPIPE', 32), ('EDOM', 33), ('ERANGE', 34), ('EDEADLOCK', 35), ('ENAMETOOLONG', 36), ('ENOLCK', 37),
    ('ENOSYS', 38), ('ENOTEMPTY', 39), ('ELOOP', 40), ('ENOMSG', 42), ('ENODATA', 61), ('EPROTO', 71),
    ('EBADMSG', 74), ('EOVERFLOW', 75), ('ENOTSOCK', 88), ('ENOTSUP', 95), ('EADDRINUSE', 98),
    ('EADDRNOTAVAIL', 99), ('ENETDOWN', 100), ('ENETUNREACH', 101), ('ECONNABORTED', 103),
    ('ECONNRESET', 104), ('ENOTCONN', 107), ('ETIMEDOUT', 110), ('ECONNREFUSED', 111),
    ('EHOSTUNREACH', 113), ('EALREADY', 114), ('EINPROGRESS', 115), ('ECANCELED', 125),
]

errorcode = {}
for _name, _value in _CODES:
    globals()[_name] = _value
    errorcode[_value] = _name

# Second names for some values; errorcode keeps the first.
EWOULDBLOCK = EAGAIN
EDEADLK = EDEADLOCK
EOPNOTSUPP = ENOTSUP

del _name, _value, _CODES
