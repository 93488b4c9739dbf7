total_count = 10
def show():
    print(total_cont)
show()
