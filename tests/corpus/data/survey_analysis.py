from collections import Counter

RESPONSES = [
    {"age": 23, "lang": "python", "years": 2, "likes": ["typing", "libraries"]},
    {"age": 35, "lang": "rust", "years": 10, "likes": ["speed", "safety"]},
    {"age": 41, "lang": "python", "years": 15, "likes": ["libraries", "community"]},
    {"age": 29, "lang": "go", "years": 5, "likes": ["speed", "simplicity"]},
    {"age": 31, "lang": "python", "years": 7, "likes": ["community", "typing"]},
]


def bucket(age):
    return f"{age // 10 * 10}s"


print(Counter(r["lang"] for r in RESPONSES).most_common())
print(sorted(Counter(bucket(r["age"]) for r in RESPONSES).items()))
likes = Counter(like for r in RESPONSES for like in r["likes"])
print(sorted(likes.items(), key=lambda kv: (-kv[1], kv[0])))
experience = {}
for r in RESPONSES:
    experience.setdefault(r["lang"], []).append(r["years"])
print({lang: sum(y) / len(y) for lang, y in sorted(experience.items())})
