from collections.abc import MutableSequence


class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)

    def _check(self, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(value).__name__}")
        return value

    def __getitem__(self, index):
        if isinstance(index, slice):
            return TypedList(self.kind, self._items[index])
        return self._items[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._items[index] = [self._check(v) for v in value]
        else:
            self._items[index] = self._check(value)

    def __delitem__(self, index):
        del self._items[index]

    def __len__(self):
        return len(self._items)

    def insert(self, index, value):
        self._items.insert(index, self._check(value))

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({self._items})"


nums = TypedList(int, [3, 1, 2])
nums.append(10)
nums += [20]
nums[0:2] = [7, 8]
nums.reverse()
print(nums, len(nums), nums[1:3], 8 in nums, nums.index(7), nums.count(2))
print(nums.pop(), nums.pop(0), nums, sum(nums), sorted(nums))
try:
    nums.append("x")
except TypeError as err:
    print(err)
