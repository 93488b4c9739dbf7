x = (yield x = 1)
