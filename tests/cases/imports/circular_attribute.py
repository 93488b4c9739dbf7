# A module that reads an attribute of a partially initialised module.
import _circ_e
print(_circ_e.E, _circ_e._circ_f.F)
try:
    _circ_e.missing
except AttributeError as e:
    print("AttributeError:", e)
import loops.first
print(loops.first.VALUE)
