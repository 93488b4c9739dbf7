# Code compiled while the program runs warns through the warnings module:
# an imported module (with its line), exec() and compile() (no line), and
# the program's filters apply.
import _warn_module
print(_warn_module.pattern)
exec("a = 1 is 1")
code = compile("b = '\\d'", "<made>", "exec")
exec(code)
print(b)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    exec("c = 2 is 2")
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
warnings.simplefilter("ignore")
exec("d = 3 is 3")
warnings.simplefilter("error")
try:
    exec("e = 4 is 4")
except SyntaxError as err:
    print("error:", type(err).__name__, err)
except SyntaxWarning as err:
    print("warning raised:", err)
print("end")
