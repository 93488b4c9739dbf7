from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subscribers = defaultdict(list)

    def subscribe(self, topic, handler=None):
        if handler is None:
            def decorator(fn):
                self._subscribers[topic].append(fn)
                return fn
            return decorator
        self._subscribers[topic].append(handler)
        return lambda: self._subscribers[topic].remove(handler)

    def publish(self, topic, **payload):
        delivered = 0
        for handler in list(self._subscribers[topic]) + list(self._subscribers["*"]):
            handler(topic, **payload)
            delivered += 1
        return delivered


bus = EventBus()
audit = []


@bus.subscribe("user.created")
def welcome(topic, name, **_):
    print(f"welcome, {name}!")


@bus.subscribe("*")
def record(topic, **payload):
    audit.append((topic, tuple(sorted(payload))))


unsubscribe = bus.subscribe("order.paid", lambda topic, amount, **_: print(f"paid {amount:.2f}"))
print(bus.publish("user.created", name="ada", admin=False))
print(bus.publish("order.paid", amount=12.5, order_id=7))
unsubscribe()
print(bus.publish("order.paid", amount=1))
print(audit)
