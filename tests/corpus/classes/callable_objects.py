class Polynomial:
    def __init__(self, *coefficients):
        self.coefficients = list(coefficients)

    def __call__(self, x):
        result = 0
        for c in reversed(self.coefficients):
            result = result * x + c
        return result

    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coefficients)][1:])

    def __repr__(self):
        terms = []
        for power, c in reversed(list(enumerate(self.coefficients))):
            if c:
                terms.append(f"{c}" if power == 0 else f"{c}x" if power == 1 else f"{c}x^{power}")
        return " + ".join(terms) or "0"


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return args


def newton(f, x, steps=20):
    df = f.derivative()
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x


p = Polynomial(-2, 0, 1)  # x^2 - 2
print(p, p(3), p.derivative(), round(newton(p, 1.0), 12))
counter = Counter()
list(map(counter, range(5)))
print(counter.calls, callable(counter), callable(p), callable(42))
