# A module's __getattr__ answers for missing names; AttributeError from it means "missing" to import.
import lazypkg
print(lazypkg.answer, getattr(lazypkg, "nope", "default"), hasattr(lazypkg, "nope"))
from lazypkg import answer
print(answer)
from lazypkg import sub
print(sub.X)
try:
    from lazypkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    lazypkg.other
except AttributeError as e:
    print("AttributeError:", e)
