match 1:
    case f"x{1}":
        pass
