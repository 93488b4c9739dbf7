from enum import Enum
from datetime import datetime, timedelta


class Size(Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3


class Spot:
    def __init__(self, number, size):
        self.number, self.size, self.vehicle = number, size, None


class ParkingLot:
    RATES = {Size.SMALL: 1.0, Size.MEDIUM: 2.0, Size.LARGE: 3.5}

    def __init__(self, layout):
        self.spots = [Spot(i, size) for i, size in enumerate(layout, 1)]
        self.tickets = {}

    def park(self, plate, size, when):
        spot = next((s for s in self.spots if s.vehicle is None and s.size.value >= size.value), None)
        if spot is None:
            return None
        spot.vehicle = plate
        self.tickets[plate] = (spot, size, when)
        return spot.number

    def leave(self, plate, when):
        spot, size, start = self.tickets.pop(plate)
        spot.vehicle = None
        hours = max(1, -(-int((when - start).total_seconds()) // 3600))
        return hours * self.RATES[size]

    def occupancy(self):
        return "".join("#" if s.vehicle else "." for s in self.spots)


lot = ParkingLot([Size.SMALL, Size.SMALL, Size.MEDIUM, Size.LARGE])
t0 = datetime(2024, 1, 1, 9)
print(lot.park("CAR-1", Size.MEDIUM, t0), lot.park("BIKE-1", Size.SMALL, t0), lot.park("VAN-1", Size.LARGE, t0))
print(lot.park("CAR-2", Size.MEDIUM, t0), lot.occupancy())
print(lot.leave("CAR-1", t0 + timedelta(hours=2, minutes=5)), lot.occupancy())
print(lot.park("CAR-2", Size.MEDIUM, t0 + timedelta(hours=3)), lot.occupancy())
