import os
import os.path
import collections.abc as cabc
from sys import argv, path as syspath
from . import sibling
from .pkg.mod import thing
from json import *

def local_imports():
    import math
    from time import sleep as nap
    import xml.dom.minidom
    return math, nap, xml
