from functools import lru_cache


def knapsack(items, capacity):
    """0/1 knapsack: items are (name, weight, value)."""
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (_, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c:
                best[i][c] = max(best[i][c], best[i - 1][c - weight] + value)
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]


def unbounded(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]


@lru_cache(maxsize=None)
def min_coins(amount, coins=(1, 5, 10, 25)):
    if amount == 0:
        return 0
    return 1 + min(min_coins(amount - c, coins) for c in coins if c <= amount)


loot = [("map", 1, 15), ("compass", 2, 10), ("water", 3, 9), ("food", 4, 20), ("tent", 6, 30)]
print(knapsack(loot, 8))
print(unbounded([1, 2, 5], 11), min_coins(63), min_coins.cache_info().hits > 0)
