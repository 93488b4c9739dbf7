x = kf"abc"
