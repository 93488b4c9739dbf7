del [a, b.c()]
