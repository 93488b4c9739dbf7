data = [10, 20, 30]
for i in range(len(data) + 1):
    print(i, data[i] * 2)
