values = [3, 1, 4, 1, 5, 9, 2, 6]
x = 4
print(1 < x < 10, 1 < x > 10, x == 4 == 4.0, x != 3 != 4)
print(0 <= x <= len(values) < 100, x in values, 7 not in values)
print(x is x, x is not None, None is None, [] is not [])
print(values[0] < values[1] <= values[2] >= values[3] < values[4])
print("abc" < "abd" < "b", (1, 2) < (1, 3) < (2,), [1] < [1, 0])
print(1 == 1.0 == True, 0 == False != None, 1 < 2 == 2 > 1)


class Tracer:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        print(f"  {self.value} < {other.value}")
        return self.value < other.value


t1, t2, t3 = Tracer(1), Tracer(5), Tracer(3)
print(t1 < t2 < t3)
print(sorted(values, reverse=True) == sorted(values)[::-1])
print(max(values) is not min(values), len(values) in range(5, 10))
