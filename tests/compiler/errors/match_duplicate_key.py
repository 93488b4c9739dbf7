match 1:
    case {"a": 1, "b": 2, "a": 3}:
        pass
