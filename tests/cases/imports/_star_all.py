__all__ = ["visible", "_private_but_listed"]
visible = 1
also_public = 2
_private_but_listed = 3
