text = "a,b,c"
parts = text.split(",")
print(parts)
value = text.upper().split(",")[5].strip()
