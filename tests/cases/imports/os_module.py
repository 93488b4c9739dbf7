# The small os module: os.path's string functions and a few queries.
import os
import os.path
from os.path import join, split, splitext, dirname, basename, normpath, isabs
print(join("a", "b", "c"), join("/a", "/b"), join("a/", "b"), join("", "x"), join("a", ""))
print(split("/usr/lib/x.py"), split("x.py"), split("/"), split("//a//b//"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a.b/c"), splitext("..x"))
print(dirname("/a/b/"), dirname("a"), basename("/a/b"), basename("/a/b/"))
print(normpath("a//b/./c/../d"), normpath("/../x"), normpath(""), normpath("//a"), normpath("///a"))
print(isabs("/x"), isabs("x"), os.path.abspath("/a/./b/../c"))
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
print(os.path is os.path, os.getcwd() == os.path.abspath("."), isinstance(os.getpid(), int))
print(isinstance(os.cpu_count(), int), os.cpu_count() > 0, "PATH" in os.environ, os.environ.get("PYGIL_SURELY_UNSET_VARIABLE"))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(os.path.dirname(__file__)))
print(os.path.exists("no/such/file"), os.getenv("PYGIL_SURELY_UNSET_VARIABLE"), os.getenv("PYGIL_SURELY_UNSET_VARIABLE", 7))
try:
    join("a", 1)
except TypeError as e:
    print("TypeError:", e)
