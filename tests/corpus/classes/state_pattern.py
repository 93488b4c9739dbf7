class State:
    name = "abstract"

    def on_event(self, machine, event):
        raise NotImplementedError

    def __repr__(self):
        return self.name


class Idle(State):
    name = "idle"

    def on_event(self, machine, event):
        if event == "coin":
            machine.credit += 1
            return Ready()
        return self


class Ready(State):
    name = "ready"

    def on_event(self, machine, event):
        if event == "coin":
            machine.credit += 1
        elif event == "push":
            machine.credit -= 1
            machine.dispensed += 1
            return Idle() if machine.credit == 0 else self
        elif event == "refund":
            machine.refunded += machine.credit
            machine.credit = 0
            return Idle()
        return self


class VendingMachine:
    def __init__(self):
        self.state = Idle()
        self.credit = self.dispensed = self.refunded = 0
        self.trace = []

    def send(self, *events):
        for event in events:
            self.state = self.state.on_event(self, event)
            self.trace.append(f"{event}->{self.state!r}")
        return self


vm = VendingMachine().send("push", "coin", "coin", "push", "refund", "coin", "push")
print(vm.trace)
print(vm.credit, vm.dispensed, vm.refunded, vm.state)
