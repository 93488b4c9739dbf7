# -*- coding: utf-8 -*-
"""Page breaks (form feeds) separate sections, as in old Emacs code."""


def section_one():
    return 1


def section_two():
    return 2

print(section_one() + section_two())
