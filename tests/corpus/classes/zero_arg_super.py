class Base:
    def greet(self):
        return "base"

    @classmethod
    def make(cls):
        return f"made {cls.__name__}"


class Child(Base):
    def greet(self):
        parts = [super().greet() for _ in range(2)]
        inner = lambda: super(Child, self).greet()
        return "+".join(parts) + "/" + inner()

    @classmethod
    def make(cls):
        return super().make() + " via Child"

    def uses_class_cell(self):
        return __class__.__name__

    def nested(self):
        def helper():
            return __class__
        return helper().__name__


class GrandChild(Child):
    def greet(self):
        return "grand:" + super().greet()


print(Child().greet(), GrandChild().greet(), GrandChild.make())
print(GrandChild().uses_class_cell(), GrandChild().nested())
