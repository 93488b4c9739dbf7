x = 1 + \
2
if x == 3 \
   and True:
    print("continued condition")
s = "a" \
    "b"
print(s)
numbers = [1, 2, \
           3]
print(numbers)
def f(a,
      b): return \
    a * b
print(f(6, 7))
y = (1 +  # comment after operator
     2)
print(x, y)
