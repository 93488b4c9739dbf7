class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"bad number {text!r}") from err


def load_quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("bad number, details hidden") from None


for fn in (load, load_quiet):
    try:
        fn("x")
    except ConfigError as err:
        print(err, "| cause:", repr(err.__cause__), "| context:", repr(err.__context__),
              "| suppress:", err.__suppress_context__)
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as err:
    print(err, repr(err.__cause__), err.__cause__.__class__.__name__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        raise TypeError("second") from first
except TypeError as second:
    print(second, "caused by", second.__cause__, second.__cause__ is second.__context__)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError:", err)


def layers(depth):
    if depth == 0:
        raise LookupError("bottom")
    try:
        layers(depth - 1)
    except LookupError as err:
        raise LookupError(f"layer {depth}") from err


try:
    layers(3)
except LookupError as err:
    chain = []
    while err is not None:
        chain.append(str(err))
        err = err.__cause__
    print(" <- ".join(chain))
cause = ValueError("explicit cause object")
try:
    raise RuntimeError("with a pre-made cause") from cause
except RuntimeError as err:
    print(err.__cause__ is cause, err.__suppress_context__)
try:
    raise RuntimeError("cause is a class") from KeyError
except RuntimeError as err:
    print(repr(err.__cause__), type(err.__cause__).__name__)
