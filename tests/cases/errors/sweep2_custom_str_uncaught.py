class ValidationError(Exception):
    def __init__(self, field, problems):
        self.field = field
        self.problems = problems
        super().__init__(field, problems)
    def __str__(self):
        return f"{self.field}: " + "; ".join(self.problems)
def validate(user):
    problems = []
    if not user.get("name"):
        problems.append("name missing")
    if user.get("age", 0) < 0:
        problems.append("age negative")
    if problems:
        raise ValidationError("user", problems)
    return True
print(validate({"name": "x", "age": 3}))
validate({"age": -1})
