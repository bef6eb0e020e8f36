"""The one table from codes (``IssueCode``, ``KnownError.code``) to the words the officer reads.

Thai is the source text; English comes from the translator (``QCoreApplication.translate`` with the
``Messages`` context, which ``pyside6-lupdate`` extracts from the ``QT_TRANSLATE_NOOP`` marks below).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.issues import FieldIssue, IssueCode
from app.domain.records import ComplaintType, IdentityMode, QueueState, RecordKind
from sync.protocol import CentralStatus

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` and returns it unchanged.

    Qt's own ``QT_TRANSLATE_NOOP`` is typed ``object``; this one has the same name, so ``pyside6-lupdate``
    still finds every mark, and returns ``str`` for mypy.
    """
    del context
    return text


ISSUE_TEXT: dict[IssueCode, str] = {
    IssueCode.REQUIRED: QT_TRANSLATE_NOOP("Messages", "กรุณากรอกข้อมูลนี้"),
    IssueCode.TOO_LONG: QT_TRANSLATE_NOOP("Messages", "ข้อความยาวเกินกำหนด"),
    IssueCode.NATIONAL_ID_LENGTH: QT_TRANSLATE_NOOP("Messages", "เลขประจำตัวประชาชนต้องมี 13 หลัก"),
    IssueCode.NATIONAL_ID_CHECKSUM: QT_TRANSLATE_NOOP(
        "Messages", "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบกับบัตรอีกครั้ง"
    ),
    IssueCode.NATIONAL_ID_FIRST_DIGIT: QT_TRANSLATE_NOOP("Messages", "เลขประจำตัวประชาชนไม่ขึ้นต้นด้วย 0 หรือ 9"),
    IssueCode.NATIONAL_ID_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Messages", "กรุณาอ่านเลขประจำตัวประชาชนทวนให้ผู้ร้องฟังแล้วทำเครื่องหมายยืนยัน"
    ),
    IssueCode.PASSPORT_FORMAT: QT_TRANSLATE_NOOP("Messages", "เลขหนังสือเดินทางไม่ถูกรูปแบบ"),
    IssueCode.PHONE_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081 234 5678 หรือ 02 123 4567)"
    ),
    IssueCode.EMAIL_FORMAT: QT_TRANSLATE_NOOP("Messages", "อีเมลไม่ถูกรูปแบบ"),
    IssueCode.POSTCODE_FORMAT: QT_TRANSLATE_NOOP("Messages", "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก"),
    IssueCode.POSTCODE_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "ไม่พบรหัสไปรษณีย์นี้"),
    IssueCode.POSTCODE_MISMATCH: QT_TRANSLATE_NOOP("Messages", "รหัสไปรษณีย์ไม่ตรงกับตำบล/แขวงที่เลือก"),
    IssueCode.UNKNOWN_CODE: QT_TRANSLATE_NOOP("Messages", "กรุณาเลือกจากรายการ"),
    IssueCode.PDPA_NOT_ACKNOWLEDGED: QT_TRANSLATE_NOOP(
        "Messages", "กรุณาแจ้งประกาศความเป็นส่วนตัว (PDPA) ให้ผู้ร้องทราบก่อนบันทึก"
    ),
    IssueCode.CONTACT_NEEDED: QT_TRANSLATE_NOOP(
        "Messages", "กรุณากรอกช่องทางติดต่ออย่างน้อยหนึ่งช่องทาง (โทรศัพท์ อีเมล LINE หรือที่อยู่)"
    ),
    IssueCode.NUMBER_RANGE: QT_TRANSLATE_NOOP("Messages", "ตัวเลขอยู่นอกช่วงที่รับได้"),
    IssueCode.TIME_ORDER: QT_TRANSLATE_NOOP("Messages", "เวลาไม่เรียงลำดับ"),
    IssueCode.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "ไฟล์มีขนาดใหญ่เกินกำหนด"),
    IssueCode.DUPLICATE: QT_TRANSLATE_NOOP("Messages", "ข้อมูลนี้ซ้ำกับรายการอื่น"),
    IssueCode.DATE_FORMAT: QT_TRANSLATE_NOOP(
        "Messages", "วันที่ไม่ถูกต้อง กรุณากรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 15/01/2530"
    ),
}

