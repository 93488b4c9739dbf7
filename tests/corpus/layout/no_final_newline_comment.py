x = 42
print(x)
# ends in a comment with no newline