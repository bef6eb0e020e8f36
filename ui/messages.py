"""The one table from codes (``IssueCode``, ``KnownError.code``) to the words the officer reads, and the
one way screens name an enum member (``label_text``: the words of ``app.domain.labels``).

Thai is the source text; English comes from the translator (``QCoreApplication.translate`` with the
``Messages`` context, which ``pyside6-lupdate`` extracts from the ``QT_TRANSLATE_NOOP`` marks below).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain import labels
from app.domain.errors import ErrorCode
from app.domain.issues import FieldIssue, IssueCode
from app.domain.petition import (
    MAX_HEADCOUNT,
    AttachmentKind,
    HeadcountMethod,
    PetitionStatus,
    TimelineEventKind,
)
from app.domain.records import ComplaintType, IdentityMode, QueueState, RecordKind

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

ERROR_TEXT: dict[ErrorCode, str] = {
    # sign-in and users
    ErrorCode.BAD_CREDENTIALS: QT_TRANSLATE_NOOP("Messages", "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"),
    ErrorCode.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP(
        "Messages", "บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณารอสักครู่แล้วลองใหม่"
    ),
    ErrorCode.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Messages", "บัญชีของท่านไม่มีสิทธิ์ทำรายการนี้"),
    ErrorCode.USERNAME_TAKEN: QT_TRANSLATE_NOOP("Messages", "มีชื่อผู้ใช้นี้อยู่แล้ว"),
    ErrorCode.USERNAME_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "ชื่อผู้ใช้ต้องไม่ว่าง ไม่มีช่องว่าง และยาวไม่เกิน 64 ตัวอักษร"
    ),
    ErrorCode.DISPLAY_NAME_REQUIRED: QT_TRANSLATE_NOOP("Messages", "กรุณากรอกชื่อ-นามสกุล"),
    ErrorCode.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP("Messages", "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร"),
    ErrorCode.PASSWORD_MISMATCH: QT_TRANSLATE_NOOP("Messages", "รหัสผ่านทั้งสองช่องไม่ตรงกัน"),
    ErrorCode.USER_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบผู้ใช้นี้"),
    ErrorCode.CANNOT_DISABLE_SELF: QT_TRANSLATE_NOOP("Messages", "ไม่สามารถระงับบัญชีของตนเองได้"),
    ErrorCode.CANNOT_RESET_OWN_PASSWORD: QT_TRANSLATE_NOOP("Messages", "ตั้งรหัสผ่านชั่วคราวให้บัญชีของตนเองไม่ได้"),
    ErrorCode.PASSWORD_UNCHANGED: QT_TRANSLATE_NOOP("Messages", "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านชั่วคราว"),
    ErrorCode.PERSON_KEY_REQUIRED: QT_TRANSLATE_NOOP(
        "Messages", "กรุณาระบุเลขประจำตัวประชาชนหรือหมายเลขโทรศัพท์ของเจ้าของข้อมูล"
    ),
    ErrorCode.RECORD_ERASED: QT_TRANSLATE_NOOP("Messages", "ข้อมูลส่วนบุคคลของเรื่องนี้ถูกทำลายแล้ว"),
    ErrorCode.KEY_VAULT_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "ไม่พบคลังกุญแจข้อมูลส่วนบุคคล (keyvault.sqlite3) จึงเปิดอ่านข้อมูลไม่ได้"
    ),
    ErrorCode.KEY_VAULT_WRONG: QT_TRANSLATE_NOOP("Messages", "คลังกุญแจข้อมูลส่วนบุคคลไม่ตรงกับฐานข้อมูลนี้"),
    ErrorCode.PAYLOAD_DAMAGED: QT_TRANSLATE_NOOP("Messages", "ข้อมูลของเรื่องนี้เสียหาย เปิดอ่านไม่ได้ กรุณาแจ้งผู้ดูแลระบบ"),
    # station set-up and the database
    ErrorCode.ALREADY_INITIALIZED: QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ตั้งค่าเริ่มต้นไว้แล้ว"),
    ErrorCode.NOT_INITIALIZED: QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ยังไม่ได้ตั้งค่าจุดบริการ"),
    ErrorCode.STATION_CODE_INVALID: QT_TRANSLATE_NOOP("Messages", "รหัสจุดบริการต้องเป็นตัวเลข 1–999"),
    ErrorCode.STATION_NAME_REQUIRED: QT_TRANSLATE_NOOP("Messages", "กรุณากรอกชื่อจุดบริการ"),
    ErrorCode.EPOCH_INVALID: QT_TRANSLATE_NOOP("Messages", "เลขรอบการติดตั้งต้องเป็น 0–9"),
    ErrorCode.DATABASE_BUSY: QT_TRANSLATE_NOOP("Messages", "ฐานข้อมูลกำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้ง"),
    ErrorCode.DATABASE_KEY_MISSING: QT_TRANSLATE_NOOP(
        "Messages", "ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ ต้องใช้รหัสกู้คืนที่เก็บไว้ในตู้นิรภัย"
    ),
    ErrorCode.DATABASE_KEY_WRONG: QT_TRANSLATE_NOOP(
        "Messages", "กุญแจไม่ตรงกับฐานข้อมูล กรุณาแจ้งผู้ดูแลระบบ (อาจต้องใช้รหัสกู้คืน)"
    ),
    ErrorCode.DATABASE_DAMAGED: QT_TRANSLATE_NOOP(
        "Messages", "ฐานข้อมูลเสียหาย กรุณาแจ้งผู้ดูแลระบบเพื่อกู้คืนจากไฟล์สำรอง"
    ),
    ErrorCode.DATABASE_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์ฐานข้อมูล"),
    ErrorCode.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบ"
    ),
    ErrorCode.RECOVERY_CODE_WRONG: QT_TRANSLATE_NOOP("Messages", "รหัสกู้คืนไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่"),
    ErrorCode.RECOVERY_FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์กู้คืนในเครื่องนี้ กรุณาแจ้งผู้ดูแลระบบ"),
    ErrorCode.BACKUP_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์สำรอง"),
    ErrorCode.BACKUP_DAMAGED: QT_TRANSLATE_NOOP("Messages", "ไฟล์สำรองเสียหาย"),
    ErrorCode.BACKUP_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "อ่านไฟล์สำรองไม่ได้"),
    ErrorCode.DISK_FULL: QT_TRANSLATE_NOOP(
        "Messages", "พื้นที่ดิสก์เต็ม ยังไม่ได้บันทึก ข้อมูลที่พิมพ์ยังอยู่ กรุณาแจ้งผู้ดูแลระบบให้เพิ่มพื้นที่แล้วบันทึกอีกครั้ง"
    ),
    ErrorCode.DATABASE_NEWER: QT_TRANSLATE_NOOP(
        "Messages", "ฐานข้อมูลนี้สร้างโดยโปรแกรมรุ่นที่ใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นล่าสุด (ไม่ได้แก้ไขไฟล์ใด ๆ)"
    ),
    ErrorCode.DISK_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "อ่านหรือเขียนดิสก์ไม่สำเร็จ ยังไม่ได้บันทึก ข้อมูลที่พิมพ์ยังอยู่ กรุณาแจ้งผู้ดูแลระบบ"
    ),
    ErrorCode.SESSION_ENDED: QT_TRANSLATE_NOOP(
        "Messages", "บัญชีนี้ถูกระงับหรือเปลี่ยนบทบาทแล้ว กรุณาเข้าสู่ระบบใหม่ (ข้อมูลที่พิมพ์เก็บเป็นฉบับร่างแล้ว)"
    ),
    ErrorCode.CANNOT_CHANGE_OWN_ROLE: QT_TRANSLATE_NOOP("Messages", "เปลี่ยนบทบาทของตนเองไม่ได้"),
    ErrorCode.USER_REQUIRED: QT_TRANSLATE_NOOP("Messages", "ต้องระบุชื่อผู้ใช้"),
    ErrorCode.PASSWORD_REQUIRED: QT_TRANSLATE_NOOP("Messages", "ต้องระบุรหัสผ่าน"),
    ErrorCode.PASSWORD_FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์รหัสผ่าน"),
    ErrorCode.PASSWORD_FILE_INSECURE: QT_TRANSLATE_NOOP("Messages", "ไฟล์รหัสผ่านต้องอ่านได้เฉพาะเจ้าของ"),
    ErrorCode.DEMO_REFUSED_CONNECTED: QT_TRANSLATE_NOOP(
        "Messages", "จุดบริการนี้เชื่อมต่อระบบกลางแล้ว ห้ามสร้างข้อมูลตัวอย่าง"
    ),
    ErrorCode.SETTING_INVALID: QT_TRANSLATE_NOOP("Messages", "ค่าที่ตั้งไม่ถูกต้อง"),
    ErrorCode.SETTING_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "ไม่รู้จักการตั้งค่านี้"),
    ErrorCode.SERVER_URL_INSECURE: QT_TRANSLATE_NOOP(
        "Messages", "ต้องใช้ https:// (http:// ใช้ได้เฉพาะกับเครื่องนี้เท่านั้น)"
    ),
    ErrorCode.ALREADY_RATED: QT_TRANSLATE_NOOP("Messages", "เรื่องนี้ได้รับการประเมินความพึงพอใจแล้ว"),
    ErrorCode.BACKUP_TOO_NEW: QT_TRANSLATE_NOOP("Messages", "ไฟล์สำรองมาจากโปรแกรมรุ่นใหม่กว่านี้"),
    ErrorCode.BACKUP_NOT_COUNTER: QT_TRANSLATE_NOOP("Messages", "ไฟล์นี้ไม่ใช่ไฟล์สำรองของโปรแกรมจุดบริการ"),
    ErrorCode.NO_GOOD_BACKUP: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์สำรองที่ใช้ได้"),
    ErrorCode.DATABASE_NOT_DAMAGED: QT_TRANSLATE_NOOP("Messages", "ฐานข้อมูลไม่ได้เสียหาย"),
    ErrorCode.RECOVERY_DECLINED: QT_TRANSLATE_NOOP("Messages", "ยกเลิกการกู้คืน ฐานข้อมูลยังไม่ถูกเปลี่ยน"),
    # records
    ErrorCode.VALIDATION_FAILED: QT_TRANSLATE_NOOP("Messages", "ข้อมูลยังไม่ครบถ้วน กรุณาแก้ไขช่องที่มีข้อความสีแดง"),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบข้อมูลที่ต้องการ"),
    ErrorCode.RECORD_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบเรื่องนี้"),
    ErrorCode.RECORD_VOIDED: QT_TRANSLATE_NOOP("Messages", "เรื่องนี้ถูกยกเลิกแล้ว แก้ไขไม่ได้"),
    ErrorCode.WRONG_RECORD_KIND: QT_TRANSLATE_NOOP("Messages", "รายการนี้ไม่ใช่เรื่องร้องทุกข์"),
    ErrorCode.REASON_REQUIRED: QT_TRANSLATE_NOOP("Messages", "กรุณาระบุเหตุผลการแก้ไข"),
    ErrorCode.REASON_TOO_LONG: QT_TRANSLATE_NOOP("Messages", "เหตุผลการแก้ไขยาวเกินกำหนด"),
    ErrorCode.NO_CHANGES: QT_TRANSLATE_NOOP("Messages", "ยังไม่มีการแก้ไขข้อมูล จึงไม่ได้บันทึกฉบับใหม่"),
    ErrorCode.STALE_VERSION: QT_TRANSLATE_NOOP(
        "Messages", "เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเปิดรายการใหม่แล้วแก้ไขอีกครั้ง"
    ),
    ErrorCode.LINKED_RECORD_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบเรื่องเดิมที่เชื่อมโยงไว้"),
    ErrorCode.LINKED_RECORD_SELF: QT_TRANSLATE_NOOP("Messages", "เชื่อมโยงเรื่องกับตัวเองไม่ได้"),
    ErrorCode.DRAFT_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "ฉบับร่างมีขนาดใหญ่เกินไป จึงไม่ได้บันทึกอัตโนมัติ"),
    ErrorCode.ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP("Messages", "ไฟล์มีขนาดใหญ่เกินกำหนด"),
    ErrorCode.ATTACHMENT_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์เอกสารแนบ"),
    ErrorCode.ATTACHMENT_DAMAGED: QT_TRANSLATE_NOOP("Messages", "ไฟล์เอกสารแนบเสียหาย"),
    ErrorCode.HOLIDAY_NAME_REQUIRED: QT_TRANSLATE_NOOP("Messages", "กรุณากรอกชื่อวันหยุด"),
    ErrorCode.VISIT_CLOSED: QT_TRANSLATE_NOOP("Messages", "ปิดการเยือนของกลุ่มนี้แล้ว"),
    ErrorCode.PETITIONS_UNAVAILABLE: QT_TRANSLATE_NOOP("Messages", "ยังไม่มีบริการบันทึกการประสานมวลชนในรุ่นนี้"),
    ErrorCode.DEMO_KIND_INVALID: QT_TRANSLATE_NOOP("Messages", "ประเภทข้อมูลตัวอย่างไม่ถูกต้อง"),
    ErrorCode.CARD_REMOVED: QT_TRANSLATE_NOOP(
        "Messages", "บัตรถูกดึงออกก่อนอ่านเสร็จ ข้อมูลในแบบฟอร์มยังเหมือนเดิม กรุณาเสียบบัตรใหม่อีกครั้ง"
    ),
    ErrorCode.NOT_THAI_ID_CARD: QT_TRANSLATE_NOOP("Messages", "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน อ่านข้อมูลไม่ได้"),
    ErrorCode.CARD_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "อ่านข้อมูลจากบัตรไม่สำเร็จ กรุณาเสียบบัตรใหม่อีกครั้ง"),
    ErrorCode.PCSC_UNAVAILABLE: QT_TRANSLATE_NOOP("Messages", "ไม่พบเครื่องอ่านบัตรประจำตัวประชาชน"),
    ErrorCode.SCAN_CANCELLED: QT_TRANSLATE_NOOP("Messages", "ยกเลิกการสแกนแล้ว ไม่ได้บันทึกเอกสาร"),
    ErrorCode.SCAN_FAILED: QT_TRANSLATE_NOOP("Messages", "สแกนเอกสารไม่สำเร็จ กรุณาตรวจสอบเครื่องสแกนแล้วลองใหม่"),
    ErrorCode.NO_SCANNER: QT_TRANSLATE_NOOP("Messages", "ไม่พบเครื่องสแกนเอกสาร"),
    # printing
    ErrorCode.PRINT_JOB_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบงานพิมพ์นี้"),
    ErrorCode.PRINT_JOB_NOT_PENDING: QT_TRANSLATE_NOOP("Messages", "งานพิมพ์นี้พิมพ์แล้วหรือถูกยกเลิกแล้ว"),
    ErrorCode.PRINTER_OFFLINE: QT_TRANSLATE_NOOP(
        "Messages", "เครื่องพิมพ์ไม่พร้อมใช้งาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเครื่องพร้อม"
    ),
    ErrorCode.PRINTER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Messages", "ติดต่อเครื่องพิมพ์ไม่ได้ (ปิดเครื่องหรือสายหลุด) ระบบจะลองพิมพ์ใหม่อัตโนมัติ"
    ),
    ErrorCode.PRINTER_PAPER_OUT: QT_TRANSLATE_NOOP("Messages", "กระดาษหมด กรุณาเติมกระดาษ ระบบจะพิมพ์ให้อัตโนมัติ"),
    ErrorCode.PRINTER_COVER_OPEN: QT_TRANSLATE_NOOP("Messages", "ฝาเครื่องพิมพ์เปิดอยู่ กรุณาปิดฝา"),
    ErrorCode.PRINTER_WRITE_FAILED: QT_TRANSLATE_NOOP("Messages", "ส่งข้อมูลไปเครื่องพิมพ์ไม่สำเร็จ ระบบจะลองใหม่"),
    ErrorCode.PRINTER_BAD_URI: QT_TRANSLATE_NOOP("Messages", "ตั้งค่าที่อยู่เครื่องพิมพ์ไม่ถูกต้อง กรุณาแจ้งผู้ดูแลระบบ"),
    ErrorCode.PRINTER_PROFILE_UNKNOWN: QT_TRANSLATE_NOOP("Messages", "ไม่รู้จักรุ่นเครื่องพิมพ์ที่ตั้งค่าไว้"),
    ErrorCode.PRINTER_PROFILE_TOO_NARROW: QT_TRANSLATE_NOOP(
        "Messages", "ความกว้างกระดาษที่ตั้งไว้กว้างเกินกว่าเครื่องพิมพ์รุ่นนี้"
    ),
    ErrorCode.PRINTER_NOT_AVAILABLE: QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ไม่รองรับการเชื่อมต่อเครื่องพิมพ์แบบนี้"),
    ErrorCode.PRINTER_INTERNAL_ERROR: QT_TRANSLATE_NOOP("Messages", "พิมพ์ไม่สำเร็จเพราะข้อผิดพลาดภายในโปรแกรม"),
    ErrorCode.OS_PRINT_FAILED: QT_TRANSLATE_NOOP("Messages", "ส่งงานพิมพ์ไปที่เครื่องพิมพ์ของระบบไม่สำเร็จ"),
    ErrorCode.PAPER_OUT: QT_TRANSLATE_NOOP("Messages", "กระดาษหมด กรุณาเติมกระดาษแล้วสั่งพิมพ์ใหม่"),
    ErrorCode.PRINTER_SPOOLER_PAUSED: QT_TRANSLATE_NOOP(
        "Messages", "คิวพิมพ์ของระบบหยุดไว้หรือไม่รับงาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเปิดคิวอีกครั้ง"
    ),
    # the central service
    ErrorCode.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP("Messages", "ติดต่อศูนย์กลางไม่ได้ ระบบจะส่งข้อมูลให้อัตโนมัติภายหลัง"),
    ErrorCode.SERVER_URL_INVALID: QT_TRANSLATE_NOOP("Messages", "ที่อยู่ศูนย์กลางไม่ถูกต้อง"),
    ErrorCode.NOT_CONNECTED: QT_TRANSLATE_NOOP("Messages", "เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์กลาง"),
    ErrorCode.SYNC_RUNNING: QT_TRANSLATE_NOOP("Messages", "กำลังส่งข้อมูลกับศูนย์อยู่ กรุณารอสักครู่"),
    ErrorCode.TOKEN_FILE_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์รหัสเชื่อมต่อ"),
    ErrorCode.REFERENCE_FILE_UNREADABLE: QT_TRANSLATE_NOOP("Messages", "อ่านไฟล์ข้อมูลอ้างอิงไม่ได้"),
    ErrorCode.TOKEN_EMPTY: QT_TRANSLATE_NOOP("Messages", "ไฟล์รหัสเชื่อมต่อว่างเปล่า"),
    ErrorCode.TOKEN_REFUSED: QT_TRANSLATE_NOOP("Messages", "ศูนย์กลางไม่รับรหัสเชื่อมต่อของจุดบริการนี้"),
    ErrorCode.CA_BUNDLE_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์ใบรับรองที่ตั้งค่าไว้"),
    ErrorCode.QUEUE_ITEM_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบรายการในคิวส่งข้อมูล"),
    ErrorCode.QUEUE_ACTION_NOT_ALLOWED: QT_TRANSLATE_NOOP("Messages", "ทำรายการนี้กับสถานะปัจจุบันของคิวไม่ได้"),
    ErrorCode.RECONCILIATION_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบผลการกระทบยอดของวันนี้"),
}

GENERIC_ERROR = QT_TRANSLATE_NOOP("Messages", "ทำรายการไม่สำเร็จ ({code}) กรุณาลองใหม่อีกครั้ง")

# The petitions desk words some refusals more exactly than the shared table (a petition, not a complaint).
PETITION_ERROR_TEXT: dict[ErrorCode, str] = {
    ErrorCode.VISIT_CLOSED: QT_TRANSLATE_NOOP("Messages", "ปิดการเยือนแล้ว บันทึกเหตุการณ์เพิ่มไม่ได้"),
    ErrorCode.NO_CHANGES: QT_TRANSLATE_NOOP("Messages", "ไม่มีข้อมูลที่เปลี่ยนแปลง"),
    ErrorCode.RECORD_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "ไม่พบคำร้องนี้"),
    ErrorCode.STALE_VERSION: QT_TRANSLATE_NOOP(
        "Messages", "คำร้องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเลือกคำร้องใหม่แล้วแก้ไขอีกครั้ง"
    ),
    ErrorCode.ATTACHMENT_MISSING: QT_TRANSLATE_NOOP("Messages", "ไม่พบไฟล์แนบในเครื่อง กรุณาแนบไฟล์ใหม่"),
}

ATTACHMENT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "ไฟล์ {name} มีขนาด {size} MB เกินขนาดที่รับได้ {limit} MB จึงไม่ได้แนบ (ข้อมูลอื่นที่กรอกไว้ยังอยู่ครบ) กรุณาสแกนใหม่ด้วยความละเอียดต่ำลงหรือแยกเป็นหลายไฟล์",  # noqa: E501 - lupdate reads one literal
)


def petition_error_text(code: ErrorCode | str) -> str:
    """Words for a refused petition action: the desk's own wording where it has one, else the shared."""
    source = PETITION_ERROR_TEXT.get(ErrorCode.of(code))  # type: ignore[call-overload]
    return QCoreApplication.translate(CONTEXT, source) if source is not None else error_text(code)


