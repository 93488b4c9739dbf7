def f():
  try:
    pass
  except* ValueError:
    with m:
      return
