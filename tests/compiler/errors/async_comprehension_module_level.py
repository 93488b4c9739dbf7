values = [x async for x in source()]
