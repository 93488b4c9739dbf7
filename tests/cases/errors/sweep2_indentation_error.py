src = "def f():\n    x = 1\n      y = 2\n    return x\n"
print("compiling")
exec(src)
