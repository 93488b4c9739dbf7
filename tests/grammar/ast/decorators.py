@d
def f(): pass
@d
@e
def f(): pass
@d()
def f(): pass
@d.e.f
def f(): pass
@d[0]
def f(): pass
@(lambda f: f)
def f(): pass
@d
async def f(): pass
@d
class A: pass
@d(1, a=2)
@e
class A(B):
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
@x := y
def f(): pass
