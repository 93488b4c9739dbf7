"""A two-pass assembler and emulator for a 4-register toy CPU."""
import re

SOURCE = """
        ; sum the numbers 1..10 into r0, then compute 10! into r2
        mov r0, 0
        mov r1, 10
loop:   add r0, r1
        dec r1
        jnz r1, loop
        mov r2, 1
        mov r1, 10
fact:   mul r2, r1
        dec r1
        jnz r1, fact
        out r0
        out r2
        hlt
"""
OPCODES = {"mov": 1, "add": 2, "mul": 3, "dec": 4, "jnz": 5, "out": 6, "hlt": 7}
LINE = re.compile(r"^\s*(?:(\w+):)?\s*(\w+)?\s*(.*?)\s*(?:;.*)?$")


def assemble(source):
    labels, parsed = {}, []
    for line in source.splitlines():
        label, op, operands = LINE.match(line).groups()
        if label:
            labels[label] = len(parsed)
        if op:
            parsed.append((op, [o.strip() for o in operands.split(",") if o.strip()]))
    words = []
    for op, operands in parsed:
        args = []
        for o in operands:
            if o.startswith("r"):
                args.append(("reg", int(o[1:])))
            elif o in labels:
                args.append(("imm", labels[o]))
            else:
                args.append(("imm", int(o)))
        words.append((OPCODES[op], args))
    return words, labels


def emulate(program):
    regs, pc, out, steps = [0] * 4, 0, [], 0
    value = lambda a: regs[a[1]] if a[0] == "reg" else a[1]
    while True:
        opcode, args = program[pc]
        pc += 1
        steps += 1
        if opcode == 1:
            regs[args[0][1]] = value(args[1])
        elif opcode == 2:
            regs[args[0][1]] += value(args[1])
        elif opcode == 3:
            regs[args[0][1]] *= value(args[1])
        elif opcode == 4:
            regs[args[0][1]] -= 1
        elif opcode == 5:
            if value(args[0]):
                pc = value(args[1])
        elif opcode == 6:
            out.append(value(args[0]))
        elif opcode == 7:
            return out, steps, regs


program, labels = assemble(SOURCE)
print(labels, len(program))
print(emulate(program))
