import asyncio


async def handle(reader, writer):
    while data := await reader.readline():
        message = data.decode().strip()
        reply = message.upper() if message != "quit" else "bye"
        writer.write((reply + "\n").encode())
        await writer.drain()
        if message == "quit":
            break
    writer.close()
    await writer.wait_closed()


async def client(port, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for line in lines:
        writer.write((line + "\n").encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(await client(port, ["hello", "async world", "quit"]))


if __name__ == "__main__":
    asyncio.run(main())
