from collections import deque

prices = [101.2, 102.5, 101.8, 103.1, 104.6, 103.9, 105.2, 106.0, 104.8, 107.3, 108.1, 107.5]


def simple_moving_average(values, window):
    q, total, out = deque(), 0.0, []
    for v in values:
        q.append(v)
        total += v
        if len(q) > window:
            total -= q.popleft()
        out.append(round(total / len(q), 3) if len(q) == window else None)
    return out


def exponential_moving_average(values, alpha):
    ema, out = None, []
    for v in values:
        ema = v if ema is None else alpha * v + (1 - alpha) * ema
        out.append(round(ema, 3))
    return out


def crossovers(fast, slow):
    signals = []
    for i in range(1, len(fast)):
        if None in (fast[i - 1], slow[i - 1], fast[i], slow[i]):
            continue
        if fast[i - 1] <= slow[i - 1] and fast[i] > slow[i]:
            signals.append((i, "buy"))
        elif fast[i - 1] >= slow[i - 1] and fast[i] < slow[i]:
            signals.append((i, "sell"))
    return signals


sma3 = simple_moving_average(prices, 3)
sma5 = simple_moving_average(prices, 5)
print(sma3, sma5, exponential_moving_average(prices, 0.3), crossovers(sma3, sma5), sep="\n")
