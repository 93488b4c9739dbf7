# A module whose body raises: the traceback runs through the import statement.
import _import_fails
