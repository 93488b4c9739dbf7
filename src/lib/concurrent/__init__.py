"""The `concurrent` package; its only member is `concurrent.futures`."""
