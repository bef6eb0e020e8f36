"""Fixtures for storage tests: a real counter home with a set-up station, a fixed clock."""

from tests.helpers.home_fixtures import clock, services, staff

__all__ = ["clock", "services", "staff"]
