errors = [ValueError("bad value"), TypeError("bad type")]
print("raising a group of", len(errors))
raise ExceptionGroup("several problems", errors)