def attachment_too_large_text(name: str, size: int, limit: int) -> str:
    """``ไฟล์ … มีขนาด 25.3 MB เกินขนาดที่รับได้ 20 MB``: what was refused and what is allowed (bytes in)."""
    return QCoreApplication.translate(CONTEXT, ATTACHMENT_TOO_LARGE).format(
        name=name, size=f"{size / (1024 * 1024):.1f}", limit=f"{limit / (1024 * 1024):.0f}"
    )


def issue_text(code: IssueCode) -> str:
    """The officer's words for one validation issue, in the current language."""
    source = ISSUE_TEXT.get(code)
    if source is None:
        return QCoreApplication.translate(CONTEXT, GENERIC_ERROR).format(code=code.value)
    return QCoreApplication.translate(CONTEXT, source)


# Words for the petition issues whose general text (ISSUE_TEXT) would not tell the officer what to do. Keys:
# (field path, its first part or its last part; issue code).
PETITION_ISSUE_TEXT: dict[tuple[str, IssueCode], str] = {
    ("headcount_estimate", IssueCode.NUMBER_RANGE): QT_TRANSLATE_NOOP(
        "Messages", "จำนวนผู้มาต้องเป็นตัวเลขตั้งแต่ 1 ถึง {limit} คน"
    ),
    ("departed_at", IssueCode.TIME_ORDER): QT_TRANSLATE_NOOP(
        "Messages", "เวลาเดินทางกลับต้องไม่ก่อนเวลามาถึง และต้องไม่ใช่เวลาในอนาคต"
    ),
    ("departed_at", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "กรุณาระบุเวลาที่กลุ่มเดินทางกลับ"),
    ("arrived_at", IssueCode.TIME_ORDER): QT_TRANSLATE_NOOP("Messages", "เวลามาถึงต้องไม่ใช่เวลาในอนาคต"),
    ("arrived_at", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "กรุณาระบุเวลาที่กลุ่มมาถึง"),
    ("representatives", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "กรุณาเพิ่มผู้แทนกลุ่มอย่างน้อย 1 คน"),
    ("representatives", IssueCode.CONTACT_NEEDED): QT_TRANSLATE_NOOP(
        "Messages", "กรุณาเลือกผู้ประสานงานหลักของกลุ่ม 1 คน"
    ),
    ("representatives", IssueCode.NUMBER_RANGE): QT_TRANSLATE_NOOP(
        "Messages", "ผู้แทนกลุ่มมากเกินกำหนด (ไม่เกิน 50 คน)"
    ),
    ("national_id", IssueCode.DUPLICATE): QT_TRANSLATE_NOOP(
        "Messages", "เลขประจำตัวประชาชนซ้ำกับผู้แทนคนอื่นในกลุ่มนี้"
    ),
    ("provinces", IssueCode.REQUIRED): QT_TRANSLATE_NOOP(
        "Messages", "กรุณาเพิ่มจังหวัดที่กลุ่มเดินทางมาอย่างน้อย 1 จังหวัด"
    ),
    ("provinces", IssueCode.DUPLICATE): QT_TRANSLATE_NOOP("Messages", "เลือกจังหวัดนี้ซ้ำ"),
    ("provinces", IssueCode.UNKNOWN_CODE): QT_TRANSLATE_NOOP("Messages", "ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ"),
    ("demands", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "กรุณาเพิ่มข้อเรียกร้องอย่างน้อย 1 ข้อ"),
    ("demands", IssueCode.NUMBER_RANGE): QT_TRANSLATE_NOOP("Messages", "ข้อเรียกร้องมากเกินกำหนด (ไม่เกิน 100 ข้อ)"),
    ("text", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "ข้อเรียกร้องว่าง กรุณากรอกหรือลบข้อนี้"),
    ("with_whom", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "กรุณาระบุว่าประชุมกับใคร"),
    ("at", IssueCode.TIME_ORDER): QT_TRANSLATE_NOOP("Messages", "เวลาต้องไม่ก่อนเวลาที่กลุ่มมาถึง"),
    ("meeting_time", IssueCode.REQUIRED): QT_TRANSLATE_NOOP("Messages", "เวลาประชุมต้องเป็น ชม.:นาที เช่น 13:30"),
}

