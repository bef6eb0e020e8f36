"""Pure rules of the counter: entities, validation, codes, calendars. No Qt, no SQLAlchemy, no HTTP."""
