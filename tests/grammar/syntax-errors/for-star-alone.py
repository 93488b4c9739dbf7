for * in x: pass
