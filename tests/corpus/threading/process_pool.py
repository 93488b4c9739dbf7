import multiprocessing


def heavy(n):
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        print(pool.map(heavy, [10, 100, 1000, 10000]))
