a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c == b)
x = None
print(x is None, x == None, x is not None)


class AlwaysEqual:
    def __eq__(self, other):
        return True


ae = AlwaysEqual()
print(ae == 1, ae == None, ae is None, None == ae, [ae] == [5])


class NeverEqual:
    def __eq__(self, other):
        return False


ne = NeverEqual()
print(ne == ne, ne is ne, ne in [ne], [ne] == [ne], ne != ne)
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan], [float("nan")] == [float("nan")])
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2, True is True, False is not True, type(1) is int, type(True) is bool, type(True) == int)
