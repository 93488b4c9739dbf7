# pathlib: pure path arithmetic.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePosixPath("/usr//local/./lib/python3.13/site-packages/pkg.tar.gz")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.anchor, p.root, repr(p.drive))
print(p.parent, list(p.parents)[:3], len(p.parents), p.parents[0], p.parents[-1], p.parents)
print(p.with_name("other.py"), p.with_suffix(".zip"), p.with_suffix(""), p.with_stem("new"), p.is_absolute())
q = PurePosixPath("docs", "guide/", "intro.md")
print(q, q.parts, q.is_absolute(), q / "x" / "y", "/root" / q, q.joinpath("a", "/abs", "b"))
print(PurePosixPath(), PurePosixPath("."), PurePosixPath("a/../b"), PurePosixPath("//net/share"), PurePosixPath("///x"), PurePosixPath("a/b/"))
print(PurePath("x") == PurePosixPath("x"), type(PurePath("x")).__name__, sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b").relative_to("/a/b"), PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("/a/b/c.py").match("/*.py"), PurePosixPath("a/b.py").match("a/*.txt"))
print(PurePosixPath(".bashrc").suffix, PurePosixPath("a.").suffix, PurePosixPath("lib.tar.gz").suffixes, PurePosixPath("x").parent, PurePosixPath("/").parent)
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), {PurePosixPath("a"): 1}[PurePosixPath("a/")], PurePosixPath("/a").as_uri(), str(Path("a") / "b"))
print(PurePosixPath("/a/b").relative_to("/c", walk_up=True), Path("x/y").with_segments("z"), type(Path("q")).__name__, repr(Path("/tmp")))
for call in [lambda: PurePosixPath("/a/b").relative_to("/c"), lambda: PurePosixPath("").with_name("x"), lambda: PurePosixPath("a").with_suffix("txt"),
             lambda: PurePosixPath(5), lambda: PurePosixPath("a").with_name("b/c"), lambda: PurePosixPath("a").relative_to("b")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
