x = -not b
