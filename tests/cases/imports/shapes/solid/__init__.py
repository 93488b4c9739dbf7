print("solid init:", __name__, __package__)
