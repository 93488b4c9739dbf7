foo(a, b c,
    d)
x = [
