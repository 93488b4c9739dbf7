// Writes a large, varied, valid Python program to stdout: the input of the
// front-end benchmark. `node scripts/gen-program.mjs 10000 > big.py`

export function generateProgram(lines) {
  const out = ["import sys", "from collections import namedtuple", ""];
  let n = 0;
  while (out.length < lines) {
    out.push(...block(n++));
  }
  return out.slice(0, lines).join("\n") + "\n";
}

function block(n) {
  return [
    `@staticmethod`,
    `def func_${n}(a, b=${n}, *args, key=None, **kwargs):`,
    `    """Docstring of func_${n}."""`,
    `    total = 0`,
    `    for i in range(a):`,
    `        if i % 3 == 0 and not (i > b or key is None):`,
    `            total += i ** 2 - b // (i + 1)`,
    `        elif i in (1, 2, 3):`,
    `            continue`,
    `        else:`,
    `            total -= [x * 2 for x in args if x][0] if args else 1`,
    `    try:`,
    `        value = {k: v for k, v in kwargs.items()}`,
    `    except (KeyError, ValueError) as exc:`,
    `        raise RuntimeError(f"failed {exc!r:>10} in {n}") from exc`,
    `    finally:`,
    `        pass`,
    `    return lambda y, *, z=1: total + y * z`,
    ``,
    `class Shape_${n}(object, metaclass=type):`,
    `    sides: int = ${n % 7}`,
    `    def __init__(self, name, *points):`,
    `        self.name, self.points = name, list(points)`,
    `        self.area = sum(p[0] * p[1] for p in self.points) / max(len(points), 1)`,
    `    def __repr__(self):`,
    `        return f"Shape_${n}({self.name!r}, area={self.area:.2f})"`,
    ``,
    `while func_${n}(3)(${n}) > 10 ** 9:`,
    `    data = [[i, j] for i in range(3) for j in range(i)]`,
    `    break`,
    ``,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateProgram(Number(process.argv[2] ?? 10000)));
}
