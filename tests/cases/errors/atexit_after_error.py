# Exit handlers run after an uncaught exception's traceback, and after sys.exit.
import atexit
import sys

atexit.register(print, "handler ran")
atexit.register(sys.stdout.flush)
print("before the error")
raise RuntimeError("uncaught")
