# except* cannot name an exception group type.
print("start")
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ExceptionGroup:
    pass
