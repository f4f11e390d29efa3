"""Use cases: accounts, records, import, statistics, demo data. Usable without Qt."""
