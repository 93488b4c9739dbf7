import functools
import operator

numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(functools.reduce(operator.add, numbers), functools.reduce(max, numbers))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
power_of_two = functools.partial(pow, 2)
int_from_binary = functools.partial(int, base=2)
print(power_of_two(10), int_from_binary("1011"), power_of_two.func.__name__, power_of_two.args)


@functools.lru_cache(maxsize=128)
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 0)


@functools.singledispatch
def describe(value):
    return f"object {value!r}"


@describe.register
def _(value: int):
    return f"int with {value.bit_length()} bits"


@describe.register(list)
def _(value):
    return f"list of {len(value)}"


print(describe(255), describe([1, 2]), describe("x"))
cmp = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
print(sorted(["bb", "a", "ccc", "ab"], key=cmp))
getters = operator.itemgetter(0, 2), operator.attrgetter("real", "imag"), operator.methodcaller("upper")
print(getters[0]("abc"), getters[1](3 + 4j), getters[2]("shout"))
