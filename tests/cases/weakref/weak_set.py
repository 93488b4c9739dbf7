# WeakSet: members go when they are no longer used elsewhere.
import weakref


class Member:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Member({self.n})"


members = [Member(i) for i in range(4)]
group = weakref.WeakSet(members)
print(len(group), members[0] in group, Member(9) in group, 1 in group, [] in group)
print(sorted(m.n for m in group))

members.pop()
print(len(group), sorted(m.n for m in group))

group.discard(members[0])
group.discard(members[0])
print(len(group))
group.add(members[0])
group.remove(members[0])
try:
    group.remove(members[0])
except KeyError:
    print("KeyError")

other = weakref.WeakSet(members[1:])
print(sorted(m.n for m in group | other), sorted(m.n for m in group & other))
print(sorted(m.n for m in group - other), group <= other, group == other)
print(group.isdisjoint(weakref.WeakSet([members[0]])))
copy = group.copy()
print(type(copy).__name__, len(copy))

for m in sorted(group, key=lambda m: m.n):
    print("member", m.n)

# Members that die during an iteration are skipped without an error.
seen = []
for m in group:
    seen.append(m.n)
    members.clear()
print(len(seen))
print(len(group), len(copy))

lone = Member(1)
popped = weakref.WeakSet([lone])
print(len(popped))
del lone
try:
    popped.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    group.add(1)
except TypeError as e:
    print("TypeError:", e)
