def ok():
    pass
yield from ok()
