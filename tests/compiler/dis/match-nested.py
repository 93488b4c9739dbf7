def nested(v):
    match v:
        case [a, ([b, _] | b), {"k": c, **rest}]:
            return a, b, c, rest
        case [[x, *_, y] as inner, (1 | 2) as n] if x:
            return inner, n, y
        case {"a": [p, q] | (q, p, _)}:
            return p, q
        case Klass(p, [q, *r], key={"z": z}):
            return p, q, r, z
        case (1, 2) | [3, 4] | {"five": 5}:
            return "literal alternatives"
        case [*_, {"last": last}] | [{"last": last}]:
            return last


def only_default(v):
    match v:
        case _ if v:
            return 1
    return 0


def one_case(v):
    match v:
        case [x]:
            return x
    return None


match_ = 1
match match_:
    case {1: one} | [one]:
        print(one)
