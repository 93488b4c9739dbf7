import a
import a.b
import a.b.c as d
import a, b as c, d.e
from a import b
from a import b as c
from a import b, c as d
from a import (b, c)
from a import (b as c, d,)
from a.b import c
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ..a.b import c
from a import *
from .a import *
def f():
    global x
    global x, y
    nonlocal_var = 1
    def g():
        nonlocal nonlocal_var
        nonlocal nonlocal_var, z
