src = "def broken(:\n    pass\n"
print("compiling a snippet")
code = compile(src, "snippet.py", "exec")
print("never printed")
