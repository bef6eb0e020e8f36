"""Counter hardware below the services: the PC/SC smart-card reader and the SANE document scanner.

Nothing here knows the database or the UI: ``smartcard`` reads a Thai national ID card into the domain's
``ThaiIdCard``, ``scanner`` drives ``scanimage`` and joins pages into one PDF. The services wrap them with
permissions and audit events. A missing driver, daemon or library is a quiet "no device", never an error.
"""
