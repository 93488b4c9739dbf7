# Filters (ignore, error, always, once, module), catch_warnings and record=True.
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("recorded %d" % (i % 2))
    warnings.warn("depr", DeprecationWarning)
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), w.lineno, w.filename == __file__)
print(type(log[0]).__name__, log[0].line, log[0].file)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
    print("ignored fine")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
    warnings.warn("another")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=UserWarning, message="boom")
    warnings.warn("skip me")
    warnings.warn("SKIP case-insensitive")
    warnings.warn("keep me")
    try:
        warnings.warn("boom goes")
    except UserWarning as e:
        print("error filter:", e)
    warnings.warn("runtime boom", RuntimeWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored by action")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("module-level")
    warnings.warn("module-level")
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    def f():
        warnings.warn("per location")
    f(); f()
    warnings.warn("per location")
print(len(log), [w.lineno for w in log])

try:
    warnings.simplefilter("bogus")
except ValueError as e:
    print("ValueError:", e)
for bad in [(-1,), ("x",)]:
    try:
        warnings.simplefilter("ignore", Warning, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    warnings.filterwarnings("ignore", category=int)
except TypeError as e:
    print("TypeError:", e)

print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
print(len(warnings.filters))

shown = []
def collect(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = collect
warnings.warn("through a custom showwarning")
warnings.showwarning = old
print(shown)

wm = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(wm)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "some.py", 99)
print(log[0].filename, log[0].lineno, log[0].category.__name__)

warnings.simplefilter("error")
warnings.warn("uncaught error warning", RuntimeWarning)
