pattern = "\d+"
same = pattern is "\d+"
