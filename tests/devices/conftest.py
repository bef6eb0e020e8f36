"""Fixtures of the device tests: a real counter home (services, staff) and the device stacks."""

from tests.helpers.device_stack import insert_card, pcsc_stack, sane_env
from tests.helpers.home_fixtures import clock, services, staff

__all__ = ["clock", "insert_card", "pcsc_stack", "sane_env", "services", "staff"]