ERROR_TEXT: dict[str, str] = {
    # sign-in and users
    "bad_credentials": QT_TRANSLATE_NOOP("Messages", "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"),
    "account_locked": QT_TRANSLATE_NOOP(
        "Messages", "บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณารอสักครู่แล้วลองใหม่"
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "บัญชีของท่านไม่มีสิทธิ์ทำรายการนี้"),
    "username_taken": QT_TRANSLATE_NOOP("Messages", "มีชื่อผู้ใช้นี้อยู่แล้ว"),
    "username_invalid": QT_TRANSLATE_NOOP("Messages", "ชื่อผู้ใช้ต้องไม่ว่าง ไม่มีช่องว่าง และยาวไม่เกิน 64 ตัวอักษร"),
    "display_name_required": QT_TRANSLATE_NOOP("Messages", "กรุณากรอกชื่อ-นามสกุล"),
    "password_too_short": QT_TRANSLATE_NOOP("Messages", "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร"),
    "password_mismatch": QT_TRANSLATE_NOOP("Messages", "รหัสผ่านทั้งสองช่องไม่ตรงกัน"),
    "user_not_found": QT_TRANSLATE_NOOP("Messages", "ไม่พบผู้ใช้นี้"),
    "cannot_disable_self": QT_TRANSLATE_NOOP("Messages", "ไม่สามารถระงับบัญชีของตนเองได้"),
    # station set-up and the database
    "already_initialized": QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ตั้งค่าเริ่มต้นไว้แล้ว"),
    "not_initialized": QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ยังไม่ได้ตั้งค่าจุดบริการ"),
    "station_code_invalid": QT_TRANSLATE_NOOP("Messages", "รหัสจุดบริการต้องเป็นตัวเลข 1–999"),
    "station_name_required": QT_TRANSLATE_NOOP("Messages", "กรุณากรอกชื่อจุดบริการ"),
    "epoch_invalid": QT_TRANSLATE_NOOP("Messages", "เลขรอบการติดตั้งต้องเป็น 0–9"),
    "database_busy": QT_TRANSLATE_NOOP("Messages", "ฐานข้อมูลกำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้ง"),
    "database_key_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ ต้องใช้รหัสกู้คืนที่เก็บไว้ในตู้นิรภัย"),
    "database_key_wrong": QT_TRANSLATE_NOOP(
        "Messages", "กุญแจไม่ตรงกับฐานข้อมูล กรุณาแจ้งผู้ดูแลระบบ (อาจต้องใช้รหัสกู้คืน)"
    ),
    "database_damaged": QT_TRANSLATE_NOOP("Messages", "ฐานข้อมูลเสียหาย กรุณาแจ้งผู้ดูแลระบบเพื่อกู้คืนจากไฟล์สำรอง"),
    "database_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์ฐานข้อมูล"),
    "migration_failed": QT_TRANSLATE_NOOP("Messages", "ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบ"),
    "recovery_code_wrong": QT_TRANSLATE_NOOP("Messages", "รหัสกู้คืนไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่"),
    "recovery_file_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์กู้คืนในเครื่องนี้ กรุณาแจ้งผู้ดูแลระบบ"),
    "backup_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์สำรอง"),
    "backup_damaged": QT_TRANSLATE_NOOP("Messages", "ไฟล์สำรองเสียหาย"),
    "backup_unreadable": QT_TRANSLATE_NOOP("Messages", "อ่านไฟล์สำรองไม่ได้"),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "พื้นที่ดิสก์เต็ม กรุณาแจ้งผู้ดูแลระบบ"),
    # records
    "validation_failed": QT_TRANSLATE_NOOP("Messages", "ข้อมูลยังไม่ครบถ้วน กรุณาแก้ไขช่องที่มีข้อความสีแดง"),
    "not_found": QT_TRANSLATE_NOOP("Messages", "ไม่พบข้อมูลที่ต้องการ"),
    "record_not_found": QT_TRANSLATE_NOOP("Messages", "ไม่พบเรื่องนี้"),
    "record_voided": QT_TRANSLATE_NOOP("Messages", "เรื่องนี้ถูกยกเลิกแล้ว แก้ไขไม่ได้"),
    "wrong_record_kind": QT_TRANSLATE_NOOP("Messages", "รายการนี้ไม่ใช่เรื่องร้องทุกข์"),
    "reason_required": QT_TRANSLATE_NOOP("Messages", "กรุณาระบุเหตุผลการแก้ไข"),
    "reason_too_long": QT_TRANSLATE_NOOP("Messages", "เหตุผลการแก้ไขยาวเกินกำหนด"),
    "no_changes": QT_TRANSLATE_NOOP("Messages", "ยังไม่มีการแก้ไขข้อมูล จึงไม่ได้บันทึกฉบับใหม่"),
    "stale_version": QT_TRANSLATE_NOOP("Messages", "เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเปิดรายการใหม่แล้วแก้ไขอีกครั้ง"),
    "linked_record_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบเรื่องเดิมที่เชื่อมโยงไว้"),
    "linked_record_self": QT_TRANSLATE_NOOP("Messages", "เชื่อมโยงเรื่องกับตัวเองไม่ได้"),
    "draft_too_large": QT_TRANSLATE_NOOP("Messages", "ฉบับร่างมีขนาดใหญ่เกินไป จึงไม่ได้บันทึกอัตโนมัติ"),
    "attachment_too_large": QT_TRANSLATE_NOOP("Messages", "ไฟล์มีขนาดใหญ่เกินกำหนด"),
    "attachment_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์เอกสารแนบ"),
    "attachment_damaged": QT_TRANSLATE_NOOP("Messages", "ไฟล์เอกสารแนบเสียหาย"),
    # devices: ID-card reader and document scanner
    "card_removed": QT_TRANSLATE_NOOP(
        "Messages", "บัตรถูกดึงออกก่อนอ่านเสร็จ ข้อมูลในแบบฟอร์มยังเหมือนเดิม กรุณาเสียบบัตรใหม่อีกครั้ง"
    ),
    "not_thai_id_card": QT_TRANSLATE_NOOP("Messages", "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน อ่านข้อมูลไม่ได้"),
    "card_unreadable": QT_TRANSLATE_NOOP("Messages", "อ่านข้อมูลจากบัตรไม่สำเร็จ กรุณาเสียบบัตรใหม่อีกครั้ง"),
    "pcsc_unavailable": QT_TRANSLATE_NOOP("Messages", "ไม่พบเครื่องอ่านบัตรประจำตัวประชาชน"),
    "scan_cancelled": QT_TRANSLATE_NOOP("Messages", "ยกเลิกการสแกนแล้ว ไม่ได้บันทึกเอกสาร"),
    "scan_failed": QT_TRANSLATE_NOOP("Messages", "สแกนเอกสารไม่สำเร็จ กรุณาตรวจสอบเครื่องสแกนแล้วลองใหม่"),
    "no_scanner": QT_TRANSLATE_NOOP("Messages", "ไม่พบเครื่องสแกนเอกสาร"),
    "holiday_name_required": QT_TRANSLATE_NOOP("Messages", "กรุณากรอกชื่อวันหยุด"),
    "visit_closed": QT_TRANSLATE_NOOP("Messages", "ปิดการเยือนของกลุ่มนี้แล้ว"),
    "petitions_unavailable": QT_TRANSLATE_NOOP("Messages", "ยังไม่มีบริการบันทึกการประสานมวลชนในรุ่นนี้"),
    "demo_kind_invalid": QT_TRANSLATE_NOOP("Messages", "ประเภทข้อมูลตัวอย่างไม่ถูกต้อง"),
    # printing
    "print_job_not_found": QT_TRANSLATE_NOOP("Messages", "ไม่พบงานพิมพ์นี้"),
    "print_job_not_pending": QT_TRANSLATE_NOOP("Messages", "งานพิมพ์นี้พิมพ์แล้วหรือถูกยกเลิกแล้ว"),
    "printer_offline": QT_TRANSLATE_NOOP(
        "Messages", "เครื่องพิมพ์ไม่พร้อมใช้งาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเครื่องพร้อม"
    ),
    "printer_unreachable": QT_TRANSLATE_NOOP(
        "Messages", "ติดต่อเครื่องพิมพ์ไม่ได้ (ปิดเครื่องหรือสายหลุด) ระบบจะลองพิมพ์ใหม่อัตโนมัติ"
    ),
    "printer_paper_out": QT_TRANSLATE_NOOP("Messages", "กระดาษหมด กรุณาเติมกระดาษ ระบบจะพิมพ์ให้อัตโนมัติ"),
    "printer_cover_open": QT_TRANSLATE_NOOP("Messages", "ฝาเครื่องพิมพ์เปิดอยู่ กรุณาปิดฝา"),
    "printer_write_failed": QT_TRANSLATE_NOOP("Messages", "ส่งข้อมูลไปเครื่องพิมพ์ไม่สำเร็จ ระบบจะลองใหม่"),
    "printer_bad_uri": QT_TRANSLATE_NOOP("Messages", "ตั้งค่าที่อยู่เครื่องพิมพ์ไม่ถูกต้อง กรุณาแจ้งผู้ดูแลระบบ"),
    "printer_profile_unknown": QT_TRANSLATE_NOOP("Messages", "ไม่รู้จักรุ่นเครื่องพิมพ์ที่ตั้งค่าไว้"),
    "printer_profile_too_narrow": QT_TRANSLATE_NOOP("Messages", "ความกว้างกระดาษที่ตั้งไว้กว้างเกินกว่าเครื่องพิมพ์รุ่นนี้"),
    "printer_not_available": QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ไม่รองรับการเชื่อมต่อเครื่องพิมพ์แบบนี้"),
    "printer_internal_error": QT_TRANSLATE_NOOP("Messages", "พิมพ์ไม่สำเร็จเพราะข้อผิดพลาดภายในโปรแกรม"),
    "os_print_failed": QT_TRANSLATE_NOOP("Messages", "ส่งงานพิมพ์ไปที่เครื่องพิมพ์ของระบบไม่สำเร็จ"),
    "paper_out": QT_TRANSLATE_NOOP("Messages", "กระดาษหมด กรุณาเติมกระดาษแล้วสั่งพิมพ์ใหม่"),
    # the central service
    "server_unreachable": QT_TRANSLATE_NOOP("Messages", "ติดต่อศูนย์กลางไม่ได้ ระบบจะส่งข้อมูลให้อัตโนมัติภายหลัง"),
    "server_url_invalid": QT_TRANSLATE_NOOP("Messages", "ที่อยู่ศูนย์กลางไม่ถูกต้อง"),
    "not_connected": QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์กลาง"),
    "sync_running": QT_TRANSLATE_NOOP("Messages", "กำลังส่งข้อมูลกับศูนย์อยู่ กรุณารอสักครู่"),
    "token_file_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์รหัสเชื่อมต่อ"),
    "reference_file_unreadable": QT_TRANSLATE_NOOP("Messages", "อ่านไฟล์ข้อมูลอ้างอิงไม่ได้"),
    "token_empty": QT_TRANSLATE_NOOP("Messages", "ไฟล์รหัสเชื่อมต่อว่างเปล่า"),
    "token_refused": QT_TRANSLATE_NOOP("Messages", "ศูนย์กลางไม่รับรหัสเชื่อมต่อของจุดบริการนี้"),
    "ca_bundle_missing": QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์ใบรับรองที่ตั้งค่าไว้"),
    "queue_item_not_found": QT_TRANSLATE_NOOP("Messages", "ไม่พบรายการในคิวส่งข้อมูล"),
    "queue_action_not_allowed": QT_TRANSLATE_NOOP("Messages", "ทำรายการนี้กับสถานะปัจจุบันของคิวไม่ได้"),
    "reconciliation_not_found": QT_TRANSLATE_NOOP("Messages", "ไม่พบผลการกระทบยอดของวันนี้"),
}

