def f(:
  pass
x = (