# A person's fields as named in "representative 2 – national ID: …".
PERSON_FIELD_TEXT: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Messages", "คำนำหน้า"),
    "given_name": QT_TRANSLATE_NOOP("Messages", "ชื่อ"),
    "family_name": QT_TRANSLATE_NOOP("Messages", "นามสกุล"),
    "national_id": QT_TRANSLATE_NOOP("Messages", "เลขประจำตัวประชาชน"),
    "national_id_confirmed": QT_TRANSLATE_NOOP("Messages", "การทวนเลขประจำตัว"),
    "passport_no": QT_TRANSLATE_NOOP("Messages", "เลขหนังสือเดินทาง"),
    "phone": QT_TRANSLATE_NOOP("Messages", "โทรศัพท์"),
    "email": QT_TRANSLATE_NOOP("Messages", "อีเมล"),
    "line_id": QT_TRANSLATE_NOOP("Messages", "LINE"),
    "address": QT_TRANSLATE_NOOP("Messages", "ที่อยู่"),
    "id_document": QT_TRANSLATE_NOOP("Messages", "เอกสารแสดงตน"),
    "nationality": QT_TRANSLATE_NOOP("Messages", "สัญชาติ"),
    "group_role": QT_TRANSLATE_NOOP("Messages", "ตำแหน่งในกลุ่ม"),
    "pdpa_acknowledged": QT_TRANSLATE_NOOP("Messages", "การรับทราบประกาศคุ้มครองข้อมูลส่วนบุคคล"),
}


