# A package module that imports its siblings relatively. It only compiles here:
# run as part of a package, `from . import x` finds the sibling modules.
from . import models
from .models import User, Group as Team
from .. import settings
from ..utils.text import slugify, unslugify
from ... import toplevel
from .helpers import (
    helper_one,
    helper_two as second,
)
from .compat import *


def describe(user: "User") -> str:
    return f"{slugify(user.name)} in {Team.__name__} ({settings.MODE})"


__all__ = ["describe", "models", "helper_one", "second", "toplevel", "unslugify"]
