import sys
excs = [ValueError(i) for i in range(17)]
try:
    raise ExceptionGroup("wide", excs)
except ExceptionGroup as e:
    e.add_note("note on the group")
    raise RuntimeError("wrapped") from e
