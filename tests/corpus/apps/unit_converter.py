UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0},
}


def dimension(unit):
    for name, table in UNITS.items():
        if unit in table:
            return name
    raise KeyError(f"unknown unit {unit!r}")


def convert(value, source, target):
    if source in ("C", "F", "K") or target in ("C", "F", "K"):
        return convert_temperature(value, source, target)
    dim = dimension(source)
    if dimension(target) != dim:
        raise ValueError(f"cannot convert {dim} to {dimension(target)}")
    return value * UNITS[dim][source] / UNITS[dim][target]


def convert_temperature(value, source, target):
    kelvin = {"C": lambda v: v + 273.15, "F": lambda v: (v - 32) * 5 / 9 + 273.15, "K": lambda v: v}[source](value)
    return {"C": lambda k: k - 273.15, "F": lambda k: (k - 273.15) * 9 / 5 + 32, "K": lambda k: k}[target](kelvin)


queries = ["5 km mi", "12 in cm", "1 lb g", "90 min h", "100 C F", "-40 F C", "0 K C", "3 m kg", "1 parsec m"]
for q in queries:
    amount, source, target = q.split()
    try:
        print(f"{amount} {source} = {convert(float(amount), source, target):.4g} {target}")
    except (KeyError, ValueError) as err:
        print(f"{q}: {err}")
