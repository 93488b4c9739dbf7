# An uncaught exception raised in an imported module's function shows that module's lines.
import _import_raiser


def main():
    _import_raiser.run()


main()
