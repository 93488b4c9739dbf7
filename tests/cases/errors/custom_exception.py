class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


def validate(record):
    if not record.get("email"):
        raise ValidationError("email", "is required")
    return True


print(validate({"email": "a@b.c"}))
validate({"name": "no email"})
