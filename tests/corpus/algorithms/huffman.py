import heapq
from collections import Counter


def huffman_codes(text):
    heap = [[weight, [symbol, ""]] for symbol, weight in sorted(Counter(text).items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        return {heap[0][1][0]: "0"}
    while len(heap) > 1:
        lo = heapq.heappop(heap)
        hi = heapq.heappop(heap)
        for pair in lo[1:]:
            pair[1] = "0" + pair[1]
        for pair in hi[1:]:
            pair[1] = "1" + pair[1]
        heapq.heappush(heap, [lo[0] + hi[0]] + lo[1:] + hi[1:])
    return dict(heapq.heappop(heap)[1:])


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def decode(bits, codes):
    reverse = {code: sym for sym, code in codes.items()}
    out, current = [], ""
    for bit in bits:
        current += bit
        if current in reverse:
            out.append(reverse[current])
            current = ""
    return "".join(out)


message = "this is an example of a huffman tree"
codes = huffman_codes(message)
bits = encode(message, codes)
print(len(bits), len(message) * 8, decode(bits, codes) == message)
for symbol in sorted(codes, key=lambda s: (len(codes[s]), s))[:6]:
    print(repr(symbol), codes[symbol])
