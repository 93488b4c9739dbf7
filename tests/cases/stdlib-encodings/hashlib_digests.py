# hashlib digests of known inputs.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:64])
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest() == hashlib.sha256(b"hello ").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(bytearray(b"abc")).digest()[:4], len(hashlib.sha512(b"x").digest()))
print(hashlib.md5("text".encode("utf-8")).hexdigest(), hashlib.new("SHA256", b"a").hexdigest()[:16])
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nosuch")
except ValueError as e:
    print("ValueError:", e)
