# An uncaught SyntaxError from exec'd source prints its location block
# (File "<string>", the line and the carets) after the traceback.
print("before")
exec("total = 1\nvalue = (total +\n")
