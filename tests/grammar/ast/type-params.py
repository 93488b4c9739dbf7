type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Callback[**P, R = None] = Callable[P, R]


def first[T](items: list[T]) -> T:
    return items[0]


async def fetch[K: str, V: (int, bytes) = int](key: K) -> V:
    pass


@decorated
class Box[T, *Ts = *tuple[int, ...], **P = [int, str],](Base, metaclass=Meta):
    def get[S](self) -> T | S:
        pass


type = 1
type(x)
print(type)
type.attr = 2
type[0] = 3
