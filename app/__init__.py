"""PSC Counter: the counter client of the Government Complaint Center 1111."""

__version__ = "0.1.0"
