from typing import ClassVar, Optional

# Annotated assignments with and without values, at module level.
count: int = 0
name: str
ratio: float = 0.5
pairs: list[tuple[int, str]] = [(1, "one")]
maybe: Optional[dict[str, int]] = None
(parenthesised): int = 3
callback: "Callable[[int], str] | None" = None


class Config:
    debug: bool = False
    retries: int = 3
    tags: ClassVar[list[str]] = []
    timeout: float

    def __init__(self, timeout: float = 1.5) -> None:
        self.timeout: float = timeout
        self.extra: dict[str, object] = {}


def scale(values: list[float], factor: float = 2.0) -> list[float]:
    result: list[float] = []
    index: int
    for index in range(len(values)):
        result.append(values[index] * factor)
    return result


cfg = Config()
cfg.extra["mode"] = "fast"
items: dict[str, int] = {}
items["x"]: int = 5
print(count, ratio, pairs, maybe, parenthesised, cfg.timeout, scale([1.0, 2.5]))
print(__annotations__.keys() if "__annotations__" in dir() else None)
