"""Plan a batch rename: normalise names, avoid collisions, print the plan."""
import re
import unicodedata

FILES = [
    "My Holiday Photo (1).JPG", "my holiday photo (2).jpg", "Résumé FINAL.docx",
    "notes  v2 .txt", "notes v2.txt", "___weird---name___.PNG", "README",
]


def slug(name):
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return f"{stem}.{ext.lower()}" if ext else stem


def plan(names):
    taken, moves = set(), []
    for name in names:
        target = slug(name)
        base, n = target, 2
        while target in taken:
            stem, dot, ext = base.rpartition(".")
            target = f"{stem}-{n}.{ext}" if dot else f"{base}-{n}"
            n += 1
        taken.add(target)
        if target != name:
            moves.append((name, target))
    return moves


for old, new in plan(FILES):
    print(f"{old!r:32} -> {new}")
