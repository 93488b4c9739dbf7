import pathlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    (root / "src").mkdir()
    (root / "src" / "main.py").write_text("print('hi')\n")
    (root / "src" / "util.py").write_text("def helper():\n    return 1\n")
    (root / "README.md").write_text("# Project\n")
    (root / "data").mkdir()
    (root / "data" / "numbers.csv").write_text("1,2\n3,4\n")

    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        kind = "dir " if path.is_dir() else f"{path.stat().st_size:>4}"
        print(kind, rel.as_posix())
    py_files = sorted(p.name for p in root.glob("**/*.py"))
    lines = sum(len(p.read_text().splitlines()) for p in root.rglob("*.py"))
    print(py_files, lines)
    target = root / "data" / "numbers.csv"
    print(target.suffix, target.stem, target.parent.name, target.with_suffix(".tsv").name)
    rows = [list(map(int, line.split(","))) for line in target.read_text().splitlines()]
    print(rows, sum(map(sum, rows)))
