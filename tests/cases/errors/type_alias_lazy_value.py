# A type alias's value is evaluated on first access.
type Numbers = list[Missing]
print("alias defined:", Numbers)
print(Numbers.__value__)
