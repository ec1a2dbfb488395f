"""Benchmarks for ProspectDesk at 1k to 1M contacts (not part of the test suite).

Run ``python -m benchmarks.run``; see BENCHMARKS.md for what is measured and why.
"""
