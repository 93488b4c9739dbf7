import sys
print("before")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.exit(3)
