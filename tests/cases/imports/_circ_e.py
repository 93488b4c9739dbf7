import _circ_f
E = "e"
