# memoryview over bytes and bytearray: items, slices, attributes, conversions.
b = b'hello world'
m = memoryview(b)
print(type(m).__name__, len(m), m[0], m[-1], m.readonly, m.format, m.itemsize)
print(m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.obj is b)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
print(m[1:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[-3:].tolist())
print(m[2:9:3].tolist(), m[2:9:3].strides, m[::-2].strides, len(m[5:2]))
print(bytes(m[6:]), bytearray(m[:5]), list(m[:3]), m.tolist()[:4])
print(m.hex(), m[:4].hex(':'), m[:6].hex('-', 2), m[:6].hex('-', -4))
print(b'>' + m[:2], b'' .join([m[:1], m[4:5]]), m[0:0].tobytes())
print(isinstance(m, memoryview), memoryview(m).tobytes(), memoryview(m).obj is b)
for x in m[:3]:
    print(x, end=' ')
print()
print(98 in m, 7 in m)

ba = bytearray(b'abcdef')
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 65
w[1:3] = b'XY'
print(ba)
s = w[2:5]
s[0] = ord('z')
s[-1] = 0x21
print(ba, s.tobytes())
w[::2] = b'123'
print(ba)
w[-1] = 255
print(ba, w[-1])
ba[0] = ord('q')
print(w[0], w.tobytes())
r = w.toreadonly()
print(r.readonly, r.tobytes())

# equality
print(m == b'hello world', m == bytearray(b'hello world'), m[:5] == b'hello', m == 'hello world')
print(m != b'x', memoryview(b'ab') == memoryview(bytearray(b'ab')), m[:2] == [104, 101])
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(m[::2]) == hash(b'hlowrd'))

# casts
c = memoryview(b'AB\xff').cast('c')
print(c.format, c[0], c.tolist(), c == memoryview(b'AB\xff'))
sb = memoryview(b'AB\xff').cast('b')
print(sb.format, sb.tolist(), sb[2], sb.cast('B').tolist())
cb = memoryview(bytearray(b'xyz')).cast('c')
cb[1] = b'Q'
print(cb.obj, cb.tolist())
i4 = memoryview(bytes(range(8))).cast('I')
print(i4.format, i4.itemsize, len(i4), i4.nbytes, i4.shape, i4.tolist(), i4.cast('B')[4])
print(memoryview(b'\x00\x00\x80?').cast('f').tolist(), memoryview(bytes(8)).cast('@d')[0])
