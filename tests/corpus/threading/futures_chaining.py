from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION


def parse(text):
    return [int(x) for x in text.split(",")]


def total(numbers):
    return sum(numbers)


inputs = ["1,2,3", "4,5", "x,1", "10"]
with ThreadPoolExecutor(max_workers=2) as pool:
    parsed = [pool.submit(parse, text) for text in inputs]
    done, not_done = wait(parsed, return_when=FIRST_EXCEPTION)
    results = []
    for text, future in zip(inputs, parsed):
        try:
            results.append(pool.submit(total, future.result()).result())
        except ValueError as err:
            results.append(f"bad input {text!r}: {err}")
print(results)
callbacks = []
with ThreadPoolExecutor() as pool:
    f = pool.submit(pow, 2, 20)
    f.add_done_callback(lambda fut: callbacks.append(fut.result()))
print(callbacks, f.done(), f.exception())
