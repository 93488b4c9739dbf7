x = 1; y = 2; z = 3;
if x: a = 1; b = 2
def f(): return 1
x = 1 + \
    2 + \
    3
y = (1 +
     2)
z = [
    1,
    2
]
class A: pass
for i in x: continue
while 0: break
w = {
    'a': 1,
    'b': [
        2,
        3,
    ],
}
