"""Module docstring."""
global module_level
counter = 0

def use_global():
    global counter
    counter += 1
    del counter

def uses_builtin():
    return len([1, 2]) + print.__name__.count("p")

def nonlocal_chain():
    x = 0
    def a():
        nonlocal x
        def b():
            nonlocal x
            x += 1
        b()
    a()
    return x

class Scoped:
    attr = counter
    def method(self):
        return attr

def inner_class():
    value = 1
    class C:
        value = 2
        def get(self):
            return value
        other = value
    return C
