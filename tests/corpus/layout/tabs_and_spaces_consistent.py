# Each block is consistent on its own: one uses tabs, another spaces.
def with_tabs(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
	return total


def with_spaces(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
    return total


def two_spaces(n):
  result = []
  while n:
    result.append(n % 10)
    n //= 10
  return result[::-1]


print(with_tabs(10), with_spaces(10), two_spaces(90210))
