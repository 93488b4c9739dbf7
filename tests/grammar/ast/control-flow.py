if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
if a: x = 1; y = 2
while a:
    break
while a:
    continue
else:
    pass
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for x, in z:
    pass
for x in 1, 2:
    pass
for x in *a, b:
    pass
for x.y in z:
    pass
for x[0] in z:
    pass
for x in y:
    pass
else:
    pass
return_value = 1
