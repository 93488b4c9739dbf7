def check(n):
    assert n > 0
    assert n < 100, "too large"
    assert n % 2 == 0, f"{n} is odd"
    return n


for n in [4, -1, 200, 7]:
    try:
        print("ok", check(n))
    except AssertionError as err:
        print("AssertionError:", repr(err), err.args)
try:
    assert False, ["a", "list", "message"]
except AssertionError as err:
    print(err.args[0])
try:
    assert [], "empty list is false"
except AssertionError as err:
    print(err)
assert True
assert 1, "never raised"
print("assertions passed")
