public = "p"
_hidden = "h"


def helper():
    return "helper"
