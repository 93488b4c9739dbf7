def g():
    yield *a
