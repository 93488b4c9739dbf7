import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("app.orders")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.propagate = False


def process(order_id, amount):
    log.debug("processing order %s", order_id)
    if amount <= 0:
        log.warning("order %s has non-positive amount %.2f", order_id, amount)
        return False
    if amount > 1000:
        log.error("order %s exceeds the limit", order_id)
        return False
    log.info("order %s accepted", order_id)
    return True


results = [process(i, amt) for i, amt in enumerate([10, -5, 5000, 99.5], 1)]
child = logging.getLogger("app.orders.audit")
child.info("child loggers propagate to their parent's handlers")
print(results)
print(stream.getvalue(), end="")
