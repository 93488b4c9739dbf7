# release(), the context manager, and the bytearray that a view pins.
ba = bytearray(b'abc')
m = memoryview(ba)
try:
    ba.append(100)
except BufferError as e:
    print('BufferError:', e)
for op in (lambda: ba.extend(b'xy'), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.insert(0, 1),
           lambda: ba.remove(97), lambda: ba.__iadd__(b'z'), lambda: ba.__delitem__(0)):
    try:
        op()
    except BufferError as e:
        print('BufferError:', e)
ba[0:2] = b'XY'
ba += b''
print(ba, m.tobytes())
try:
    ba[0:1] = b'123'
except BufferError as e:
    print('BufferError:', e)
try:
    ba *= 2
except BufferError as e:
    print('BufferError:', e)
m.release()
m.release()
ba.append(100)
print(ba)
for op in (lambda: m.tobytes(), lambda: len(m), lambda: m[0], lambda: m.tolist(), lambda: m.hex(),
           lambda: m.format, lambda: m.nbytes, lambda: bytes(m), lambda: m.cast('b'), lambda: hash(m)):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
print(m == m, m == memoryview(b'abcd'))

with memoryview(ba) as v:
    print(v is not None, v.tobytes())
    try:
        ba.append(1)
    except BufferError as e:
        print('in with:', e)
ba.append(101)
print(ba)
try:
    v[0]
except ValueError as e:
    print(e)

# a slice keeps the bytearray pinned after its parent is released
p = memoryview(ba)
q = p[1:3]
p.release()
try:
    ba.append(1)
except BufferError as e:
    print('slice pins:', e)
q.release()
ba.append(1)
print(len(ba))

# views nobody holds any more do not pin
def peek(data):
    return bytes(memoryview(data)[1:3])
print(peek(ba))
ba.append(2)
t = memoryview(ba)
del t
ba.append(3)
print(ba)
