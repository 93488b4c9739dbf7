message = "Hello, " "world" '!'
multi = ("first line\n"
         "second line\n"
         'third line')
mixed_f = "plain " f"{1 + 1}" " and " f"{'nested'}"
raw_mix = r"\d+" "\\." r'\w'
bytes_cat = b"ab" b'cd' rb"\e"
long_sql = (
    "SELECT id, name "
    "FROM users "
    "WHERE active = 1 "  # filter
    "ORDER BY name"
)
print(message, multi, mixed_f, raw_mix, bytes_cat, long_sql, sep="\n")
print("a" "b" "c" == "abc", len("x" """y""" '''z'''))
