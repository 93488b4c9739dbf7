def f[T=](): pass
