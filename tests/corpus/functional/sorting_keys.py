from operator import itemgetter, attrgetter
from collections import namedtuple

Student = namedtuple("Student", "name grade age")
students = [
    Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10),
    Student("anna", "A", 12), Student("zed", "C", 15),
]
print([s.name for s in sorted(students, key=attrgetter("age"))])
print([s.name for s in sorted(students, key=attrgetter("grade", "age"))])
print([s.name for s in sorted(students, key=lambda s: (-s.age, s.name))])
by_grade = sorted(students, key=itemgetter(1))
print([(s.grade, s.name) for s in by_grade])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True), min(words, key=len), max(students, key=attrgetter("age")).name)
data = {"b": 3, "a": 3, "c": 1}
print(sorted(data.items(), key=lambda kv: (-kv[1], kv[0])))
