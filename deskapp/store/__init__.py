"""SQLAlchemy models, engine and session setup, and the queries (domain types only above)."""
