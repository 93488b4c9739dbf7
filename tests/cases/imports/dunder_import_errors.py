# __import__ with bad globals for a relative import: CPython's messages.
attempts = [
    ("x", None, None, [], 1),
    ("x", 5, None, [], 1),
    ("x", {}, None, [], 1),
    ("x", {"__name__": 3}, None, [], 1),
    ("x", {"__package__": 3}, None, [], 1),
]
for args in attempts:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("x", level=1)
except Exception as e:
    print(type(e).__name__, e)
