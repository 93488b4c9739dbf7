class User:
    def __init__(self, name):
        self.name = name


user = User("ada")
print(user.name.upper())
print(user.email)
