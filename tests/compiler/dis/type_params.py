type Point = tuple[float, float]
type Pair[T] = tuple[T, T]


def first[T](items: list[T]) -> T:
    return items[0]


def with_defaults[T: int, *Ts, **P](x: T = 1, *, y=2) -> T:
    return x


class Box[T: (int, str) = int](Base):
    kind = "box"

    def get(self) -> T:
        return self.item

    def map[S](self, f: Callable[[T], S]) -> S:
        return f(self.item)

    type Alias = list[kind]


def outer():
    x = 1
    class Inner[U]:
        def m(self) -> U:
            return x
    return Inner
