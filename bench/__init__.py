"""Benchmarks: ``python -m bench`` runs every ``bench_*.py`` module and writes docs/BENCHMARKS.md."""
