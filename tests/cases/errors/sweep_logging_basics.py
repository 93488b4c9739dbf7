import logging, sys
log = logging.getLogger("app")
log.warning("no config: %s", "bare")
log.info("not shown")
logging.warning("root warning %d", 5)
logging.info("hidden at WARNING")
logging.getLogger().setLevel(logging.DEBUG)
logging.debug("now shown")
log.error("error from app")
child = logging.getLogger("app.db")
child.critical("child critical")
print(log.getEffectiveLevel(), child.parent.name, logging.getLevelName(30), logging.getLevelName("INFO"))
h = logging.StreamHandler(sys.stderr)
h.setFormatter(logging.Formatter("[%(levelname)s] %(name)s - %(message)s"))
out = logging.getLogger("out"); out.addHandler(h); out.propagate = False; out.setLevel(logging.INFO)
out.info("to stdout %s", {"k": 1})
out.debug("skipped")
try:
    1 / 0
except ZeroDivisionError:
    out.exception("failed")
print(repr(out), logging.root)
raise SystemExit(1)
