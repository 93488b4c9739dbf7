def f():
    raise "error message"
f()
