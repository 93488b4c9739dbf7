# An uncaught syntax error from an import: the traceback shows the import, then the bad line.
print("before")
import _import_bad_syntax
