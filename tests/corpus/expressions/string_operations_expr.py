name, count = "widget", 3
print("Name: " + name + "!" * count)
print(name * 2, 2 * name, "-" * 20)
print("%s has %d items (%.1f%%)" % (name, count, 12.345))
print("%(name)s: %(count)03d" % {"name": name, "count": count})
print("{} {}".format(name, count), "{1}-{0}".format("a", "b"), "{n!r:>10}".format(n=name))
print(f"{name!r:^12}|{count:+d}|{count / 7:.3f}|{name.upper():*<10}")
print(name in "widgets", "x" not in name, name[0] + name[-1], name[1:-1].replace("idge", "o"))
print(", ".join(sorted(set("mississippi"))), "a-b-c".rsplit("-", 1), " pad ".strip())
