# Packages: __init__.py, submodules, dotted names, `as`, relative imports.
import shapes.solid.cube
print(shapes.solid.cube.volume(3))
import shapes.solid.cube as cube
print(cube is shapes.solid.cube, cube.__name__, cube.__package__)
from shapes.solid import cube as cube2
print(cube2 is cube)
from shapes import Square, circle, unit
print(Square(4).area(), round(circle.area(2), 3), unit)
import os
print([os.path.basename(p) for p in shapes.__path__], os.path.basename(shapes.__file__))
print(shapes.__package__, shapes.solid.__package__, shapes.__doc__)
print(hasattr(shapes.square, "__path__"), hasattr(shapes.solid, "__path__"))
import sys
print(sorted(name for name in sys.modules if name.startswith("shapes")))
