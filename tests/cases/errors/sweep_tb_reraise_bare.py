def risky():
    return int("forty")
try:
    risky()
except ValueError:
    print("logging the failure")
    raise
