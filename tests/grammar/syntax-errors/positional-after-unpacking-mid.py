f(a, **b, c)
