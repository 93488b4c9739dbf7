import re

CELLS = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=SUM(A1:A3)",
    "B3": "=B1-B2/2", "C1": "=C2", "C2": "=C1", "C3": "=MAX(A1:B3)", "D1": "hello",
}


class Sheet:
    def __init__(self, cells):
        self.cells = cells
        self.cache = {}
        self.evaluating = set()

    def value(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            raise RecursionError(f"cycle at {ref}")
        raw = self.cells.get(ref, "0")
        self.evaluating.add(ref)
        try:
            result = self.evaluate(raw[1:]) if raw.startswith("=") else self.literal(raw)
        finally:
            self.evaluating.discard(ref)
        self.cache[ref] = result
        return result

    @staticmethod
    def literal(raw):
        try:
            return float(raw)
        except ValueError:
            return raw

    def expand(self, start, end):
        c1, r1, c2, r2 = start[0], int(start[1:]), end[0], int(end[1:])
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

    def evaluate(self, formula):
        def function(m):
            name, start, end = m.groups()
            values = [self.value(ref) for ref in self.expand(start, end)]
            numbers = [v for v in values if isinstance(v, float)]
            return repr({"SUM": sum, "MAX": max, "MIN": min}[name](numbers))
        formula = re.sub(r"(SUM|MAX|MIN)\(([A-Z]\d+):([A-Z]\d+)\)", function, formula)
        formula = re.sub(r"[A-Z]\d+", lambda m: repr(self.value(m.group())), formula)
        if not re.fullmatch(r"[\d.+\-*/() e]+", formula):
            raise ValueError(f"bad formula {formula!r}")
        return float(eval(formula, {"__builtins__": {}}))


sheet = Sheet(CELLS)
for ref in sorted(CELLS):
    try:
        print(ref, sheet.value(ref))
    except (RecursionError, ValueError) as err:
        print(ref, "#ERR", err)
