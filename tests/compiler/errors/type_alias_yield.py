type X[T] = (yield T)
