# assert statements, messages, and the warnings module basics.
import warnings
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
for v in [5, -1, 2.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), str(e) == "")
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first warning")
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn(UserWarning("as instance"))
for w in caught:
    print(w.category.__name__, str(w.message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("user", UserWarning)
print([str(w.message) for w in caught])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception), Warning.__base__.__name__)
