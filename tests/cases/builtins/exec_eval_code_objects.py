# exec and eval of code objects taken from functions: run as a call with no
# arguments (missing parameters are reported, a generator's code makes a
# generator), and code with free variables is refused.
def plain():
    print("plain ran")
exec(plain.__code__)
def needs(a):
    return a
try:
    exec(needs.__code__)
except Exception as e:
    print(type(e).__name__, e)
def outer():
    v = 1
    def inner():
        return v
    return inner
try:
    exec(outer().__code__)
except Exception as e:
    print(type(e).__name__, e)
def gen():
    yield 1
print(eval(gen.__code__) is not None)
print(eval(compile("(yield_ for yield_ in [1])", "<g>", "eval")) is not None)
async def co():
    return 1
try:
    r = eval(co.__code__)
    print(type(r).__name__)
    r.close()
except Exception as e:
    print(type(e).__name__, e)
def uses_global():
    return marker
print(eval(uses_global.__code__, {"marker": "from given globals"}))
def with_star(*args, **kwargs):
    print("star", args, kwargs)
exec(with_star.__code__)
