records = """\
alice,32,engineering
bob,27,marketing
carol,45,engineering
dave,,sales
erin,38,marketing
frank,29,engineering"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(rows):
    for row in rows:
        name, age, dept = row.split(",")
        if not age:
            print("skipping", name)
            continue
        yield {"name": name, "age": int(age), "dept": dept}


def in_dept(dept, people):
    return (p for p in people if p["dept"] == dept)


engineers = list(in_dept("engineering", parse(lines(records))))
print([e["name"] for e in engineers], sum(e["age"] for e in engineers) / len(engineers))
by_dept = {}
for person in parse(lines(records)):
    by_dept.setdefault(person["dept"], []).append(person["name"])
print(by_dept)


def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total


print(list(running_total(p["age"] for p in parse(lines(records)))))
