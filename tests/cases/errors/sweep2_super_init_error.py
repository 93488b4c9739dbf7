class Base:
    def __init__(self, name, size):
        self.name = name
        self.size = size
class Child(Base):
    def __init__(self, name):
        super().__init__(name)
print("defining ok")
Child("c")
