def one_space(n):
 if n:
  return "one-space indentation"
 return None


def eight_spaces():
        for i in range(1):
                if i == 0:
                        return "eight-space indentation"


class Mixed:
   three = "three spaces"

   def method(self):
         return "nine spaces inside"


def dedent_multiple():
    if True:
        if True:
            if True:
                value = "deep"
    return value


print(one_space(1), eight_spaces(), Mixed.three, Mixed().method(), dedent_multiple())
