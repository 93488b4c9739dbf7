class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__secret_id = Account.__count

    def __private_method(self):
        return f"secret {self.__secret_id}"

    def reveal(self):
        return self.__private_method()

    @classmethod
    def count(cls):
        return cls.__count

    def check(self, other):
        return self.__owner == other.__owner


class Premium(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = owner.upper()

    def owners(self):
        return self.__owner, self._Account__owner


a, b = Account("ann"), Premium("bob")
print(a.reveal(), b.reveal(), Account.count(), b.owners(), a.check(Account("ann")))
print(sorted(k for k in vars(b)), hasattr(a, "__owner"), a._Account__owner)
print([name for name in dir(Account) if "private" in name])


class __Dunder__:
    __not_mangled__ = 1
    _single = 2
    __mangled = 3

    def names(self):
        return self.__not_mangled__, self._single, self.__mangled


print(__Dunder__().names(), "_Dunder__mangled" in vars(__Dunder__))
