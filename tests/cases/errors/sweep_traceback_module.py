import traceback, sys
def fail(n):
    return 10 / n
try:
    fail(0)
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("captured lines:", len(text.splitlines()), text.splitlines()[-1])
try:
    int("x")
except ValueError as e:
    print(traceback.format_exception_only(e))
    traceback.print_exception(e)
    print("".join(traceback.format_exception(e)).count("\n"))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    traceback.print_exc()
print(repr(traceback.format_exc()))
raise SystemExit(1)