GENERIC_ERROR = QT_TRANSLATE_NOOP("Messages", "ทำรายการไม่สำเร็จ ({code}) กรุณาลองใหม่อีกครั้ง")


def issue_text(code: IssueCode) -> str:
    """The officer's words for one validation issue, in the current language."""
    source = ISSUE_TEXT.get(code)
    if source is None:
        return QCoreApplication.translate(CONTEXT, GENERIC_ERROR).format(code=code.value)
    return QCoreApplication.translate(CONTEXT, source)


def issues_text(issues: list[FieldIssue]) -> str:
    """Several issues of one field, one per line, without repeating the same words."""
    seen: list[str] = []
    for issue in issues:
        text = issue_text(issue.code)
        if text not in seen:
            seen.append(text)
    return "\n".join(seen)


def error_text(code: str) -> str:
    """The officer's words for a ``KnownError`` code, in the current language."""
    source = ERROR_TEXT.get(code)
    if source is None:
        return QCoreApplication.translate(CONTEXT, GENERIC_ERROR).format(code=code)
    return QCoreApplication.translate(CONTEXT, source)


QUEUE_TEXT: dict[QueueState, str] = {
    QueueState.PENDING: QT_TRANSLATE_NOOP("Messages", "รอส่ง"),
    QueueState.IN_FLIGHT: QT_TRANSLATE_NOOP("Messages", "กำลังส่ง"),
    QueueState.ACKED: QT_TRANSLATE_NOOP("Messages", "ส่งแล้ว"),
    QueueState.REJECTED: QT_TRANSLATE_NOOP("Messages", "ศูนย์ไม่รับ"),
    QueueState.CONFLICT: QT_TRANSLATE_NOOP("Messages", "ข้อมูลขัดแย้ง"),
    QueueState.HELD: QT_TRANSLATE_NOOP("Messages", "พักการส่ง"),
    QueueState.WITHDRAWN: QT_TRANSLATE_NOOP("Messages", "ถอนแล้ว"),
}

