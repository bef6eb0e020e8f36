"""The codes of the errors shown calmly to the officer (``KnownError.code``), one enum for every layer.

``ui.messages.ERROR_TEXT`` holds the Thai text of each member (English through the translator); a test
checks that every member has both and that every code raised in ``app``, ``printing`` and ``sync`` is a
member. ``ErrorCode`` is a ``StrEnum``: a member equals its string, so logs and the command line's
``--json`` output keep the stable code text.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Why an action was refused or an environment failed (never a bug: bugs are exceptions)."""

    # sign-in and users
    BAD_CREDENTIALS = "bad_credentials"
    ACCOUNT_LOCKED = "account_locked"
    PERMISSION_DENIED = "permission_denied"
    USERNAME_TAKEN = "username_taken"
    USERNAME_INVALID = "username_invalid"
    DISPLAY_NAME_REQUIRED = "display_name_required"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_MISMATCH = "password_mismatch"
    USER_NOT_FOUND = "user_not_found"
    CANNOT_DISABLE_SELF = "cannot_disable_self"
    CANNOT_RESET_OWN_PASSWORD = "cannot_reset_own_password"
    PASSWORD_UNCHANGED = "password_unchanged"

    # station set-up and the database
    ALREADY_INITIALIZED = "already_initialized"
    NOT_INITIALIZED = "not_initialized"
    STATION_CODE_INVALID = "station_code_invalid"
    STATION_NAME_REQUIRED = "station_name_required"
    EPOCH_INVALID = "epoch_invalid"
    DATABASE_BUSY = "database_busy"
    DATABASE_KEY_MISSING = "database_key_missing"
    DATABASE_KEY_WRONG = "database_key_wrong"
    DATABASE_DAMAGED = "database_damaged"
    DATABASE_MISSING = "database_missing"
    MIGRATION_FAILED = "migration_failed"
    DATABASE_NEWER = "database_newer"
    RECOVERY_CODE_WRONG = "recovery_code_wrong"
    RECOVERY_FILE_MISSING = "recovery_file_missing"
    BACKUP_MISSING = "backup_missing"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_UNREADABLE = "backup_unreadable"
    DISK_FULL = "disk_full"

    # records
    VALIDATION_FAILED = "validation_failed"
    NOT_FOUND = "not_found"
    RECORD_NOT_FOUND = "record_not_found"
    RECORD_VOIDED = "record_voided"
    WRONG_RECORD_KIND = "wrong_record_kind"
    REASON_REQUIRED = "reason_required"
    REASON_TOO_LONG = "reason_too_long"
    NO_CHANGES = "no_changes"
    STALE_VERSION = "stale_version"
    LINKED_RECORD_MISSING = "linked_record_missing"
    LINKED_RECORD_SELF = "linked_record_self"
    DRAFT_TOO_LARGE = "draft_too_large"
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_DAMAGED = "attachment_damaged"
    HOLIDAY_NAME_REQUIRED = "holiday_name_required"
    VISIT_CLOSED = "visit_closed"
    PETITIONS_UNAVAILABLE = "petitions_unavailable"
    DEMO_KIND_INVALID = "demo_kind_invalid"

    # printing
    PRINT_JOB_NOT_FOUND = "print_job_not_found"
    PRINT_JOB_NOT_PENDING = "print_job_not_pending"
    PRINTER_OFFLINE = "printer_offline"
    PRINTER_UNREACHABLE = "printer_unreachable"
    PRINTER_PAPER_OUT = "printer_paper_out"
    PRINTER_COVER_OPEN = "printer_cover_open"
    PRINTER_SPOOLER_PAUSED = "printer_spooler_paused"
    PRINTER_WRITE_FAILED = "printer_write_failed"
    PRINTER_BAD_URI = "printer_bad_uri"
    PRINTER_PROFILE_UNKNOWN = "printer_profile_unknown"
    PRINTER_PROFILE_TOO_NARROW = "printer_profile_too_narrow"
    PRINTER_NOT_AVAILABLE = "printer_not_available"
    PRINTER_INTERNAL_ERROR = "printer_internal_error"
    OS_PRINT_FAILED = "os_print_failed"
    PAPER_OUT = "paper_out"

    # the central service
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_URL_INVALID = "server_url_invalid"
    NOT_CONNECTED = "not_connected"
    SYNC_RUNNING = "sync_running"
    TOKEN_FILE_MISSING = "token_file_missing"
    REFERENCE_FILE_UNREADABLE = "reference_file_unreadable"
    TOKEN_EMPTY = "token_empty"
    TOKEN_REFUSED = "token_refused"
    CA_BUNDLE_MISSING = "ca_bundle_missing"
    QUEUE_ITEM_NOT_FOUND = "queue_item_not_found"
    QUEUE_ACTION_NOT_ALLOWED = "queue_action_not_allowed"
    RECONCILIATION_NOT_FOUND = "reconciliation_not_found"

    # personal data access (issue 9): sessions, disks, command-line sign-in, settings
    DISK_FAILED = "disk_failed"
    SESSION_ENDED = "session_ended"
    CANNOT_CHANGE_OWN_ROLE = "cannot_change_own_role"
    USER_REQUIRED = "user_required"
    PASSWORD_REQUIRED = "password_required"
    PASSWORD_FILE_MISSING = "password_file_missing"
    PASSWORD_FILE_INSECURE = "password_file_insecure"
    DEMO_REFUSED_CONNECTED = "demo_refused_connected"
    SETTING_INVALID = "setting_invalid"
    SETTING_UNKNOWN = "setting_unknown"

    # center trust (issue 8) and ratings (issue 11)
    SERVER_URL_INSECURE = "server_url_insecure"
    ALREADY_RATED = "already_rated"

    # backups and recovery (issue 9)
    BACKUP_TOO_NEW = "backup_too_new"
    BACKUP_NOT_COUNTER = "backup_not_counter"
    NO_GOOD_BACKUP = "no_good_backup"
    DATABASE_NOT_DAMAGED = "database_not_damaged"
    RECOVERY_DECLINED = "recovery_declined"

    # PDPA lifecycle (issue 9)
    PERSON_KEY_REQUIRED = "person_key_required"
    RECORD_ERASED = "record_erased"
    KEY_VAULT_MISSING = "key_vault_missing"
    KEY_VAULT_WRONG = "key_vault_wrong"
    PAYLOAD_DAMAGED = "payload_damaged"

    # devices (issue 12)
    CARD_REMOVED = "card_removed"
    NOT_THAI_ID_CARD = "not_thai_id_card"
    CARD_UNREADABLE = "card_unreadable"
    PCSC_UNAVAILABLE = "pcsc_unavailable"
    SCAN_CANCELLED = "scan_cancelled"
    SCAN_FAILED = "scan_failed"
    NO_SCANNER = "no_scanner"

    @classmethod
    def of(cls, code: str) -> ErrorCode | str:
        """The member for ``code``; the string itself when this build does not know it (a newer server or
        plugin), so the officer still sees the generic text with the code."""
        try:
            return cls(code)
        except ValueError:
            return code
