class Config:
    DEBUG = True
    LEVEL = int("high")
