count: int = 0
name: str
values: list[int] = []
obj.attr: int = 1
obj.other: str
table["key"]: float
data[1:2, ::3]: tuple

def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> None:
    local: int = 1
    unset: str
    return None

class Point:
    x: int
    y: int = 0
    label: str = "p"
