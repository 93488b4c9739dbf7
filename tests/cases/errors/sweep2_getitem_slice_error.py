text = "hello world"
words = text.split()
print(words[0][1:3], words[-1].upper())
index = {"first": 0, "second": 1}
print(words[index["second"]])
print(words[index["third"]].title())
