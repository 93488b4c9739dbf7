from __future__ import goto
