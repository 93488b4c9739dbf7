a = b = c =
