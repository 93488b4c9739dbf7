#!/usr/bin/env python3
"""Find duplicate files under a directory by size, then by content hash."""
import hashlib
import os
import sys
import tempfile
from collections import defaultdict


def file_digest(path, chunk_size=1 << 16):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()


def find_duplicates(root):
    by_size = defaultdict(list)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            by_size[os.path.getsize(path)].append(path)
    groups = []
    for size, paths in sorted(by_size.items()):
        if len(paths) < 2:
            continue
        by_hash = defaultdict(list)
        for p in paths:
            by_hash[file_digest(p)].append(p)
        groups.extend(sorted(g) for g in by_hash.values() if len(g) > 1)
    return groups


def main(argv):
    with tempfile.TemporaryDirectory() as root:
        files = {"a.txt": "hello", "b.txt": "hello", "c.txt": "world", "sub/d.txt": "hello",
                 "sub/e.txt": "worle", "sub/f.txt": "world"}
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        for group in find_duplicates(root):
            print([os.path.relpath(p, root) for p in group])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
