x = [for i in x]
