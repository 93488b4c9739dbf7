"""A stack machine with a tiny assembler: labels, jumps, calls."""

PROGRAM = """
    push 10
    call fact
    print
    push 0
loop:
    dup
    push 5
    lt
    jz end
    dup
    print
    push 1
    add
    jmp loop
end:
    halt

fact:            ; n -> n!
    dup
    push 1
    gt
    jz fact_base
    dup
    push 1
    sub
    call fact
    mul
    ret
fact_base:
    pop
    push 1
    ret
"""


def assemble(text):
    code, labels = [], {}
    for raw in text.splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(arg, int(arg) if arg and arg.lstrip("-").isdigit() else arg))
            for op, arg in code]


def run(code, trace=False):
    stack, calls, pc, output = [], [], 0, []
    binary = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b)}
    while True:
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op in binary:
            b, a = stack.pop(), stack.pop()
            stack.append(binary[op](a, b))
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            output.append(stack.pop())
        elif op == "halt":
            return output
        else:
            raise ValueError(f"unknown instruction {op}")


code = assemble(PROGRAM)
print(len(code), code[:3])
print(run(code))
