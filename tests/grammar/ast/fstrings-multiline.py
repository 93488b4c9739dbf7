x = 1
a = f"""first
{x}
last"""
b = f'''
    {
        x
    }
'''
c = f"""{x
}"""
d = (f"one {x} "
     f"two {x}")
e = f"""{x:>{
    10}}"""