KIND_TEXT: dict[RecordKind, str] = {
    RecordKind.COMPLAINT: QT_TRANSLATE_NOOP("Messages", "เรื่องร้องทุกข์"),
    RecordKind.GROUP_PETITION: QT_TRANSLATE_NOOP("Messages", "ประสานมวลชน"),
    RecordKind.SURVEY_RESPONSE: QT_TRANSLATE_NOOP("Messages", "แบบประเมินความพึงพอใจ"),
}

CENTRAL_STATUS_TEXT: dict[CentralStatus, str] = {
    CentralStatus.RECEIVED: QT_TRANSLATE_NOOP("Messages", "ศูนย์รับเรื่องแล้ว"),
    CentralStatus.FORWARDED: QT_TRANSLATE_NOOP("Messages", "ส่งต่อหน่วยงานแล้ว"),
    CentralStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Messages", "อยู่ระหว่างดำเนินการ"),
    CentralStatus.RESOLVED: QT_TRANSLATE_NOOP("Messages", "ดำเนินการแล้วเสร็จ"),
    CentralStatus.CLOSED: QT_TRANSLATE_NOOP("Messages", "ยุติเรื่อง"),
}

COMPLAINT_TYPE_TEXT: dict[ComplaintType, str] = {
    ComplaintType.GRIEVANCE: QT_TRANSLATE_NOOP("Messages", "ร้องทุกข์/ร้องเรียน"),
    ComplaintType.FAIRNESS: QT_TRANSLATE_NOOP("Messages", "ขอความเป็นธรรม"),
    ComplaintType.HELP: QT_TRANSLATE_NOOP("Messages", "ขอความช่วยเหลือ"),
    ComplaintType.TIP: QT_TRANSLATE_NOOP("Messages", "แจ้งเบาะแส"),
    ComplaintType.SUGGESTION: QT_TRANSLATE_NOOP("Messages", "เสนอข้อคิดเห็น"),
    ComplaintType.LEGAL_ADVICE: QT_TRANSLATE_NOOP("Messages", "ขอคำปรึกษากฎหมาย"),
}

