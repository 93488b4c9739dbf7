"""The part of importlib the import system itself uses: ModuleSpec, the
object every imported module has as __spec__.

pygil's import statement is native (src/vm/imports.ts); it makes a
ModuleSpec for each module it loads from a file, sets `_initializing` while
the module's body runs (which is how a partially initialised module is
recognised, in every thread), and keeps `submodule_search_locations` as the
package's __path__ list. Loaders are not modelled: `loader` is None.
"""


class ModuleSpec:
    """The import-system-related state of a module (importlib.machinery.ModuleSpec)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"{self.__class__.__name__}({', '.join(args)})"

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def parent(self):
        """The name of the package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @property
    def cached(self):
        # pygil writes no bytecode caches.
        return None
