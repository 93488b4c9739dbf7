import sys
print("working")
sys.exit("fatal: config missing")
