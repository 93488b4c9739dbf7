import os
import os.path
import xml.dom.minidom
import collections.abc as cabc
from sys import argv, path as syspath
from . import sibling
from .. import parent
from .pkg.mod import thing
from json import *

def local_imports():
    import math
    from time import sleep as nap
    import a.b.c as d
    return math, nap, d
