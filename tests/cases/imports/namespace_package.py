# A directory without __init__.py is a namespace package.
import nspace.part
print(nspace.part.WHERE, nspace.__file__, nspace.part.__package__)
from nspace import part
print(part is nspace.part)
