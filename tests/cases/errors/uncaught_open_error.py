# An uncaught FileNotFoundError: the traceback and exit status.
print("before")
open("this-file-does-not-exist.txt")
