from . import first
import os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + "/"
try:
    print(first.VALUE)
except AttributeError as e:
    print("AttributeError:", str(e).replace(here, ""))
