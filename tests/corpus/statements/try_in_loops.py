def parse_all(texts):
    values, errors = [], []
    for text in texts:
        try:
            value = int(text)
        except ValueError:
            errors.append(text)
            continue
        except TypeError:
            errors.append(repr(text))
            break
        else:
            if value < 0:
                continue
        finally:
            pass
        values.append(value)
    else:
        errors.append("<completed>")
    return values, errors


print(parse_all(["1", "x", "-3", "4"]))
print(parse_all(["5", None, "6"]))


def first_working(operations):
    for name, op in operations:
        try:
            return name, op()
        except ZeroDivisionError:
            print(f"{name} divided by zero")
        except (IndexError, KeyError) as err:
            print(f"{name} lookup failed: {err!r}")
    return None


print(first_working([("div", lambda: 1 / 0), ("idx", lambda: [][1]), ("key", lambda: {}["k"]), ("ok", lambda: 42)]))