IDENTITY_TEXT: dict[IdentityMode, str] = {
    IdentityMode.IDENTIFIED: QT_TRANSLATE_NOOP("Messages", "เปิดเผยตัวตน"),
    IdentityMode.CONFIDENTIAL: QT_TRANSLATE_NOOP("Messages", "ปกปิดตัวตน (ไม่เปิดเผยต่อหน่วยงาน)"),
    IdentityMode.ANONYMOUS: QT_TRANSLATE_NOOP("Messages", "ไม่ประสงค์ออกนาม"),
}


def queue_state_text(state: QueueState) -> str:
    """Words for a record version's place in the sync outbox."""
    return QCoreApplication.translate(CONTEXT, QUEUE_TEXT[state])


def kind_text(kind: RecordKind) -> str:
    """Words for a record kind."""
    return QCoreApplication.translate(CONTEXT, KIND_TEXT[kind])


def central_status_text(status: str) -> str:
    """Words for a case status from the center (a record's ``central_status``); the raw value when a newer
    center sends a status this build does not know."""
    try:
        source = CENTRAL_STATUS_TEXT[CentralStatus(status)]
    except ValueError:
        return status
    return QCoreApplication.translate(CONTEXT, source)


def complaint_type_text(kind: ComplaintType) -> str:
    """Words for a complaint type."""
    return QCoreApplication.translate(CONTEXT, COMPLAINT_TYPE_TEXT[kind])


def identity_text(mode: IdentityMode) -> str:
    """Words for an identity mode."""
    return QCoreApplication.translate(CONTEXT, IDENTITY_TEXT[mode])
