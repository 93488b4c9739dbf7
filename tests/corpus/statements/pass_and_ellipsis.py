# Placeholders: pass, Ellipsis bodies, docstring-only bodies.
def todo():
    ...


def later():
    pass


def documented():
    """Does nothing yet."""


class Stub:
    ...


class Protocolish:
    def method(self) -> int: ...

    def other(self, x: int) -> str:
        """Explained but empty."""
        ...


for _ in range(3):
    pass

while False:
    ...

if True:
    pass
else:
    ...

try:
    pass
except Exception:
    pass

print(todo(), later(), documented(), Stub(), Protocolish().method(), ... is Ellipsis)
