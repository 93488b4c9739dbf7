class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    kelvin = property(lambda self: self._celsius + 273.15, doc="The temperature in kelvin.")

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        number_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return f"{value:{number_spec or '.1f'}}°{unit}"


t = Temperature(25)
print(f"{t} {t:.2fF} {t:K} {t:>8.0fC}")
t.fahrenheit = 212
print(t.celsius, t.kelvin, Temperature.kelvin.__doc__)
try:
    t.celsius = -300
except ValueError as err:
    print(err)
try:
    t.kelvin = 0
except AttributeError as err:
    print(type(err).__name__)
