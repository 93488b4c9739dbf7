match x:
    case 1 as f(y):
        pass
