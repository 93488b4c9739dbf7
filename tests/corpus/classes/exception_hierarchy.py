class ParseError(Exception):
    """Base for everything the parser reports."""

    def __init__(self, message, line=None, column=None):
        super().__init__(message)
        self.line = line
        self.column = column

    def __str__(self):
        where = f" at {self.line}:{self.column}" if self.line is not None else ""
        return f"{self.args[0]}{where}"


class LexError(ParseError):
    pass


class UnexpectedToken(ParseError):
    def __init__(self, token, expected, **kw):
        super().__init__(f"unexpected {token!r}, expected {expected}", **kw)
        self.token = token


class EndOfInput(UnexpectedToken):
    def __init__(self, expected):
        super().__init__("<eof>", expected)


def check(source):
    if "$" in source:
        col = source.index("$")
        raise LexError("bad character '$'", line=1, column=col)
    if source.count("(") > source.count(")"):
        raise EndOfInput("')'")
    if source.startswith(")"):
        raise UnexpectedToken(")", "an expression", line=1, column=0)
    return "ok"


for text in ["(1 + 2)", "1 $ 2", "(1 + (2", ")1"]:
    try:
        print(check(text))
    except UnexpectedToken as err:
        print(f"{type(err).__name__}: {err} [token={err.token}]")
    except ParseError as err:
        print(f"{type(err).__name__}: {err}")
print([c.__name__ for c in EndOfInput.__mro__])
