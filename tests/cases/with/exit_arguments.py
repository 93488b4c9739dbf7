class Inspect:
    def __exit__(self, exc_type, exc_value, traceback):
        print("type:", exc_type)
        print("value:", repr(exc_value))
        print("same object:", exc_type is type(exc_value) if exc_value else "n/a")
        print("traceback present:", traceback is not None)
        return True

    def __enter__(self):
        return self


with Inspect():
    pass
with Inspect():
    raise ValueError("with arguments", 2)
with Inspect():
    {}["missing"]
with Inspect():
    raise StopIteration
print("all suppressed")
