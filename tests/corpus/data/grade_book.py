from statistics import mean, median

scores = {
    "ann": [88, 92, 79, 95], "bob": [65, 70, 58, 72], "cy": [100, 98, 99, 97],
    "di": [77, 85, None, 80], "ed": [],
}
BANDS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


def grade(avg):
    return next(letter for floor, letter in BANDS if avg >= floor)


report = {}
for student, marks in scores.items():
    valid = [m for m in marks if m is not None]
    if not valid:
        report[student] = None
        continue
    avg = mean(valid)
    report[student] = (round(avg, 2), grade(avg), len(marks) - len(valid))
for student, result in sorted(report.items(), key=lambda kv: (kv[1] is None, -(kv[1] or (0,))[0])):
    print(f"{student:<4}", result if result else "no marks")
all_marks = [m for ms in scores.values() for m in ms if m is not None]
print(round(mean(all_marks), 3), median(all_marks), max(all_marks), min(all_marks))
