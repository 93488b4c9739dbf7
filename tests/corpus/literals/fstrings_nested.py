# Since Python 3.12 an f-string may reuse its own quote character inside fields,
# and fields may span lines and hold comments.
songs = ["Take me back to Eden", "Alkaline", "Ascensionism"]
print(f"This is the playlist: {", ".join(songs)}")
print(f"{f"{f"{f"{1 + 1}"}"}"}")
user = {"name": "Grace", "roles": ["admin", "dev"]}
print(f"{user["name"]} has roles {", ".join(user["roles"])}")
total = f"{sum(
    x * x          # squares
    for x in range(5)
)}"
print(total)
report = f"""
Name:  {user["name"]:>10}
Roles: {len(user["roles"]):>10}
"""
print(report)
print(f"{'\n'.join(songs)}")
print(f"{"\N{BULLET}"} {'\t'.join(["a", "b"])!r}")
fill, align = "*", "^"
print(f"{user['name']:{fill}{align}{20}}", f"{3.14159:{'.'}{2}f}" if False else f"{3.14159:.{2}f}")
print(f"{ {'a': 1}['a'] }", f"{ {1, 2} == {2, 1} }", f"{(1, 2)!r:>10}")
print(rf"raw {songs[0]!r} \n stays", fR"{len(songs)}\t")
