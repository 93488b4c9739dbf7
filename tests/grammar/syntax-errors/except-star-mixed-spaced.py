try:
    pass
except * ValueError as e:
    pass
except TypeError as f:
    pass
