"""Benchmarks and the workbook generators they (and the tests) share."""
