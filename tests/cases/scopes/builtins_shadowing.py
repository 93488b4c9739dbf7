print(len("abc"), max(1, 2))


def custom():
    len = lambda x: "shadowed len"
    return len("abc")


print(custom(), len("abc"))
list_ = list
list = "no longer a type"
print(list, list_("ab"))
del list
print(list("xy"))
import builtins
print(builtins.len is len, builtins.print is print)
sum = 100
print(sum, builtins.sum([1, 2]))
del sum
print(sum([1, 2, 3]))


def uses_print():
    print = lambda *a: builtins.print("custom print:", *a)
    print("hello")


uses_print()
print("normal print again")
