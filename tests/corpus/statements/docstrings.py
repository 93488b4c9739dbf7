"""Module docstring.

Spans several lines and mentions "quotes" and 'apostrophes'.
"""


def single_line():
    """Return the answer."""
    return 42


def multi_line(a, b):
    """Add two numbers.

    Args:
        a: the first number
        b: the second number
    """
    return a + b


def raw_doc():
    r"""Backslashes stay: \n \t \d+"""


class Documented:
    '''Class docstring in single quotes.'''

    attribute = 1
    """An attribute docstring (just an expression statement)."""

    def method(self):
        'A plain string as docstring.'
        return self.attribute


print(__doc__.splitlines()[0])
print(single_line.__doc__, multi_line.__doc__.count("\n"))
print(raw_doc.__doc__, Documented.__doc__, Documented().method.__doc__)
