#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments in every place the grammar allows them.

import os  # after a statement
# between statements


def documented(  # after an opening bracket
    first,  # after a parameter
    # on its own line inside brackets
    second=2,
):  # after the colon
    # first line of the body
    result = (
        first  # in an expression
        + second
    )
    return result  # trailing
    # after the return, still in the body


# before a decorator
@staticmethod  # after a decorator
# between a decorator and its function
def decorated():
    pass


class Example:  # after a class header
    # before an attribute
    value = [  # after a bracket
        1,  # one
        2,  # two
    ]  # closing

    def method(self):
        if self.value:  # condition
            # inside if
            return True
        # between if and else
        else:
            return False
            # dangling in a block
# at column zero after a dedent


data = {  # dict
    "a": 1,  # entry
    # comment line in a dict
}
print(documented(1), Example().method(), data, os.sep)  # done
#no space after hash
    # indented comment at module level
# final comment without code after it
