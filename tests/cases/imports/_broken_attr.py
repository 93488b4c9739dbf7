print("_broken_attr runs")
value = 1
raise ValueError("failed while importing")
