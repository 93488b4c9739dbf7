def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)


try:
    shutdown(0)
except SystemExit as exit_request:
    print("caught SystemExit", exit_request.code)
shutdown(42)
