type X = await x
