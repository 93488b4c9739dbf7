import _circ_e
import os
here = os.path.dirname(os.path.abspath(__file__)) + "/"
try:
    print(_circ_e.E)
except AttributeError as e:
    print("AttributeError:", str(e).replace(here, ""))
F = "f"