def petition_issue_text(issue: FieldIssue) -> str:
    """The officer's words for one petition issue: specific where the field needs it, else the shared text."""
    parts = issue.field.split(".")
    # A row's own field ("representatives.0.phone") is not the table's ("representatives"): its first
    # part names the table only for the table itself or a whole row ("provinces.2").
    keys = (issue.field, parts[0], parts[-1]) if len(parts) <= 2 else (issue.field, parts[-1])
    for key in keys:
        source = PETITION_ISSUE_TEXT.get((key, issue.code))
        if source is not None:
            return QCoreApplication.translate(CONTEXT, source).format(limit=f"{MAX_HEADCOUNT:,}")
    return issue_text(issue.code)


def person_field_text(name: str) -> str:
    """Words for a field of a person (the raw name when it has none)."""
    source = PERSON_FIELD_TEXT.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else name


def issues_text(issues: list[FieldIssue]) -> str:
    """Several issues of one field, one per line, without repeating the same words."""
    seen: list[str] = []
    for issue in issues:
        text = issue_text(issue.code)
        if text not in seen:
            seen.append(text)
    return "\n".join(seen)


def error_text(code: ErrorCode | str) -> str:
    """The officer's words for a ``KnownError`` code, in the current language."""
    source = ERROR_TEXT.get(ErrorCode.of(code))  # type: ignore[call-overload]
    if source is None:
        return QCoreApplication.translate(CONTEXT, GENERIC_ERROR).format(code=code)
    return QCoreApplication.translate(CONTEXT, source)


