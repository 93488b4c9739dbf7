class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.direction = 0
        self.requests = set()
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.requests.add(floor)

    def step(self):
        if not self.requests:
            self.direction = 0
            return False
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.log.append(f"open at {self.floor}")
            return True
        above = [f for f in self.requests if f > self.floor]
        below = [f for f in self.requests if f < self.floor]
        if self.direction >= 0 and above:
            self.direction = 1
        elif self.direction <= 0 and below:
            self.direction = -1
        else:
            self.direction = 1 if above else -1
        self.floor += self.direction
        return True


lift = Elevator(10)
script = {0: [5, 2], 3: [8], 4: [1], 9: [0]}
for tick in range(30):
    for floor in script.get(tick, []):
        lift.call(floor)
    if not lift.step() and tick > 9:
        break
print(lift.log, lift.floor, tick)
