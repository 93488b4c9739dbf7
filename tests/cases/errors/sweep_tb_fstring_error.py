user = {"name": "Ann"}
print(f"Hello {user['name']}")
print(f"Age: {user['age']}")
