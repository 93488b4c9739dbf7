import cmath
inf, nan = cmath.inf, cmath.nan
vals = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(1, nan), complex(-inf, 1), complex(1e308, 1e308), complex(1e-310, 1e-310)]
for n in ['sqrt','exp','log','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']:
    for z in vals:
        try: r = getattr(cmath, n)(z)
        except Exception as e: r = type(e).__name__
        print(n, z, r)
