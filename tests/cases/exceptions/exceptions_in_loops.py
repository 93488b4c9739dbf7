data = ["10", "x", "30", None, "-5", "4.5"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as err:
        errors.append(f"value: {err}")
        continue
    except TypeError as err:
        errors.append(f"type: {err}")
        continue
    print("added", item)
print(total, errors, sep="\n")
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except ConnectionError as err:
        print(err)
results = []
for divisor in [2, 0, 5]:
    try:
        results.append(10 / divisor)
    except ZeroDivisionError:
        results.append(None)
    finally:
        results.append("|")
print(results)
