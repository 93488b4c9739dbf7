# glob and shutil in a temporary folder.
import glob
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
os.makedirs(os.path.join(tmp, "src", "pkg", "sub"))
for rel, text in [("src/a.py", "a"), ("src/b.txt", "bb"), ("src/pkg/c.py", "c"), ("src/pkg/sub/d.py", "dd"),
                  ("src/.hidden.py", "h"), ("src/pkg/e[1].txt", "e")]:
    with open(os.path.join(tmp, rel), "w") as f:
        f.write(text)


def j(*parts):
    return os.path.join(tmp, *parts)


def rel(paths):
    return sorted(p[len(tmp) + 1:] for p in paths)


print(rel(glob.glob(j("src/*.py"))), rel(glob.glob(j("src/*"))), rel(glob.glob(j("src/?.*"))))
print(rel(glob.glob(j("src/**/*.py"), recursive=True)), rel(glob.glob(j("src/**/*.py"))))
print(sorted(glob.glob("**", root_dir=tmp, recursive=True)), rel(glob.glob(j("src/*/"))), glob.glob(j("nothing*")))
print(sorted(glob.glob("*.py", root_dir=j("src"))), rel(glob.glob(j("src/.*"))), rel(glob.glob(j("src/*.py"), include_hidden=True)))
print(glob.escape("e[1].txt"), rel(glob.glob(j("src/pkg/") + glob.escape("e[1].txt"))), glob.glob(j("src/pkg/e[1].txt")), rel(glob.glob(j("src"))))
print(rel([shutil.copyfile(j("src/a.py"), j("copy.py"))]), open(j("copy.py")).read())
print(rel([shutil.copy(j("src/b.txt"), j("src/pkg"))]), sorted(os.listdir(j("src/pkg"))))
try:
    shutil.copyfile(j("src/a.py"), j("src/a.py"))
except shutil.SameFileError as e:
    print("SameFileError")
try:
    shutil.copyfile(j("src/none.py"), j("src/none.py"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(issubclass(shutil.SameFileError, OSError))
print(rel([shutil.copytree(j("src"), j("backup"), ignore=shutil.ignore_patterns("*.txt", ".*"))]))
print(rel(glob.glob(j("backup/**"), recursive=True)))
print(rel([shutil.move(j("copy.py"), j("backup"))]), os.path.exists(j("copy.py")), os.path.exists(j("backup/copy.py")))
print(rel([shutil.move(j("backup/copy.py"), j("moved.py"))]), os.path.exists(j("moved.py")))
shutil.rmtree(j("backup"))
print(os.path.exists(j("backup")), sorted(os.listdir(tmp)))
try:
    shutil.rmtree(j("backup"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(j("backup"), ignore_errors=True)
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"))
shutil.rmtree(tmp)
print(os.path.exists(tmp))
