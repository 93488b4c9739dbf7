# pathlib: files and directories in a temporary folder.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())
    notes = base / "notes.txt"
    print(notes.exists(), notes.write_text("first line\nsecond line\n"), notes.exists(), notes.is_file())
    print(repr(notes.read_text()), notes.read_text().splitlines(), notes.stat if False else "")
    data = base / "blob.bin"
    print(data.write_bytes(bytes(range(5))), data.read_bytes())
    sub = base / "a" / "b" / "c"
    sub.mkdir(parents=True)
    print(sub.is_dir(), (base / "a").is_dir())
    sub.mkdir(parents=True, exist_ok=True)
    try:
        sub.mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    (sub / "deep.py").write_text("print('hi')\n")
    (base / "a" / "top.py").write_text("")
    (base / "a" / "readme.md").touch()
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("a/*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.md")))
    moved = notes.rename(base / "renamed.txt")
    print(moved.name, notes.exists(), moved.exists())
    with moved.open() as f:
        print(f.readline().strip())
    with moved.open("a") as f:
        f.write("third\n")
    print(len(moved.read_text().splitlines()))
    moved.unlink()
    moved.unlink(missing_ok=True)
    try:
        moved.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        (base / "missing.txt").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    (sub / "deep.py").unlink()
    sub.rmdir()
    print(sub.exists(), (base / "a" / "b").exists())
    print(Path(".").resolve() == Path.cwd(), Path("x/../y").resolve() == Path.cwd() / "y", Path("rel").absolute() == Path.cwd() / "rel")
