# except* over exception groups: matching by type, the unmatched rest re-raised.
class AppError(Exception):
    pass


def fail_all(kinds):
    errors = [kind(f"failure {i}") for i, kind in enumerate(kinds)]
    raise ExceptionGroup("several failures", errors)


def handle(kinds):
    seen = []
    try:
        try:
            fail_all(kinds)
        except* ValueError as group:
            seen.append(("value", len(group.exceptions)))
        except* (TypeError, KeyError) as group:
            seen.append(("type or key", [type(e).__name__ for e in group.exceptions]))
        else:
            seen.append("nothing raised")
        finally:
            seen.append("finally")
    except* AppError as rest:
        seen.append(("rest", rest.message))
    return seen


print(handle([ValueError, TypeError, ValueError]))
print(handle([KeyError, AppError]))
try:
    try:
        raise OSError("naked")
    except* OSError as group:
        print(repr(group), group.exceptions)
        raise
except ExceptionGroup as group:
    print("re-raised", group.exceptions)
