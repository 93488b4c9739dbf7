import sys
import sysconfig

gil_check = getattr(sys, "_is_gil_enabled", None)
print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
print("GIL enabled:", gil_check() if gil_check else True)
print("switch interval:", sys.getswitchinterval())
