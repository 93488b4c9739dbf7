class AppError(Exception):
    """Base class for the application's errors."""


class NotFound(AppError):
    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


class Invalid(AppError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class Quiet(AppError):
    pass


def lookup(key):
    if key == "missing":
        raise NotFound("user", key)
    if key == "":
        raise Invalid("key", "must not be empty")
    if key == "quiet":
        raise Quiet()
    return key.upper()


for key in ["ann", "missing", "", "quiet"]:
    try:
        print(lookup(key))
    except NotFound as err:
        print("NotFound:", err, err.kind, err.key, err.args)
    except AppError as err:
        print(type(err).__name__ + ":", str(err) or "<no message>", repr(err), err.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), NotFound.__mro__[1:4])
print(AppError.__doc__, Invalid("f", "p"), repr(Invalid("f", "p")))


class RetryableError(AppError):
    def __init__(self, message, attempts):
        super().__init__(message)
        self.attempts = attempts

    def __reduce__(self):
        return (type(self), (self.args[0], self.attempts))


err = RetryableError("try again", 3)
print(err, err.attempts, err.args, isinstance(err, AppError), isinstance(err, Exception))
try:
    raise err
except AppError as caught:
    print(caught is err, type(caught).__name__)


class WithDefaultMessage(Exception):
    def __init__(self, message="something went wrong"):
        super().__init__(message)


print(WithDefaultMessage(), WithDefaultMessage("custom"), repr(WithDefaultMessage()))
