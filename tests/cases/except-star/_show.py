# Prints an exception tree: groups with their message, leaves with repr.
def tree(exc, indent=0):
    pad = "  " * indent
    if isinstance(exc, BaseExceptionGroup):
        print(f"{pad}{type(exc).__name__}({exc.message!r}) [{len(exc.exceptions)}]")
        for e in exc.exceptions:
            tree(e, indent + 1)
    else:
        print(f"{pad}{exc!r}")
