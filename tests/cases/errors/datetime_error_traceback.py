# An error raised inside datetime shows only the caller's frame, as CPython's
# C implementation does.
from datetime import date


def make(month):
    return date(2024, month, 1)


print(make(5))
make(13)