def _english() -> bool:
    # The language switch (ui.i18n) sets the default locale with the translator.
    return QLocale().language() == QLocale.Language.English


def label_text(member: Enum) -> str:
    """Words for a member of a labelled enum (``app.domain.labels``), in the current language."""
    words = labels.label(member)
    return words.en if _english() else words.th


def queue_state_text(state: QueueState) -> str:
    """Words for a record version's place in the sync outbox."""
    return label_text(state)


def kind_text(kind: RecordKind) -> str:
    """Words for a record kind."""
    return label_text(kind)


def central_status_text(status: str) -> str:
    """Words for a case status from the center (a record's ``central_status``); the raw value when a newer
    center sends a status this build does not know."""
    words = labels.CENTRAL_STATUS.get(str(status))
    if words is None:
        return status
    return words.en if _english() else words.th


def complaint_type_text(kind: ComplaintType) -> str:
    """Words for a complaint type."""
    return label_text(kind)


def identity_text(mode: IdentityMode) -> str:
    """Words for an identity mode."""
    return label_text(mode)


def headcount_method_text(method: HeadcountMethod) -> str:
    """Words for how a group's headcount was estimated."""
    return label_text(method)


def timeline_event_text(kind: TimelineEventKind) -> str:
    """Words for a petition timeline event."""
    return label_text(kind)


