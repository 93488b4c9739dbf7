import sys

if sys.version_info >= (3, 10):
    def describe(value):
        return f"modern: {value!r}"
else:
    def describe(value):
        return "legacy: %r" % (value,)

try:
    from math import cbrt
except ImportError:
    def cbrt(x):
        return x ** (1 / 3)

DEBUG = False
if DEBUG:
    class Logger:
        def log(self, msg):
            print("DEBUG", msg)
else:
    class Logger:
        def log(self, msg):
            pass

for name in ("alpha", "beta"):
    def make(name=name):
        return name.upper()
    globals()[f"get_{name}"] = make

print(describe(3), round(cbrt(27.0), 6), Logger().log("hidden"), get_alpha(), get_beta())
