class AppError(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code


class ConfigError(AppError):
    pass


def load(path):
    try:
        with open(path) as handle:
            return handle.read()
    except FileNotFoundError as missing:
        raise ConfigError(f"no config at {path}", code=2) from missing


def strict(value):
    if value < 0:
        raise ValueError("negative")
    if value == 0:
        raise ValueError
    if value > 100:
        raise AppError("too big") from None
    return value


def reraise():
    try:
        strict(-1)
    except ValueError:
        raise


for candidate in (5, 0, -1, 1000):
    try:
        print(strict(candidate))
    except (ValueError, AppError) as err:
        print(type(err).__name__, err.args, err.__suppress_context__)

try:
    load("/nonexistent/config.toml")
except ConfigError as err:
    print(err, err.code, type(err.__cause__).__name__)

try:
    reraise()
except ValueError as err:
    print("reraised", err)

exc = KeyError("k")
try:
    raise exc from RuntimeError("root")
except KeyError as err:
    print(err.__cause__)
