import random

QUESTIONS = [
    {"q": "2 + 2 * 2", "a": "6", "choices": ["8", "6", "4"]},
    {"q": "Capital of France", "a": "Paris", "choices": ["Lyon", "Paris", "Nice"]},
    {"q": "len('hello')", "a": "5", "choices": ["4", "5", "6"]},
    {"q": "Largest planet", "a": "Jupiter", "choices": ["Saturn", "Jupiter", "Earth"]},
]


class Quiz:
    def __init__(self, questions, rng):
        self.questions = questions[:]
        rng.shuffle(self.questions)
        self.rng = rng
        self.score = 0
        self.answers = []

    def ask_all(self, player):
        for number, item in enumerate(self.questions, 1):
            choices = item["choices"][:]
            self.rng.shuffle(choices)
            answer = player(item["q"], choices)
            correct = answer == item["a"]
            self.score += correct
            self.answers.append((number, item["q"], answer, correct))
        return self.score


rng = random.Random(5)
lucky = lambda q, choices: rng.choice(choices)
expert = lambda q, choices: next(c for c in choices if any(c == item["a"] for item in QUESTIONS if item["q"] == q))
for name, player in (("lucky", lucky), ("expert", expert)):
    quiz = Quiz(QUESTIONS, random.Random(1))
    print(name, quiz.ask_all(player), "/", len(QUESTIONS))
    for number, q, answer, correct in quiz.answers:
        print(f"  {number}. {q:<20} {answer:<8} {'✓' if correct else '✗'}")
