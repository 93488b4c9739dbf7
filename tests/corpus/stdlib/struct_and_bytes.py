import struct

header = struct.pack("<4sHHI", b"PYGL", 1, 13, 0xDEADBEEF)
print(header, len(header), struct.calcsize("<4sHHI"))
magic, major, minor, checksum = struct.unpack("<4sHHI", header)
print(magic.decode(), major, minor, hex(checksum))
records = b"".join(struct.pack(">hf", i, i / 4) for i in range(-2, 3))
print([(n, round(f, 2)) for n, f in struct.iter_unpack(">hf", records)])
buf = bytearray(8)
struct.pack_into(">Q", buf, 0, 2 ** 40 + 7)
print(buf.hex(), int.from_bytes(buf, "big"), (258).to_bytes(2, "little"), memoryview(buf)[6:].tolist())
