def kmp_table(pattern):
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def kmp_search(text, pattern):
    table, k, hits = kmp_table(pattern), 0, []
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = table[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def rabin_karp(text, pattern, base=256, mod=1_000_003):
    m = len(pattern)
    if m > len(text):
        return []
    high = pow(base, m - 1, mod)
    target = current = 0
    for a, b in zip(pattern, text):
        target = (target * base + ord(a)) % mod
        current = (current * base + ord(b)) % mod
    hits = []
    for i in range(len(text) - m + 1):
        if current == target and text[i:i + m] == pattern:
            hits.append(i)
        if i + m < len(text):
            current = ((current - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return hits


def z_function(s):
    z = [0] * len(s)
    left = right = 0
    for i in range(1, len(s)):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z


text = "abracadabra abracadabra"
print(kmp_table("abacabab"), kmp_search(text, "abra"), rabin_karp(text, "cad"))
print(z_function("aabcaabxaaaz"))
