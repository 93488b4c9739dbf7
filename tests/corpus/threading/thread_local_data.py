import threading

context = threading.local()
results = {}
results_lock = threading.Lock()


def handle_request(user):
    context.user = user
    context.steps = []
    for step in ("auth", "load", "render"):
        context.steps.append(f"{step}:{context.user}")
    with results_lock:
        results[user] = list(context.steps)


threads = [threading.Thread(target=handle_request, args=(name,)) for name in ("ann", "bob", "cy")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for user in sorted(results):
    print(user, results[user])
print(hasattr(context, "user"))
