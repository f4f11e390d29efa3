"""Plain types, value objects and validation; standard library only."""