def petition_status_text(status: PetitionStatus) -> str:
    """Words for where a group stands (present, or left)."""
    return label_text(status)


def attachment_kind_text(kind: AttachmentKind) -> str:
    """Words for what an attached document is."""
    return label_text(kind)


# The sync pump's last error of an outbox item, as the supervisor's queue shows it (QueueView context: the
# translations were made there).
LAST_ERROR_TEXT = {
    "network": QT_TRANSLATE_NOOP("QueueView", "ติดต่อศูนย์ไม่ได้"),
    "http_429": QT_TRANSLATE_NOOP("QueueView", "ศูนย์ขอให้รอสักครู่ (429)"),
    "http_503": QT_TRANSLATE_NOOP("QueueView", "ศูนย์ปิดปรับปรุงชั่วคราว (503)"),
    "http_500": QT_TRANSLATE_NOOP("QueueView", "ศูนย์ขัดข้อง (500)"),
    "conflict": QT_TRANSLATE_NOOP("QueueView", "ศูนย์มีข้อมูลฉบับเดียวกันแต่เนื้อหาต่างกัน"),
    "rejected": QT_TRANSLATE_NOOP("QueueView", "ศูนย์ไม่รับเพราะข้อมูลไม่ครบหรือไม่ถูกต้อง"),
    "attachment_missing": QT_TRANSLATE_NOOP("QueueView", "ไม่พบไฟล์แนบในเครื่องนี้"),
    "unauthorized": QT_TRANSLATE_NOOP("QueueView", "ศูนย์ไม่รับรหัสของจุดบริการ"),
    "withdrawn": QT_TRANSLATE_NOOP("QueueView", "ถอนการส่งแล้ว"),
    "resend_after_reconciliation": QT_TRANSLATE_NOOP("QueueView", "ส่งใหม่ตามผลการกระทบยอด"),
}


def last_error_text(code: str) -> str:
    """The supervisor's words for an outbox item's last error (the sync pump's code, not a KnownError)."""
    if code.startswith("superseded_by_v"):
        return QCoreApplication.translate("QueueView", "แทนที่ด้วยฉบับที่ %1").replace(
            "%1", code.removeprefix("superseded_by_v")
        )
    source = LAST_ERROR_TEXT.get(code)
    return QCoreApplication.translate("QueueView", source) if source else code
