xs = [3, 1, 4]
xs.append(1)
print(xs)
xs.extend([5, 9])
print(xs)
xs.extend("ab")
print(xs)
xs.insert(0, "start")
xs.insert(100, "end")
xs.insert(-1, "before end")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(1), xs.index(5), xs.count(1), xs.count("zz"))
print(xs.index(4, 1), xs.index(9, 2, 6))
xs.reverse()
print(xs)
ys = xs.copy()
ys.append("copy only")
print(len(xs), len(ys), xs == ys[:-1])
ys.clear()
print(ys, len(ys))
for action, call in [("pop empty", lambda: [].pop()), ("pop out of range", lambda: [1].pop(5)),
                     ("remove missing", lambda: [1, 2].remove(3)), ("index missing", lambda: [1, 2].index(3)),
                     ("index range", lambda: [1, 2, 3].index(3, 0, 2)), ("insert no arg", lambda: [].insert(1))]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as err:
        print(action, "->", type(err).__name__ + ":", err)
nums = [5, 2, 8, 1]
print(nums.sort(), nums, nums.append(0), nums.extend([]), nums)
