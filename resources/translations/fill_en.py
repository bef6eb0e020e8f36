"""Fills the English translations of ``psc_en.ts`` and compiles ``psc_en.qm``.

Thai is the source language of the interface. ``pyside6-lupdate`` (``make translations``) extracts every
``self.tr()`` / ``QT_TRANSLATE_NOOP`` / ``QCoreApplication.translate`` text into ``psc_en.ts``; this script
writes the English for every source text it knows (the table below), leaves the others "unfinished" and
lists them, then runs ``pyside6-lrelease``. Run it from the repository root:

    .venv/bin/pyside6-lupdate $(git ls-files 'ui/*.py') -source-language th_TH -target-language en_GB \\
        -ts resources/translations/psc_en.ts
    .venv/bin/python resources/translations/fill_en.py

A source text that changes in the code needs its line here changed too (the old one is reported unused).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "psc_en.ts"
QM = HERE / "psc_en.qm"

# Plural messages (``tr(text, "", n)``) map to (singular, plural).
EN: dict[str, str | tuple[str, str]] = {
    # ---- Buddhist-era date fields and their calendar (ui/fields/be_date_edit.py, be_calendar.py)
    "อ่านวันที่ไม่ได้ — กรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 03/12/2569": (
        "Not a date — type dd/mm/yyyy in the Buddhist era, e.g. 03/12/2569"
    ),
    "ไม่มีวันที่นี้ในปฏิทิน": "There is no such day in the calendar",
    "ปี %1 เป็นปี ค.ศ. — กรอกปี พ.ศ. (%2) หรือเติม ค.ศ. ท้ายวันที่": (
        "%1 is a Christian-era year — type the Buddhist-era year (%2) or add CE"
    ),
    "กรอกปี พ.ศ. ให้ครบ 4 หลัก เช่น 2569": "Type all 4 digits of the Buddhist-era year, e.g. 2569",
    "ปี %1 อยู่นอกช่วง พ.ศ. 2400–2700": "%1 is outside the years 2400–2700 BE",
    "เวลาไม่ถูกต้อง — กรอกเป็น ชช:นน เช่น 09:30": "Not a time — type hh:mm, e.g. 09:30",
    "อ่านวันที่และเวลาไม่ได้ — กรอกเป็น วว/ดด/ปปปป ชช:นน (พ.ศ.) เช่น 03/12/2569 09:30": (
        "Not a date and time — type dd/mm/yyyy hh:mm in the Buddhist era, e.g. 03/12/2569 09:30"
    ),
    "แปลง ค.ศ. %1 เป็น พ.ศ. %2 แล้ว": "Converted %1 CE to %2 BE",
    "เลือกจากปฏิทิน (Alt+ลูกศรลง)": "Pick from the calendar (Alt+Down)",
    "วว/ดด/ปปปป ชช:นน (พ.ศ.)": "dd/mm/yyyy hh:mm (BE)",
    "เดือนก่อน (Page Up)": "Previous month (Page Up)",
    "เดือนถัดไป (Page Down)": "Next month (Page Down)",
    "ปี พ.ศ. (Ctrl+Page Up / Ctrl+Page Down)": "Year BE (Ctrl+Page Up / Ctrl+Page Down)",
    "วันนี้ (T)": "Today (T)",
    # ---- English completeness (tests/sync/test_english_everywhere.py)
    "พบกับใคร (ชื่อ ตำแหน่ง หน่วยงาน) แล้วกด F8 อีกครั้งหรือ Enter": (
        "Met whom (name, position, agency)? Then press F8 again or Enter"
    ),
    "ย้ายไปที่ใด แล้วกด F9 อีกครั้งหรือ Enter": "Moved where? Then press F9 again or Enter",
    "บันทึกเหตุการณ์ แล้วกด F11 อีกครั้งหรือ Enter": "Write the note, then press F11 again or Enter",
    "ข้อมูลเขตการปกครองและรหัสไปรษณีย์: %1; ที่มา: กรมการปกครอง, ไปรษณีย์ไทย": (
        "Administrative areas and postcodes: %1; sources: Department of Provincial Administration, Thailand Post"
    ),
    "%1 (%2 จุด)": "%1 (%2 dots)",
    "%1 คน · %2": "%1 people · %2",
    # ---- PDPA acknowledgement of each representative
    "การรับทราบประกาศคุ้มครองข้อมูลส่วนบุคคล": "acknowledgement of the personal data notice",
    "รับทราบประกาศ PDPA": "PDPA notice acknowledged",
    # ---- center trust and ratings
    "ต้องใช้ https:// (http:// ใช้ได้เฉพาะกับเครื่องนี้เท่านั้น)": "Use https:// (http:// only for this machine)",
    "เรื่องนี้ได้รับการประเมินความพึงพอใจแล้ว": "This case has already been rated",
    # ---- address
    "บ้านเลขที่": "House no.",
    "หมู่ที่": "Moo",
    "หมู่บ้าน/อาคาร": "Village/building",
    "ตรอก/ซอย": "Soi",
    "ถนน": "Road",
    "พิมพ์รหัสไปรษณีย์ หรือชื่อตำบล/แขวง อำเภอ/เขต แล้วเลือกจากรายการ": (
        "Type a postcode or a subdistrict/district name, then pick from the list"
    ),
    "ค้นหาที่อยู่": "Find address",
    "ตำบล/แขวง": "Subdistrict",
    "อำเภอ/เขต": "District",
    "จังหวัด": "Province",
    "รหัสไปรษณีย์": "Postcode",
    # ---- wizard
    "ผู้ดูแลระบบคนแรก": "First administrator",
    "บัญชีนี้ใช้ตั้งค่าเครื่องและสร้างบัญชีเจ้าหน้าที่": "This account sets up the counter and creates officer accounts",
    "ชื่อผู้ใช้": "Username",
    "ชื่อ-นามสกุล": "Full name",
    "รหัสผ่าน": "Password",
    "ยืนยันรหัสผ่าน": "Confirm password",
    "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร": "The password needs at least 8 characters",
    "รหัสผ่านทั้งสองช่องไม่ตรงกัน": "The two passwords do not match",
    "กำลังตั้งค่าฐานข้อมูล…": "Setting up the database…",
    "รหัสกู้คืนฐานข้อมูล": "Database recovery code",
    "รหัสนี้แสดงเพียงครั้งเดียว": "This code is shown only once",
    "หากกุญแจฐานข้อมูลในเครื่องนี้สูญหาย (เช่น เปลี่ยนเครื่องหรือระบบปฏิบัติการเสียหาย) "
    "ต้องใช้รหัสนี้เปิดฐานข้อมูลและไฟล์สำรอง ไม่เช่นนั้นข้อมูลทั้งหมดจะเปิดไม่ได้อีก\n"
    "กรุณาพิมพ์หรือจดรหัสนี้ ให้หัวหน้างานเก็บไว้ในตู้นิรภัย และอย่าบันทึกไว้ในเครื่องนี้": (
        "If the database key on this computer is lost (a new computer, a broken operating system), this code "
        "is the only way to open the database and its backups; without it nothing can be opened again.\n"
        "Print or write down this code, have the supervisor keep it in the safe, and do not store it on "
        "this computer."
    ),
    "คัดลอกรหัส": "Copy code",
    "ข้าพเจ้าพิมพ์หรือจดรหัสกู้คืนไว้แล้ว และจะเก็บไว้ในตู้นิรภัย": (
        "I have printed or written down the recovery code and will keep it in the safe"
    ),
    "ตั้งค่าเครื่องรับเรื่องร้องทุกข์ครั้งแรก": "First-time set-up of the complaint counter",
    "ถัดไป >": "Next >",
    "< ย้อนกลับ": "< Back",
    "เสร็จสิ้น": "Finish",
    "ตั้งค่าจุดบริการ": "Service point set-up",
    "กรอกรหัสจุดบริการที่ศูนย์ 1111 กำหนดให้ และชื่อจุดบริการ": (
        "Enter the station code assigned by the 1111 center and the station name"
    ),
    "ตัวเลข 1–999": "A number 1–999",
    "ชื่อจุดบริการ": "Station name",
    "รหัสจุดบริการต้องเป็นตัวเลข 1–999": "The station code must be a number 1–999",
    "กรุณากรอกชื่อจุดบริการ": "Please enter the station name",
    # ---- amend
    "แก้ไขเรื่อง %1 (ฉบับที่ %2)": "Amend case %1 (version %2)",
    "เช่น ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด": "e.g. the complainant gave a wrong phone number",
    "เหตุผลการแก้ไข (จำเป็น)": "Reason for the amendment (required)",
    "บันทึกการแก้ไข (Ctrl+S)": "Save amendment (Ctrl+S)",
    "ยกเลิก": "Cancel",
    "กำลังบันทึก…": "Saving…",
    "บันทึกไม่สำเร็จ": "Not saved",
    "ยกเลิกการแก้ไข": "Discard amendment",
    "การแก้ไขที่กรอกไว้จะไม่ถูกบันทึก ต้องการยกเลิกหรือไม่": "The corrections typed will not be saved. Discard them?",
    # ---- app start-up
    "ทำรายการไม่สำเร็จ": "Could not complete",
    "เปิดฐานข้อมูลไม่ได้": "Cannot open the database",
    "ต้องใช้รหัสกู้คืน": "Recovery code needed",
    "ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ กรุณากรอกรหัสกู้คืนที่เก็บไว้ในตู้นิรภัย": (
        "The database key is not on this computer. Enter the recovery code kept in the safe."
    ),
    "รหัสกู้คืน": "Recovery code",
    "โปรแกรมขัดข้อง": "Program error",
    "โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด เรื่องที่บันทึกไปแล้วยังปลอดภัย "
    "ข้อมูลที่กำลังกรอกถูกบันทึกเป็นฉบับร่างอัตโนมัติ\nกรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์บันทึกการทำงาน": (
        "The program hit an unexpected error. Saved cases are safe, and what was being typed is kept as a "
        "draft.\nPlease tell the administrator and give them the log file."
    ),
    # ---- attachments (petitions)
    "เอกสารและภาพถ่าย (Ctrl+O เพิ่มไฟล์)": "Documents and photos (Ctrl+O to add)",
    "เพิ่มไฟล์…": "Add file…",
    "นำออก": "Remove",
    "ประเภท": "Kind",
    "เลือกเอกสารหรือภาพถ่าย": "Choose a document or photo",
    "เอกสารและภาพ (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;ทุกไฟล์ (*)": (
        "Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"
    ),
    "ไม่พบโฟลเดอร์สแกนเนอร์: {path}": "Scanner folder not found: {path}",
    "รับไฟล์จากสแกนเนอร์อัตโนมัติ: {path}": "Taking files from the scanner automatically: {path}",
    # ---- complaint form
    "เชื่อมโยงการมาครั้งนี้กับเรื่องที่เลือก": "Link this visit to the selected case",
    "ยกเลิกการเชื่อมโยง": "Remove link",
    # ---- issue 13: prefill from a linked case, read-only petitions
    "ใช้ชื่อ โทรศัพท์ และที่อยู่จากเรื่องเดิม": "Use name, phone and address from the earlier case",
    "เติมเฉพาะช่องที่ยังว่าง ตรวจทานกับผู้ร้องอีกครั้งก่อนบันทึก": (
        "Fills only the empty fields; check them with the citizen before saving"
    ),
    "อ่านอย่างเดียว: บัญชีนี้ดูคำร้องของกลุ่มได้ แต่แก้ไขหรือบันทึกไม่ได้ ผู้ที่แก้ไขได้คือเจ้าหน้าที่ประสานมวลชนและหัวหน้างาน": (
        "Read only: this account can view group petitions but not change or save them. Mass-coordination"
        " staff and supervisors can edit them."
    ),
    "การเปิดเผยตัวตนของผู้ร้อง": "Complainant's identity",
    "ข้อมูลผู้ร้อง": "Complainant",
    "คำนำหน้าชื่อ": "Title",
    "ชื่อ": "Given name",
    "นามสกุล": "Family name",
    "บัตรประจำตัวประชาชน": "Thai national ID card",
    "หนังสือเดินทาง (ชาวต่างชาติ)": "Passport (foreigner)",
    "ไม่ได้แสดงเอกสาร": "No document shown",
    "เอกสารแสดงตน": "Identity document",
    "เลขประจำตัวประชาชน": "National ID number",
    "อ่านเลขทวนให้ผู้ร้องฟังและผู้ร้องยืนยันว่าถูกต้องแล้ว": ("Number read back to the complainant, who confirmed it"),
    "เลขหนังสือเดินทาง": "Passport number",
    "สัญชาติ": "Nationality",
    "โทรศัพท์": "Phone",
    "อีเมล": "E-mail",
    "LINE ID": "LINE ID",
    "ที่อยู่ที่ติดต่อได้": "Contact address",
    "เรื่องที่ร้อง": "The complaint",
    "ประเภทเรื่อง": "Type",
    "พิมพ์เพื่อค้นหาหมวดเรื่อง": "Type to find a category",
    "หมวดเรื่อง": "Category",
    "เรื่อง": "Subject",
    "รายละเอียด": "Details",
    "สถานที่เกิดเหตุ": "Where it happened",
    "หน่วยงานและสิ่งที่ขอ": "Agencies and request",
    "พิมพ์ส่วนใดของชื่อหน่วยงานก็ได้": "Type any part of the agency's name",
    "หน่วยงานที่ถูกร้องเรียน": "Agency complained about",
    "หน่วยงานที่ควรรับผิดชอบ": "Suggested responsible agency",
    "สิ่งที่ผู้ร้องขอให้ดำเนินการ": "What the complainant asks for",
    " ฉบับ": " documents",
    "เอกสารที่รับไว้": "Documents received",
    "ประกาศความเป็นส่วนตัว (PDPA)": "Privacy notice (PDPA)",
    "แจ้งผู้ร้องว่า ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็น"
    "เพื่อพิจารณาและติดตามเรื่องร้องทุกข์นี้ อาจส่งข้อมูลให้หน่วยงานที่เกี่ยวข้องเพื่อแก้ไขปัญหา"
    " ผู้ร้องมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562": (
        "Tell the complainant that the Government Complaint Center 1111 keeps only the personal data needed "
        "to handle and follow up this complaint, and may pass it to the agencies concerned to solve the "
        "problem. The complainant may ask to see, correct or delete the data under the Personal Data "
        "Protection Act B.E. 2562 (2019)."
    ),
    "แจ้งประกาศความเป็นส่วนตัวให้ผู้ร้องทราบแล้ว": "Privacy notice given to the complainant",
    "ผู้ร้องยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง": "The complainant consents to sharing with the agencies concerned",
    "ผู้ร้องรายนี้เคยมาร้องเรื่องไว้แล้ว %n เรื่อง หากเป็นเรื่องเดิมให้เชื่อมโยงการมาครั้งนี้": (
        "This complainant has %n earlier case. If this visit is about it, link the visit.",
        "This complainant has %n earlier cases. If this visit is about one of them, link the visit.",
    ),
    "การมาครั้งนี้เชื่อมโยงกับเรื่องเดิม เลขติดตาม %1": "This visit is linked to the earlier case %1",
    # ---- intake page and receipt preview
    "ล้างข้อมูลที่กู้คืน": "Clear restored data",
    "บันทึกและออกใบรับเรื่อง (Ctrl+S)": "Save and issue receipt (Ctrl+S)",
    "ล้างฟอร์ม (Ctrl+N)": "Clear form (Ctrl+N)",
    "กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย": (
        "What was typed last time has been restored. Check it and carry on."
    ),
    "กำลังส่งไปพิมพ์…": "Sending to the printer…",
    "ส่งใบรับเรื่องเข้าคิวพิมพ์แล้ว": "Receipt queued for printing",
    "ล้างฟอร์ม": "Clear form",
    "ข้อมูลที่กรอกไว้จะหายไป ต้องการล้างฟอร์มหรือไม่": "What was typed will be lost. Clear the form?",
    "บันทึกเรื่องเรียบร้อยแล้ว": "Complaint saved",
    "เลขติดตามเรื่อง": "Tracking code",
    "ย่อให้พอดีหน้าจอ": "Fit to screen",
    "พิมพ์ใบรับเรื่อง (Ctrl+P)": "Print receipt (Ctrl+P)",
    "รับเรื่องใหม่ (Ctrl+N)": "Next complaint (Ctrl+N)",
    "บันทึกเมื่อ %1": "Saved %1",
    "ฉบับแก้ไขครั้งที่ %1": "Amendment %1",
    "กำหนดแจ้งผลเบื้องต้นภายใน %1": "First answer due by %1",
    "กำลังจัดทำใบรับเรื่อง…": "Preparing the receipt…",
    "(ตัวอย่างใบรับเรื่องยังไม่พร้อมใช้งาน)": "(Receipt preview not available)",
    # ---- lock and login
    "หน้าจอถูกล็อก": "Screen locked",
    "หน้าจอถูกล็อกเนื่องจากไม่มีการใช้งาน": "The screen was locked after a time without use",
    "ผู้ใช้: %1 (%2)": "User: %1 (%2)",
    "ปลดล็อก": "Unlock",
    "ออกจากระบบ / เปลี่ยนผู้ใช้": "Sign out / switch user",
    "เข้าสู่ระบบ — ศูนย์รับเรื่องราวร้องทุกข์ 1111": "Sign in — Complaint Center 1111",
    "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111": "Government Complaint Center 1111",
    "จุดบริการ: %1": "Station: %1",
    "เข้าสู่ระบบ": "Sign in",
    "ออก": "Quit",
    "กรุณากรอกชื่อผู้ใช้และรหัสผ่าน": "Please enter your username and password",
    "กำลังตรวจสอบ…": "Checking…",
    # ---- main window
    "ตั้งค่า": "Settings",
    "ล็อกหน้าจอ (Ctrl+L)": "Lock screen (Ctrl+L)",
    "ออกจากระบบ": "Sign out",
    "จุดบริการ %1 %2": "Station %1 %2",
    "PSC Counter — %1": "PSC Counter — %1",
    "PSC Counter": "PSC Counter",
    "กำลังทำงาน…": "Working…",
    "รับเรื่องร้องทุกข์": "Complaint intake",
    "ค้นหาและแก้ไขเรื่อง": "Find and amend",
    "ประสานมวลชน": "Group petitions",
    # ---- validation issues
    "กรุณากรอกข้อมูลนี้": "Please fill in this field",
    "ข้อความยาวเกินกำหนด": "The text is too long",
    "เลขประจำตัวประชาชนต้องมี 13 หลัก": "A national ID has 13 digits",
    "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบกับบัตรอีกครั้ง": (
        "This national ID is not valid (the check digit does not match). Please check it against the card."
    ),
    "เลขประจำตัวประชาชนไม่ขึ้นต้นด้วย 0 หรือ 9": "A national ID never starts with 0 or 9",
    "กรุณาอ่านเลขประจำตัวประชาชนทวนให้ผู้ร้องฟังแล้วทำเครื่องหมายยืนยัน": (
        "Read the national ID back to the complainant, then tick the confirmation"
    ),
    "เลขหนังสือเดินทางไม่ถูกรูปแบบ": "The passport number is not in a valid format",
    "หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081 234 5678 หรือ 02 123 4567)": (
        "Not a valid phone number (e.g. 081 234 5678 or 02 123 4567)"
    ),
    "อีเมลไม่ถูกรูปแบบ": "Not a valid e-mail address",
    "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก": "A postcode has 5 digits",
    "ไม่พบรหัสไปรษณีย์นี้": "Unknown postcode",
    "รหัสไปรษณีย์ไม่ตรงกับตำบล/แขวงที่เลือก": "The postcode does not belong to the chosen subdistrict",
    "กรุณาเลือกจากรายการ": "Please choose from the list",
    "กรุณาแจ้งประกาศความเป็นส่วนตัว (PDPA) ให้ผู้ร้องทราบก่อนบันทึก": (
        "Give the complainant the privacy notice (PDPA) before saving"
    ),
    "กรุณากรอกช่องทางติดต่ออย่างน้อยหนึ่งช่องทาง (โทรศัพท์ อีเมล LINE หรือที่อยู่)": (
        "Please give at least one way to reach the complainant (phone, e-mail, LINE or address)"
    ),
    "ตัวเลขอยู่นอกช่วงที่รับได้": "The number is out of range",
    "เวลาไม่เรียงลำดับ": "The times are out of order",
    "ไฟล์มีขนาดใหญ่เกินกำหนด": "The file is too large",
    # ---- known errors
    "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง": "Wrong username or password",
    "บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณารอสักครู่แล้วลองใหม่": (
        "The account is locked for a while after too many wrong passwords. Please wait and try again."
    ),
    "บัญชีของท่านไม่มีสิทธิ์ทำรายการนี้": "Your account may not do this",
    "มีชื่อผู้ใช้นี้อยู่แล้ว": "This username is taken",
    "ชื่อผู้ใช้ต้องไม่ว่าง ไม่มีช่องว่าง และยาวไม่เกิน 64 ตัวอักษร": (
        "A username must not be empty, has no spaces and at most 64 characters"
    ),
    "กรุณากรอกชื่อ-นามสกุล": "Please enter the full name",
    "ไม่พบผู้ใช้นี้": "No such user",
    "ไม่สามารถระงับบัญชีของตนเองได้": "You cannot disable your own account",
    "เครื่องนี้ตั้งค่าเริ่มต้นไว้แล้ว": "This counter is already set up",
    "เครื่องนี้ยังไม่ได้ตั้งค่าจุดบริการ": "This counter has no station set up yet",
    "เลขรอบการติดตั้งต้องเป็น 0–9": "The install epoch must be 0–9",
    "ฐานข้อมูลกำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้ง": "The database is busy. Please try again.",
    "ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ ต้องใช้รหัสกู้คืนที่เก็บไว้ในตู้นิรภัย": (
        "The database key is not on this computer; the recovery code kept in the safe is needed"
    ),
    "กุญแจไม่ตรงกับฐานข้อมูล กรุณาแจ้งผู้ดูแลระบบ (อาจต้องใช้รหัสกู้คืน)": (
        "The key does not open this database. Please tell the administrator (the recovery code may be needed)."
    ),
    "ฐานข้อมูลเสียหาย กรุณาแจ้งผู้ดูแลระบบเพื่อกู้คืนจากไฟล์สำรอง": (
        "The database is damaged. Please ask the administrator to restore a backup."
    ),
    "ไม่พบไฟล์ฐานข้อมูล": "The database file is missing",
    "ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบ": (
        "The database upgrade failed; the existing data is intact. Please tell the administrator."
    ),
    "รหัสกู้คืนไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่": "Wrong recovery code. Please check it and try again.",
    "ไม่พบไฟล์กู้คืนในเครื่องนี้ กรุณาแจ้งผู้ดูแลระบบ": "No recovery file on this computer. Please tell the administrator.",
    "ไม่พบไฟล์สำรอง": "Backup file not found",
    "ไฟล์สำรองเสียหาย": "The backup file is damaged",
    "อ่านไฟล์สำรองไม่ได้": "The backup file cannot be read",
    "พื้นที่ดิสก์เต็ม กรุณาแจ้งผู้ดูแลระบบ": "The disk is full. Please tell the administrator.",  # obsolete in .ts
    "พื้นที่ดิสก์เต็ม ยังไม่ได้บันทึก ข้อมูลที่พิมพ์ยังอยู่ กรุณาแจ้งผู้ดูแลระบบให้เพิ่มพื้นที่แล้วบันทึกอีกครั้ง": (
        "The disk is full: nothing was saved, and what you typed is still here. Ask the administrator to "
        "make room, then save again."
    ),
    "อ่านหรือเขียนดิสก์ไม่สำเร็จ ยังไม่ได้บันทึก ข้อมูลที่พิมพ์ยังอยู่ กรุณาแจ้งผู้ดูแลระบบ": (
        "The disk could not be read or written: nothing was saved, and what you typed is still here. "
        "Please tell the administrator."
    ),
    "บัญชีนี้ถูกระงับหรือเปลี่ยนบทบาทแล้ว กรุณาเข้าสู่ระบบใหม่ (ข้อมูลที่พิมพ์เก็บเป็นฉบับร่างแล้ว)": (
        "This account was disabled or its role changed. Please sign in again (what you typed is kept as a "
        "draft)."
    ),
    "เปลี่ยนบทบาทของตนเองไม่ได้": "You cannot change your own role.",
    "ต้องระบุชื่อผู้ใช้": "A username is required.",
    "ต้องระบุรหัสผ่าน": "A password is required.",
    "ไม่พบไฟล์รหัสผ่าน": "The password file was not found.",
    "ไฟล์รหัสผ่านต้องอ่านได้เฉพาะเจ้าของ": "The password file must be readable by its owner only.",
    "จุดบริการนี้เชื่อมต่อระบบกลางแล้ว ห้ามสร้างข้อมูลตัวอย่าง": (
        "This counter is connected to a center: no demo data here."
    ),
    "ค่าที่ตั้งไม่ถูกต้อง": "That value is not valid for this setting.",
    "ไม่รู้จักการตั้งค่านี้": "Unknown setting.",
    "บัญชีบริการส่งข้อมูล (อัตโนมัติ)": "Sync service account (unattended)",
    "ข้อมูลยังไม่ครบถ้วน กรุณาแก้ไขช่องที่มีข้อความสีแดง": "Some information is missing. Please correct the fields marked in red.",
    "ไม่พบข้อมูลที่ต้องการ": "Not found",
    "ไม่พบเรื่องนี้": "Case not found",
    "เรื่องนี้ถูกยกเลิกแล้ว แก้ไขไม่ได้": "This case was voided and cannot be amended",
    "รายการนี้ไม่ใช่เรื่องร้องทุกข์": "This record is not a complaint",
    "กรุณาระบุเหตุผลการแก้ไข": "Please give the reason for the amendment",
    "เหตุผลการแก้ไขยาวเกินกำหนด": "The reason is too long",
    "ยังไม่มีการแก้ไขข้อมูล จึงไม่ได้บันทึกฉบับใหม่": "Nothing was changed, so no new version was saved",
    "เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเปิดรายการใหม่แล้วแก้ไขอีกครั้ง": (
        "Someone else amended this case meanwhile. Please open it again and redo the amendment."
    ),
    "ไม่พบเรื่องเดิมที่เชื่อมโยงไว้": "The linked earlier case was not found",
    "เชื่อมโยงเรื่องกับตัวเองไม่ได้": "A case cannot be linked to itself",
    "ฉบับร่างมีขนาดใหญ่เกินไป จึงไม่ได้บันทึกอัตโนมัติ": "The draft is too large to be kept automatically",
    "ไม่พบไฟล์เอกสารแนบ": "Attachment not found",
    "ไฟล์เอกสารแนบเสียหาย": "The attachment is damaged",
    "กรุณากรอกชื่อวันหยุด": "Please enter the holiday's name",
    "ปิดการเยือนของกลุ่มนี้แล้ว": "This group's visit is closed",
    "ยังไม่มีบริการบันทึกการประสานมวลชนในรุ่นนี้": "Group petitions are not available in this version",
    "ประเภทข้อมูลตัวอย่างไม่ถูกต้อง": "Unknown kind of demo data",
    "ไม่พบงานพิมพ์นี้": "Print job not found",
    "งานพิมพ์นี้พิมพ์แล้วหรือถูกยกเลิกแล้ว": "This print job was already printed or cancelled",
    "เครื่องพิมพ์ไม่พร้อมใช้งาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเครื่องพร้อม": (
        "The printer is not ready. The job is kept and will print when the printer is ready."
    ),
    "ติดต่อเครื่องพิมพ์ไม่ได้ (ปิดเครื่องหรือสายหลุด) ระบบจะลองพิมพ์ใหม่อัตโนมัติ": (
        "Cannot reach the printer (switched off or unplugged). It will be retried automatically."
    ),
    "กระดาษหมด กรุณาเติมกระดาษ ระบบจะพิมพ์ให้อัตโนมัติ": "Out of paper. Load a new roll and it will print automatically.",
    "ฝาเครื่องพิมพ์เปิดอยู่ กรุณาปิดฝา": "The printer cover is open. Please close it.",
    "ส่งข้อมูลไปเครื่องพิมพ์ไม่สำเร็จ ระบบจะลองใหม่": "Sending to the printer failed; it will be retried",
    "ตั้งค่าที่อยู่เครื่องพิมพ์ไม่ถูกต้อง กรุณาแจ้งผู้ดูแลระบบ": (
        "The printer address is not valid. Please tell the administrator."
    ),
    "ไม่รู้จักรุ่นเครื่องพิมพ์ที่ตั้งค่าไว้": "Unknown printer model in the settings",
    "ความกว้างกระดาษที่ตั้งไว้กว้างเกินกว่าเครื่องพิมพ์รุ่นนี้": "The paper width set is wider than this printer model",
    "เครื่องนี้ไม่รองรับการเชื่อมต่อเครื่องพิมพ์แบบนี้": "This computer cannot use this kind of printer connection",
    "พิมพ์ไม่สำเร็จเพราะข้อผิดพลาดภายในโปรแกรม": "Printing failed because of an internal error",
    "ส่งงานพิมพ์ไปที่เครื่องพิมพ์ของระบบไม่สำเร็จ": "Sending the job to the system printer failed",
    "กระดาษหมด กรุณาเติมกระดาษแล้วสั่งพิมพ์ใหม่": "Out of paper. Load paper and print again.",
    "ติดต่อศูนย์กลางไม่ได้ ระบบจะส่งข้อมูลให้อัตโนมัติภายหลัง": (
        "Cannot reach the center. The data will be sent automatically later."
    ),
    "ที่อยู่ศูนย์กลางไม่ถูกต้อง": "The center's address is not valid",
    "เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์กลาง": "This counter is not connected to the center",
    "ไฟล์รหัสเชื่อมต่อว่างเปล่า": "The token file is empty",
    "ศูนย์กลางไม่รับรหัสเชื่อมต่อของจุดบริการนี้": "The center refused this station's token",
    "ไม่พบไฟล์ใบรับรองที่ตั้งค่าไว้": "The configured certificate file was not found",
    "ไม่พบรายการในคิวส่งข้อมูล": "Not found in the sync queue",
    "ทำรายการนี้กับสถานะปัจจุบันของคิวไม่ได้": "Not possible in the item's current queue state",
    "ไม่พบผลการกระทบยอดของวันนี้": "No reconciliation for this day",
    "ทำรายการไม่สำเร็จ ({code}) กรุณาลองใหม่อีกครั้ง": "Could not complete ({code}). Please try again.",
    # ---- statuses and kinds
    "รอส่ง": "Waiting to send",
    "กำลังส่ง": "Sending",
    "ส่งแล้ว": "Sent",
    "ศูนย์ไม่รับ": "Rejected by center",
    "ข้อมูลขัดแย้ง": "Conflict",
    "พักการส่ง": "On hold",
    "ถอนแล้ว": "Withdrawn",
    "เรื่องร้องทุกข์": "Complaint",
    "แบบประเมินความพึงพอใจ": "Satisfaction survey",
    "ร้องทุกข์/ร้องเรียน": "Grievance/complaint",
    "ขอความเป็นธรรม": "Request for fairness",
    "ขอความช่วยเหลือ": "Request for help",
    "แจ้งเบาะแส": "Tip-off",
    "เสนอข้อคิดเห็น": "Suggestion",
    "ขอคำปรึกษากฎหมาย": "Legal advice",
    "เปิดเผยตัวตน": "Identified",
    "ปกปิดตัวตน (ไม่เปิดเผยต่อหน่วยงาน)": "Confidential (not disclosed to agencies)",
    "ไม่ประสงค์ออกนาม": "Anonymous",
    "ศูนย์รับเรื่องแล้ว": "Received by the center",
    "ส่งต่อหน่วยงานแล้ว": "Forwarded to the agency",
    "อยู่ระหว่างดำเนินการ": "In progress",
    "ดำเนินการแล้วเสร็จ": "Resolved",
    "ยุติเรื่อง": "Closed",
    # ---- petitions (mass coordination)
    "บันทึก (Ctrl+S)": "Save (Ctrl+S)",
    "กลุ่มผู้ยื่นคำร้อง": "Petitioning group",
    "เช่น เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง": "e.g. Cassava Farmers' Network",
    "ชื่อกลุ่ม *": "Group name *",
    "องค์กร/สมาคม (ถ้ามี)": "Organisation/association (if any)",
    "องค์กร": "Organisation",
    "กลุ่มนี้เคยมายื่นคำร้องภายใน 90 วัน": "This group petitioned within the last 90 days",
    "เชื่อมโยงกับคำร้องที่เลือก": "Link to the selected petition",
    "ผู้แทนกลุ่ม (Ctrl+Shift+R เพิ่ม, Ctrl+Delete ลบ)": "Representatives (Ctrl+Shift+R add, Ctrl+Delete remove)",
    "เพิ่มผู้แทน": "Add representative",
    "ลบผู้แทนที่เลือก": "Remove selected representative",
    "จำนวน ที่มา และการมาถึง": "Headcount, origin and arrival",
    "จำนวนคนโดยประมาณ": "Estimated headcount",
    "จำนวนผู้มา (คน) *": "People present *",
    "วิธีประมาณจำนวน": "How it was estimated",
    "พิมพ์ชื่อจังหวัดแล้วกด Enter": "Type a province and press Enter",
    "เพิ่มจังหวัด": "Add province",
    "จังหวัดที่มา *": "Provinces of origin *",
    "เวลามาถึง *": "Arrived at *",
    "เดินทางกลับแล้ว": "Has left",
    "เวลาเดินทางกลับ": "Left at",
    "ประตูที่เข้า": "Entrance gate",
    "จุดรับเรื่อง/ห้อง": "Reception point/room",
    "ประเด็นและข้อเรียกร้อง": "Issues and demands",
    "สรุปประเด็นปัญหา *": "Summary of the issue *",
    "ข้อเรียกร้อง * (Ctrl+Shift+D เพิ่ม, Alt+↑/↓ เลื่อนลำดับ, Ctrl+Delete ลบ)": (
        "Demands * (Ctrl+Shift+D add, Alt+↑/↓ reorder, Ctrl+Delete remove)"
    ),
    "ข้อเรียกร้อง": "Demands",
    "หน่วยงานที่เกี่ยวข้อง (Contact Point)": "Agencies concerned (Contact Points)",
    "ค้นหาหน่วยงาน แล้วกด Space เพื่อเลือก": "Find an agency, then press Space to select it",
    "เจ้าหน้าที่ผู้รับหนังสือ": "Official who received the petition",
    "ชื่อผู้รับ *": "Received by *",
    "ตำแหน่ง": "Position",
    "ตำแหน่ง *": "Position *",
    "การประชุม/การเข้าพบที่จัดให้": "Meetings arranged",
    "เพิ่มการประชุม": "Add meeting",
    "การติดตามผล": "Follow-up",
    "ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ": "Unknown province. Please choose from the list.",
    "พบหลายจังหวัด กรุณาพิมพ์ให้ครบ": "Several provinces match. Please type more.",
    "เชื่อมโยงกับ {code} แล้ว": "Linked to {code}",
    "ชื่อกลุ่มตรงกัน": "Same group name",
    "ผู้แทนคนเดียวกัน": "Same representative",
    "เชื่อมโยงกับคำร้องเดิมแล้ว": "Linked to the earlier petition",
    "ผู้แทนคนที่ {n} – {field}: {text}": "Representative {n} – {field}: {text}",
    "ข้อที่ {n}": "Demand {n}",
    "การประชุมแถวที่ {n}": "Meeting row {n}",
    "ลำดับเหตุการณ์ระหว่างกลุ่มอยู่ในพื้นที่": "Timeline while the group is present",
    "บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้": "Save the petition first, then log events",
    "เวลา": "Time",
    "เหตุการณ์": "Event",
    "ผู้บันทึก": "Logged by",
    "รายละเอียด (พบใคร ย้ายไปที่ใด) — พิมพ์ก่อนกดปุ่มเหตุการณ์": (
        "Details (met whom, moved where) — type before pressing an event button"
    ),
    "ปิดการเยือน ({key})": "Close the visit ({key})",
    "กรุณาพิมพ์รายละเอียดก่อน: ": "Please type the details first: ",
    "ปิดการเยือนแล้ว กลุ่มเดินทางกลับเมื่อ {when}": "Visit closed; the group left at {when}",
    "กลุ่มยังอยู่ในพื้นที่": "The group is still present",
    "คำร้องใหม่ (Ctrl+N)": "New petition (Ctrl+N)",
    "สรุปสถานการณ์ประจำวัน (PDF)": "Daily situation report (PDF)",
    "เหตุผลการแก้ไข (จำเป็นเมื่อแก้ไขคำร้องที่บันทึกแล้ว)": "Reason for the amendment (required once saved)",
    "พิมพ์ใบรับเรื่องให้ผู้แทน (Ctrl+P)": "Print receipt for the representative (Ctrl+P)",
    "บันทึกการรับคำร้อง A4 (Ctrl+Shift+A)": "A4 petition record (Ctrl+Shift+A)",
    "กลุ่มที่มาวันนี้ ({day})": "Groups today ({day})",
    "อยู่ในพื้นที่": "Present",
    "กลับแล้ว": "Left",
    "คำร้องของกลุ่ม {group} (ฉบับที่ {version})": "Petition of {group} (version {version})",
    "เลขรับเรื่อง {code}": "Receipt no. {code}",
    "บันทึกคำร้องของกลุ่มใหม่": "Log a new group petition",
    "บันทึกคำร้องแล้ว เลขรับเรื่อง {code} — กด Ctrl+P เพื่อพิมพ์ใบรับเรื่องให้ผู้แทน": (
        "Petition saved, receipt no. {code} — press Ctrl+P to print the representative's receipt"
    ),
    "บันทึกการแก้ไขแล้ว (ฉบับที่ {version})": "Amendment saved (version {version})",
    "อ่านไฟล์ไม่ได้ กรุณาตรวจสอบไฟล์แล้วลองใหม่": "The file cannot be read. Please check it and try again.",
    "กำลังส่งใบรับเรื่องไปที่เครื่องพิมพ์…": "Sending the receipt to the printer…",
    "กำลังสร้างเอกสาร…": "Creating the document…",
    "สร้างเอกสารแล้ว: {path}": "Document created: {path}",
    "บันทึกไฟล์ไม่ได้ กรุณาตรวจสอบพื้นที่ดิสก์": "Cannot save the file. Please check the disk space.",
    # ---- printing status and printer settings
    "พิมพ์ใบรับเรื่องแล้ว": "Receipt printed",
    "ยังไม่ได้ตั้งค่าเครื่องพิมพ์ ใบรับเรื่องแสดงบนจอเท่านั้น": "No printer set up: the receipt is shown on screen only",
    "กำลังพิมพ์…": "Printing…",
    "กำลังพิมพ์ใบรับเรื่อง…": "Printing the receipt…",
    "ยกเลิกงานพิมพ์แล้ว": "Print job cancelled",
    "ใบรับเรื่องรอเครื่องพิมพ์": "Receipt waiting for the printer",
    "พิมพ์แล้ว — กระดาษใกล้หมด เตรียมม้วนใหม่": "Printed — paper is running low, get a new roll ready",
    "พิมพ์อีกครั้ง": "Print again",
    "แก้ไขเครื่องพิมพ์แล้ว (เติมกระดาษ เปิดเครื่อง) กดเพื่อพิมพ์ทันที": (
        "Printer fixed (paper loaded, switched on)? Press to print now"
    ),
    "รอพิมพ์ %1 ใบ": "%1 waiting to print",
    "พร้อมพิมพ์": "Ready",
    "พร้อมพิมพ์ แต่กระดาษใกล้หมด": "Ready, but paper is running low",
    "กระดาษหมด": "Out of paper",
    "ฝาเครื่องพิมพ์เปิดอยู่": "Cover open",
    "เครื่องพิมพ์ไม่พร้อม (ออฟไลน์)": "Printer not ready (offline)",
    "ติดต่อเครื่องพิมพ์ไม่ได้ ตรวจสอบการเปิดเครื่องและสายเชื่อมต่อ": (
        "Cannot reach the printer. Check that it is on and connected."
    ),
    "เชื่อมต่อได้ แต่เครื่องพิมพ์ไม่ตอบสถานะ (ยังพิมพ์ได้)": "Connected, but the printer does not report status (printing still works)",
    "การเชื่อมต่อแบบนี้ถามสถานะเครื่องพิมพ์ไม่ได้": "This kind of connection cannot ask the printer's status",
    "ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง": "Receipt printer settings",
    "ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง…": "Receipt printer settings…",
    "เครื่องพิมพ์": "Printer",
    "เลือกรูปแบบแล้วแก้ที่อยู่ เช่น tcp://ที่อยู่ไอพี:9100 หรือ usb://รหัสผู้ผลิต:รหัสสินค้า": (
        "Pick a form and edit the address, e.g. tcp://IP-ADDRESS:9100 or usb://VENDOR:PRODUCT"
    ),
    "58 มม. (384 จุด)": "58 mm (384 dots)",
    "80 มม. (576 จุด)": "80 mm (576 dots)",
    "อัตโนมัติตามความกว้าง": "Automatic, from the width",
    "ตรวจสถานะเครื่องพิมพ์": "Check printer status",
    "พิมพ์หน้าทดสอบ": "Print test page",
    "ที่อยู่เครื่องพิมพ์": "Printer address",
    "ความกว้างกระดาษ": "Paper width",
    "รุ่นเครื่องพิมพ์": "Printer model",
    "กำลังถามสถานะเครื่องพิมพ์…": "Asking the printer…",
    "สถานะ: %1": "Status: %1",
    "กำลังพิมพ์หน้าทดสอบ…": "Printing the test page…",
    "โหมดแสดงตัวอย่าง: ดูหน้าทดสอบทางขวา": "Preview mode: see the test page on the right",
    "ส่งหน้าทดสอบแล้ว ตรวจว่าอักษรไทยครบและขีดวัดความกว้างเต็มแผ่น (%1)": (
        "Test page sent. Check that the Thai text is complete and the ruler spans the paper (%1)"
    ),
    # ---- record detail and records list
    "ประวัติการบันทึกและแก้ไข": "History of versions",
    "ฉบับที่": "Version",
    "วันเวลา": "Date and time",
    "เจ้าหน้าที่": "Officer",
    "เหตุผลการแก้ไข": "Reason for amendment",
    "สถานะส่งข้อมูล": "Sync state",
    "เลือกรายการเพื่อดูรายละเอียด": "Select a record to see its details",
    "  (ฉบับที่ %1)": "  (version %1)",
    "บันทึกครั้งแรก": "First registration",
    "เลขติดตาม": "Tracking code",
    "รับเรื่องเมื่อ": "Received",
    "กำหนดแจ้งผลเบื้องต้น": "First answer due",
    "เจ้าหน้าที่ผู้รับเรื่อง": "Receiving officer",
    "สถานะส่งข้อมูลไปศูนย์": "Sync state with the center",
    "เลขเรื่องที่ศูนย์": "Center case number",
    "สถานะที่ศูนย์": "Status at the center",
    "ส่งต่อหน่วยงาน": "Forwarded to",
    "บันทึกจากศูนย์": "Note from the center",
    "การเปิดเผยตัวตน": "Identity",
    "ชื่อผู้ร้อง": "Complainant",
    "หนังสือเดินทาง": "Passport",
    "ที่อยู่": "Address",
    "สิ่งที่ผู้ร้องขอ": "Requested action",
    "ความยินยอม": "Consent",
    "ยินยอมให้ส่งข้อมูลให้หน่วยงาน": "Consents to sharing with agencies",
    "ไม่ยินยอม": "Does not consent",
    "เชื่อมโยงกับเรื่องเดิม": "Linked to earlier case",
    "หมู่ %1": "Moo %1",
    "ซอย%1": "Soi %1",
    "ถนน%1": "%1 Road",
    "(ไม่ประสงค์ออกนาม)": "(anonymous)",
    "รับเรื่องแล้ว": "Received",
    "วันที่รับเรื่อง": "Received on",
    "ค้นหา: ชื่อ เรื่อง เลขติดตาม เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์ (Ctrl+F)": (
        "Search: name, subject, tracking code, national ID or phone (Ctrl+F)"
    ),
    "แก้ไขเรื่องนี้…": "Amend this case…",
    "พิมพ์ใบรับเรื่องซ้ำ": "Reprint receipt",
    "%n รายการ": ("%n record", "%n records"),
    "ส่งใบรับเรื่อง (สำเนา) ไปที่เครื่องพิมพ์แล้ว": "Receipt copy sent to the printer",
    "พิมพ์ไม่สำเร็จ": "Printing failed",
    # ---- settings
    "เจ้าหน้าที่รับเรื่อง": "Counter officer",
    "เจ้าหน้าที่ประสานมวลชน": "Mass-coordination officer",
    "หัวหน้างาน": "Supervisor",
    "ผู้ดูแลระบบ": "Administrator",
    "บันทึก": "Save",
    "ปิด": "Close",
    "ภาษาที่ใช้แสดง": "Language",
    " นาที": " minutes",
    "ล็อกหน้าจอเมื่อไม่ใช้งานนาน": "Lock the screen after",
    "ที่อยู่เว็บติดตามเรื่อง (ใน QR)": "Tracking web address (in the QR code)",
    "รหัสจุดบริการ": "Station code",
    "การตั้งค่าอื่นทำได้โดยผู้ดูแลระบบเท่านั้น": "Other settings are for the administrator only",
    "ทั่วไป": "General",
    "ที่อยู่เว็บต้องขึ้นต้นด้วย https://": "The web address must start with https://",
    "บทบาท": "Role",
    "สถานะ": "Status",
    "รหัสผ่านเริ่มต้น": "Initial password",
    "เพิ่มผู้ใช้": "Add user",
    "ผู้ใช้": "Users",
    "ใช้งาน": "Active",
    "ระงับ": "Disabled",
    "ถูกล็อกชั่วคราว": "Locked for a while",
    "เพิ่มผู้ใช้ %1 แล้ว": "User %1 added",
    "วันหยุดพิเศษนอกเหนือจากวันหยุดราชการประจำปี ใช้คำนวณวันกำหนดแจ้งผล": (
        "Extra holidays besides the yearly public holidays, used for the answer due dates"
    ),
    "วันที่": "Date",
    "ชื่อวันหยุด": "Holiday",
    "ชื่อวันหยุด เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี": "Holiday name, e.g. special holiday by cabinet resolution",
    "เพิ่ม": "Add",
    "ลบที่เลือก": "Remove selected",
    "วันหยุดพิเศษ": "Extra holidays",
    "เกี่ยวกับ": "About",
    "โปรแกรมรับเรื่องราวร้องทุกข์ ณ จุดบริการ (PSC Counter)": "Walk-in complaint counter (PSC Counter)",
    "รุ่น": "Version",
    "ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 สำนักงานปลัดสำนักนายกรัฐมนตรี": (
        "Government Complaint Center 1111, Office of the Permanent Secretary, Office of the Prime Minister"
    ),
    "ข้อมูลและแบบอักษรที่ใช้": "Data and fonts",
    "สัญญาอนุญาตอยู่ในไฟล์ resources/fonts/OFL.txt": "licence in resources/fonts/OFL.txt",
    # ---- sync queue and connection (supervisor)
    "แก้ไขข้อมูลเพื่อส่งฉบับใหม่": "Correct the data and send a new version",
    "เหตุผลของการแก้ไข (จำเป็น)": "Reason for the correction (required)",
    "รายละเอียดผู้แทนคนที่ {n}": "Representative {n} details",
    "ส่งใบรับเรื่องไปที่เครื่องพิมพ์แล้ว": "Receipt sent to the printer",
    "ต้องตรวจสอบ (ขัดแย้ง/ไม่รับ/พัก)": "Needs review (conflict/rejected/held)",
    "ทั้งหมด": "All",
    "ค้นด้วยเลขติดตามเรื่อง": "Find by tracking code",
    "ปรับปรุง": "Refresh",
    "ส่งใหม่ทันที": "Retry now",
    "ปล่อยให้ส่งต่อ": "Release",
    "ส่งฉบับแก้ไขใหม่": "Send a corrected version",
    "ถอนการส่ง": "Withdraw",
    "แสดง:": "Show:",
    "คิวส่งข้อมูลไปยังศูนย์": "Sync queue to the center",
    "ส่งฉบับใหม่แทนฉบับที่ขัดแย้ง": "Send a new version in place of the conflicting one",
    "ส่งข้อมูลทันที": "Sync now",
    "ส่งเรื่องที่รออยู่ไปยังศูนย์และรับสถานะล่าสุดทันที": "Send waiting records to the center and fetch the latest status now",
    "● ออนไลน์": "● Online",
    "● ออฟไลน์": "● Offline",
    "○ ยังไม่เชื่อมต่อศูนย์": "○ Not connected to the center",
    "○ กำลังตรวจสอบ…": "○ Checking…",
    "รอส่ง %1 เรื่อง": "%1 waiting to send",
    "รอหัวหน้าตรวจสอบ %1": "%1 awaiting supervisor review",
    "ส่งสำเร็จล่าสุด %1": "Last successful sync %1",
    "ข้อมูลนี้ซ้ำกับรายการอื่น": "This duplicates another entry",
    "กำลังส่งข้อมูลกับศูนย์อยู่ กรุณารอสักครู่": "A sync with the center is running. Please wait.",
    "ไม่พบไฟล์รหัสเชื่อมต่อ": "The token file was not found",
    "อ่านไฟล์ข้อมูลอ้างอิงไม่ได้": "The reference data file cannot be read",
    "ติดต่อศูนย์ไม่ได้ — ระบบจะลองส่งใหม่อัตโนมัติ": "Cannot reach the center — sending will be retried automatically",
    "ศูนย์ไม่ว่างชั่วคราว — ระบบจะลองส่งใหม่อัตโนมัติ": "The center is busy — sending will be retried automatically",
    "ศูนย์ไม่รับรหัสของจุดบริการนี้ — แจ้งผู้ดูแลระบบ": "The center refused this station's token — tell the administrator",
    "คำตอบจากศูนย์ผิดรูปแบบ — แจ้งผู้ดูแลระบบ": "The center's answer was malformed — tell the administrator",
    "ข้อมูลใหญ่เกินที่ศูนย์รับได้ — แจ้งผู้ดูแลระบบ": "Too large for the center to accept — tell the administrator",
    "ยังไม่ได้ตั้งค่าการเชื่อมต่อศูนย์": "The connection to the center is not set up",
    # ---- issue 13: records search, due dates, reprint on screen, queue detail as a form, offline counts
    "กำหนดแจ้งผล": "Answer due",
    "เกินกำหนดแจ้งผลตามมาตรฐานการให้บริการแล้ว": "Past the answer due under the service standard",
    "กรองตามกำหนดแจ้งผลตามมาตรฐานการให้บริการ": "Filter by the answer due under the service standard",
    "ไม่พบเรื่องที่ตรงกับ “%1”": "No records match “%1”",
    "ไม่พบเรื่องตามตัวกรองที่เลือก": "No records match the chosen filter",
    "ใบรับเรื่อง (สำเนา) %1": "Receipt (copy) %1",
    "ไม่ได้ตั้งค่าเครื่องพิมพ์ จึงแสดงใบรับเรื่องบนหน้าจอเท่านั้น": (
        "No printer is set up, so the receipt is shown on screen only"
    ),
    "ไม่ได้ตั้งค่าเครื่องพิมพ์ แสดงสำเนาบนหน้าจอแทน": "No printer set up: the copy is shown on screen",
    "ส่งใบรับเรื่อง (สำเนา) เข้าคิวพิมพ์แล้ว": "Receipt copy queued for the printer",
    "ยอดของจุดบริการอ่านจากเครื่องนี้ ยอดของศูนย์จะแสดงเมื่อติดต่อศูนย์ได้": (
        "The counter's figures are read on this machine; the center's will show once it can be reached"
    ),
    "%1 KB": "%1 KB",
    "%1 MB": "%1 MB",
    "%1 ไบต์": "%1 bytes",
    "ใช่": "Yes",
    "ไม่ใช่": "No",
    "ไฟล์ที่ %1 (ไม่มีชื่อ)": "File %1 (no name)",
    "ข้อความ": "Text",
    "ข้อมูลที่ส่ง (ปิดบังข้อมูลส่วนบุคคล)": "Data sent (personal data masked)",
    "ข้อมูลไม่อยู่ในรูปแบบ JSON": "The data is not valid JSON",
    "ครั้ง": "times",
    "ส่งไม่สำเร็จ": "Failed attempts",
    "ศูนย์มีเนื้อหาอื่นในฉบับนี้": "The center holds different content for this version",
    "ศูนย์ได้รับฉบับนี้ไว้แล้วโดยมีข้อมูลไม่ตรงกับที่จุดบริการบันทึกไว้": (
        "The center already has this version with data that differs from what this counter recorded"
    ),
    "ศูนย์แจ้งว่า": "The center says",
    "ศูนย์แจ้งว่า: %1": "The center says: %1",
    "ประวัติ": "History",
    "บันทึกเมื่อ": "Recorded at",
    "เหตุผล (จำเป็น):": "Reason (required):",
    "อ่านเลขทวนให้ผู้ร้องฟังแล้ว": "Number read back to the complainant",
    "จังหวัดที่เกิดเหตุ": "Province of the incident",
    "อำเภอ/เขตที่เกิดเหตุ": "District of the incident",
    "เอกสารแนบ": "Attachments",
    "แจ้งประกาศความเป็นส่วนตัวแล้ว": "Privacy notice given",
    "ยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง": "Agrees to share the data with the agencies concerned",
    "ผู้ประสานงานของกลุ่ม": "Group's contact person",
    "บทบาทในกลุ่ม": "Role in the group",
    "ชื่อกลุ่ม": "Group name",
    "องค์กร/สมาคม": "Organisation/association",
    "ผู้แทนกลุ่ม": "Group representatives",
    "จำนวนผู้มา (คน)": "Number of people",
    "จังหวัดที่มา": "Provinces they came from",
    "เวลาที่มาถึง": "Arrived at",
    "เวลาที่เดินทางกลับ": "Left at",
    "สรุปประเด็นปัญหา": "Summary of the issue",
    "หน่วยงาน": "Agency",
    "พบกับ": "Met with",
    "ผล": "Result",
    "ลำดับเหตุการณ์": "Timeline",
    # ---- queue and reconciliation (supervisor)
    "คิวส่งข้อมูล": "Sync queue",
    "กระทบยอดกับศูนย์": "Reconcile with the center",
    "ฉบับ": "Version",
    "สถานะการส่ง": "Sync state",
    "SHA-256": "SHA-256",
    "รหัสเรื่อง": "Record ID",
    "SHA-256 จุดบริการ": "SHA-256 (station)",
    "SHA-256 ศูนย์": "SHA-256 (center)",
    "ส่งเรื่องที่ศูนย์ยังไม่มีอีกครั้ง": "Send again what the center does not have",
    "บันทึกรายงาน PDF": "Save PDF report",
    "ลงนามรับรองผลประจำวัน": "Sign off the day",
    "วันที่:": "Date:",
    "บันทึกที่จุดบริการ": "Recorded at the station",
    "ศูนย์ยืนยันการรับแล้ว": "Acknowledged by the center",
    "ศูนย์แจ้งว่ามีอยู่ในระบบ": "Held by the center",
    "กระทบยอดข้อมูลกับศูนย์": "Reconciliation with the center",
    "มีที่จุดบริการ แต่ศูนย์ไม่มี": "At the station, missing at the center",
    "ศูนย์มี แต่จุดบริการไม่มี": "At the center, missing at the station",
    "รหัสและฉบับตรงกันแต่เนื้อหาต่างกัน": "Same ID and version, different content",
    "กำลังตรวจสอบกับศูนย์…": "Checking with the center…",
    "ข้อมูลตรงกันทั้งหมด ไม่พบความแตกต่าง": "Everything matches; no differences",
    "พบความแตกต่าง %1 รายการ": "%1 differences found",
    "ส่งเรื่องเข้าคิวแล้ว — กดกระทบยอดอีกครั้งหลังส่งเสร็จ": "Queued for sending — reconcile again once sent",
    "บันทึกรายงานแล้ว: %1": "Report saved: %1",
    "ลงนามรับรองแล้ว": "Signed off",
    "ติดต่อศูนย์ไม่ได้": "Cannot reach the center",
    "ศูนย์ขอให้รอสักครู่ (429)": "The center asked to wait (429)",
    "ศูนย์ปิดปรับปรุงชั่วคราว (503)": "The center is down for maintenance (503)",
    "ศูนย์ขัดข้อง (500)": "The center failed (500)",
    "ศูนย์มีข้อมูลฉบับเดียวกันแต่เนื้อหาต่างกัน": "The center holds this version with different content",
    "ศูนย์ไม่รับเพราะข้อมูลไม่ครบหรือไม่ถูกต้อง": "Rejected by the center: data incomplete or invalid",
    "ไม่พบไฟล์แนบในเครื่องนี้": "The attachment is not on this counter",
    "ศูนย์ไม่รับรหัสของจุดบริการ": "The center refused the station's token",
    "ถอนการส่งแล้ว": "Withdrawn from sending",
    "ส่งใหม่ตามผลการกระทบยอด": "Sent again after reconciliation",
    "ศูนย์แจ้งข้อมูลขัดแย้ง": "Conflict reported by the center",
    "สั่งส่งใหม่ทันที": "Retry ordered",
    "ส่งไม่สำเร็จ (ครั้ง)": "Failed attempts",
    "ข้อผิดพลาดล่าสุด": "Last error",
    "ปรับปรุงเมื่อ": "Updated",
    # ---- dashboard, ratings, due cases (issue 11)
    "ภาพรวมการให้บริการ": "Service overview",
    "วันนี้": "Today",
    "สัปดาห์นี้": "This week",
    "เดือนนี้": "This month",
    "ปีงบประมาณนี้": "This fiscal year",
    "รายงาน PDF": "PDF report",
    "ส่งออก Excel": "Export to Excel",
    "เรื่องร้องทุกข์ (วันนี้ / ช่วงนี้)": "Complaints (today / period)",
    "เป็นเรื่องใหม่ (ไม่ใช่การมาซ้ำ)": "New cases (not repeat visits)",
    "การประสานมวลชน / จำนวนคน": "Group petitions / people",
    "ตอบภายใน 1.5 วันทำการ": "Answered within 1.5 working days",
    "เกินกำหนด": "Overdue",
    "ครบกำหนดวันนี้ / ใน 2 ชม.ทำการ": "Due today / within 2 working hours",
    "ความพึงพอใจ (เฉลี่ย / จำนวน)": "Satisfaction (mean / count)",
    "ใบรับเรื่อง พิมพ์ / พิมพ์ซ้ำ / ยกเลิก": "Receipts printed / reprinted / voided",
    "คิวส่งศูนย์ (รอ / ปฏิเสธ / ขัดแย้ง)": "Queue (waiting / rejected / conflicts)",
    "ศูนย์ตอบล่าสุด": "Center last answered",
    "สำรองข้อมูลล่าสุด": "Last backup",
    "รับเรื่องวันนี้ รายชั่วโมง": "Registered today, by hour",
    "ตามประเภทเรื่อง (ช่วงนี้)": "By category (period)",
    "คะแนนความพึงพอใจ (ช่วงนี้)": "Satisfaction ratings (period)",
    "กำหนดตอบ": "Promised by",
    "ครบกำหนดวันนี้": "Due today",
    "ยังไม่เคย": "Never",
    "รอพิมพ์ %n ใบ": ("%n receipt waiting", "%n receipts waiting"),
    "พร้อม": "Ready",
    "มีปัญหา — รอพิมพ์ %n ใบ": ("Problem — %n receipt waiting", "Problem — %n receipts waiting"),
    "ยังไม่มี": "None yet",
    "ข้อมูล ณ %1": "As of %1",
    "บันทึกรายงาน": "Save report",
    "กำลังทำรายงาน…": "Making the report…",
    "มีเรื่องเกินกำหนดตอบ": "Cases past their promised date",
    "%n เรื่องเพิ่งเกินกำหนด 1.5 วันทำการ": (
        "%n case just passed the 1.5-working-day standard",
        "%n cases just passed the 1.5-working-day standard",
    ),
    "ประเมินความพึงพอใจ": "Rate our service",
    "ขอบคุณที่ใช้บริการ ศูนย์บริการประชาชน": "Thank you for visiting the Public Service Center",
    "ท่านพอใจกับบริการวันนี้เพียงใด (กดตัวเลข 1–5)": "How satisfied are you with today's service? (press 1–5)",
    "ควรปรับปรุง": "Needs improvement",
    "พอใช้": "Fair",
    "ปานกลาง": "Moderate",
    "ดี": "Good",
    "ดีมาก": "Very good",
    "ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)": "Any suggestion (optional)",
    "ขอบคุณสำหรับความคิดเห็นของท่าน": "Thank you for your feedback",
    "เรื่องนี้ได้รับการประเมินแล้ว": "This case has been rated already",
    "เรื่องของฉัน: เกินกำหนด %1 · ครบกำหนดวันนี้ %2": "My cases: overdue %1 · due today %2",
    # ---- installing and supporting (issue 10)
    "ช่วยเหลือ": "Help",
    "เกี่ยวกับโปรแกรม": "About PSC Counter",
    "เก็บข้อมูลสำหรับฝ่ายสนับสนุน…": "Support bundle…",
    "ข้อมูลสำหรับฝ่ายสนับสนุน": "Support bundle",
    "บันทึกไฟล์แล้ว (ไม่มีข้อมูลส่วนบุคคล) แนบไฟล์นี้ส่งให้ฝ่ายสนับสนุน:\n%1": (
        "File saved (no personal data). Attach it to your message to the help desk:\n%1"
    ),
    "ฐานข้อมูลนี้สร้างโดยโปรแกรมรุ่นที่ใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นล่าสุด (ไม่ได้แก้ไขไฟล์ใด ๆ)": (
        "This database was made by a newer version of the program. Install the latest version "
        "(no file was changed)."
    ),
    "คิวพิมพ์ของระบบหยุดไว้หรือไม่รับงาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเปิดคิวอีกครั้ง": (
        "The system print queue is paused or refuses jobs. The receipt is kept and prints when the queue "
        "is resumed."
    ),
    # ---- petitions: texts that used to pass through tr(variable) and never reached the .ts file
    "เพิ่มข้อเรียกร้อง": "Add demand",
    "เลื่อนขึ้น": "Move up",
    "เลื่อนลง": "Move down",
    "ลบข้อที่เลือก": "Remove selected demand",
    "ปิดการเยือนแล้ว บันทึกเหตุการณ์เพิ่มไม่ได้": "The visit is closed; no more events can be logged",
    "ไม่มีข้อมูลที่เปลี่ยนแปลง": "Nothing was changed",
    "ไม่พบคำร้องนี้": "Petition not found",
    "คำร้องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเลือกคำร้องใหม่แล้วแก้ไขอีกครั้ง": (
        "Someone else has changed this petition; select it again and redo your change"
    ),
    "ไม่พบไฟล์แนบในเครื่อง กรุณาแนบไฟล์ใหม่": "The attachment is not on this computer; attach the file again",
    "ไฟล์ {name} มีขนาด {size} MB เกินขนาดที่รับได้ {limit} MB จึงไม่ได้แนบ (ข้อมูลอื่นที่กรอกไว้ยังอยู่ครบ) กรุณาสแกนใหม่ด้วยความละเอียดต่ำลงหรือแยกเป็นหลายไฟล์": (  # noqa: E501
        "The file {name} is {size} MB, over the {limit} MB limit, so it was not attached (everything else you "
        "typed is kept). Scan it again at a lower resolution or split it into several files"
    ),
    "จำนวนผู้มาต้องเป็นตัวเลขตั้งแต่ 1 ถึง {limit} คน": "The headcount must be a number from 1 to {limit}",
    "เวลาเดินทางกลับต้องไม่ก่อนเวลามาถึง และต้องไม่ใช่เวลาในอนาคต": (
        "The departure time must not be before the arrival or in the future"
    ),
    "กรุณาระบุเวลาที่กลุ่มเดินทางกลับ": "Enter the time the group left",
    "เวลามาถึงต้องไม่ใช่เวลาในอนาคต": "The arrival time must not be in the future",
    "กรุณาระบุเวลาที่กลุ่มมาถึง": "Enter the time the group arrived",
    "กรุณาเพิ่มผู้แทนกลุ่มอย่างน้อย 1 คน": "Add at least one representative",
    "กรุณาเลือกผู้ประสานงานหลักของกลุ่ม 1 คน": "Choose one main contact for the group",
    "ผู้แทนกลุ่มมากเกินกำหนด (ไม่เกิน 50 คน)": "Too many representatives (50 at most)",
    "เลขประจำตัวประชาชนซ้ำกับผู้แทนคนอื่นในกลุ่มนี้": "This national ID is also another representative's",
    "กรุณาเพิ่มจังหวัดที่กลุ่มเดินทางมาอย่างน้อย 1 จังหวัด": "Add at least one province the group came from",
    "เลือกจังหวัดนี้ซ้ำ": "This province was chosen twice",
    "กรุณาเพิ่มข้อเรียกร้องอย่างน้อย 1 ข้อ": "Add at least one demand",
    "ข้อเรียกร้องมากเกินกำหนด (ไม่เกิน 100 ข้อ)": "Too many demands (100 at most)",
    "ข้อเรียกร้องว่าง กรุณากรอกหรือลบข้อนี้": "This demand is empty; fill it in or remove it",
    "กรุณาระบุว่าประชุมกับใคร": "Enter who the meeting was with",
    "เวลาต้องไม่ก่อนเวลาที่กลุ่มมาถึง": "The time must not be before the group arrived",
    "เวลาประชุมต้องเป็น ชม.:นาที เช่น 13:30": "The meeting time must be hours:minutes, e.g. 13:30",
    "คำนำหน้า": "Title",
    "การทวนเลขประจำตัว": "ID read-back",
    "LINE": "LINE",
    "ตำแหน่งในกลุ่ม": "Role in the group",
    "เจ้าหน้าที่นับ": "Counted by an officer",
    "ตามที่ผู้แทนกลุ่มแจ้ง": "As the representatives said",
    "จากรายชื่อผู้ลงนาม": "From the signature list",
    "ประมาณจากพื้นที่และความหนาแน่น": "Estimated from area and density",
    "ตามที่เจ้าหน้าที่ตำรวจแจ้ง": "As the police said",
    "ประมาณจากจำนวนรถ": "Estimated from the number of vehicles",
    "พบกับ (ชื่อ ตำแหน่ง หน่วยงาน)": "Met with (name, position, agency)",
    "เวลา (ชม.:นาที)": "Time (hh:mm)",
    "สถานที่": "Place",
    "ผลการประชุม": "Outcome",
    "ผู้ประสานงาน": "Contact",
    "ทวนเลขแล้ว": "ID read back",
    "แทนที่ด้วยฉบับที่ %1": "Replaced by version %1",
    # ---- backups and recovery (issue #9)
    "สำรองข้อมูลไม่สำเร็จ — จะลองใหม่อัตโนมัติ": "Backup failed — will try again automatically",
    "ยังไม่มีไฟล์สำรองข้อมูล": "No backup yet",
    "สำรองข้อมูลล่าสุด %1": "Last backup %1",
    " · ยังไม่ได้คัดลอกไปโฟลเดอร์สำรองที่สอง": " · not yet copied to the second backup folder",
    "เมื่อสักครู่": "just now",
    "%1 นาทีที่แล้ว": "%1 min ago",
    "%1 ชั่วโมงที่แล้ว": "%1 h ago",
    "%1 วันที่แล้ว": "%1 days ago",
    "ฐานข้อมูลเสียหาย": "Damaged database",
    "ฐานข้อมูลเสียหาย กำลังค้นหาไฟล์สำรองล่าสุดที่ใช้ได้…": "The database is damaged. Looking for the newest good backup…",
    "กู้คืนจากไฟล์สำรองนี้": "Restore from this backup",
    "ปิดโปรแกรม": "Close the program",
    "เปิดโปรแกรม": "Open the program",
    "ฐานข้อมูลเสียหาย พบไฟล์สำรองล่าสุดที่ใช้ได้ เมื่อ %1\n"
    "กู้คืนจากไฟล์นี้ แล้วดึงเรื่องที่ศูนย์รับไว้หลังจากนั้นกลับมาหรือไม่\n"
    "(ไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์สำรองข้อมูล)": (
        "The database is damaged. The newest good backup is from %1.\n"
        "Restore it, then fetch back from the center the records it acknowledged since?\n"
        "(The damaged file is kept in the backups folder.)"
    ),
    "ฐานข้อมูลเสียหาย และ%1 กรุณาติดต่อผู้ดูแลระบบ": "The database is damaged: %1. Please call the administrator.",
    "กำลังกู้คืนฐานข้อมูลและดึงเรื่องจากศูนย์…": "Restoring the database and fetching records from the center…",
    "กู้คืนฐานข้อมูลแล้ว ดึงเรื่องที่ศูนย์รับแล้วกลับมา %1 รายการ": (
        "Database restored; %1 records fetched back from the center"
    ),
    "ยังไม่ได้เชื่อมต่อศูนย์ จึงดึงเรื่องจากศูนย์ไม่ได้": "Not connected to a center: nothing could be fetched",
    "ติดต่อศูนย์ไม่ได้ในขณะนี้ ผู้ดูแลระบบใช้คำสั่ง psc-counter recover --rebuild-only ภายหลังได้": (
        "The center cannot be reached now; an administrator can run psc-counter recover --rebuild-only later"
    ),
    "ไฟล์สำรองมาจากโปรแกรมรุ่นใหม่กว่านี้": "The backup comes from a newer version of the program",
    "ไฟล์นี้ไม่ใช่ไฟล์สำรองของโปรแกรมจุดบริการ": "This file is not a counter backup",
    "ไม่พบไฟล์สำรองที่ใช้ได้": "No usable backup was found",
    "ฐานข้อมูลไม่ได้เสียหาย": "The database is not damaged",
    "ยกเลิกการกู้คืน ฐานข้อมูลยังไม่ถูกเปลี่ยน": "Recovery cancelled; the database was not changed",
    # ---- PDPA lifecycle (ui/supervisor/privacy_page.py, petition representatives)
    "ข้อมูลส่วนบุคคล (PDPA)": "Personal data (PDPA)",
    "ระยะเวลาเก็บข้อมูลส่วนบุคคล": "Retention of personal data",
    "เรื่องร้องทุกข์เก็บ {c:,} วัน และการประสานมวลชนเก็บ {p:,} วัน นับจากความเคลื่อนไหวล่าสุด "
    "เมื่อครบกำหนดและศูนย์ยืนยันการรับแล้ว ข้อมูลส่วนบุคคลจะถูกทำลาย "
    "คงไว้เพียงเลขรับเรื่อง วันที่ และสถานะ (ระบบตรวจทุกวันโดยอัตโนมัติ)": (
        "Complaints are kept {c:,} days and group petitions {p:,} days after their last activity. Once due "
        "and acknowledged by the center, their personal data is destroyed; only the tracking code, dates "
        "and status remain (checked automatically every day)"
    ),
    "ตรวจรายการที่ครบกำหนด": "List what is due",
    "ทำลายข้อมูลที่ครบกำหนดตอนนี้": "Destroy what is due now",
    "ทำลายข้อมูลส่วนบุคคลของเรื่องที่ครบระยะเวลาเก็บตอนนี้? ย้อนกลับไม่ได้": (
        "Destroy the personal data of records past retention now? This cannot be undone"
    ),
    "ครบระยะเวลาเก็บ {n:,} เรื่อง": "{n:,} records past retention",
    "ทำลายข้อมูลส่วนบุคคลแล้ว {n:,} เรื่อง": "Personal data of {n:,} records destroyed",
    " — รอศูนย์ยืนยันการรับ {n:,} เรื่อง (ยังเก็บไว้)": " — {n:,} waiting for the center's acknowledgement (kept)",
    "คำขอของเจ้าของข้อมูล (เข้าถึง / ลบ)": "Data subject requests (access / erasure)",
    "หรือหมายเลขโทรศัพท์": "or phone number",
    "เหตุผล / เลขที่คำขอ": "Reason / request number",
    "เช่น เลขที่หนังสือคำขอ": "e.g. the request letter's number",
    "ส่งออกข้อมูลทั้งหมดของบุคคลนี้ (PDF และ JSON)…": "Export everything about this person (PDF and JSON)…",
    "ลบข้อมูลทั้งหมดของบุคคลนี้ตามคำขอ…": "Erase everything about this person on request…",
    "ยืนยัน": "Confirm",
    "เลือกโฟลเดอร์ที่จะบันทึกไฟล์": "Choose the folder for the files",
    "ส่งออกแล้ว {r:,} เรื่อง {v:,} ฉบับ ไฟล์แนบ {a:,} รายการ: {path}": (
        "Exported {r:,} records, {v:,} versions, {a:,} attachments: {path}"
    ),
    "ลบข้อมูลส่วนบุคคลทุกเรื่องของบุคคลนี้ และแจ้งศูนย์ให้ลบด้วย? ย้อนกลับไม่ได้": (
        "Erase the personal data of every record of this person, and ask the center to erase it too? "
        "This cannot be undone"
    ),
    "ลบข้อมูลแล้ว {n:,} เรื่อง: {codes} (แจ้งศูนย์เมื่อซิงก์ครั้งถัดไป)": (
        "Erased {n:,} records: {codes} (the center is told at the next sync)"
    ),
    "กรุณาระบุเลขประจำตัวประชาชนหรือหมายเลขโทรศัพท์ของเจ้าของข้อมูล": (
        "Enter the person's national ID number or phone number"
    ),
    "ข้อมูลส่วนบุคคลของเรื่องนี้ถูกทำลายแล้ว": "This record's personal data has been destroyed",
    "ไม่พบคลังกุญแจข้อมูลส่วนบุคคล (keyvault.sqlite3) จึงเปิดอ่านข้อมูลไม่ได้": (
        "The personal-data key vault (keyvault.sqlite3) is missing: records cannot be read"
    ),
    "คลังกุญแจข้อมูลส่วนบุคคลไม่ตรงกับฐานข้อมูลนี้": "The personal-data key vault does not belong to this database",
    "ข้อมูลของเรื่องนี้เสียหาย เปิดอ่านไม่ได้ กรุณาแจ้งผู้ดูแลระบบ": (
        "This record's data is damaged and cannot be read. Please tell the administrator."
    ),
    "กรุณาระบุผู้ใช้": "Please name the user",
    "ไฟล์รหัสผ่านต้องอ่านได้เฉพาะเจ้าของ": "The password file must be readable by its owner only",
    # ---- devices: ID-card reader, barcode/QR scanner, document scanner
    "วว/ดด/ปปปป (พ.ศ.)": "dd/mm/yyyy (Buddhist era)",
    "อ่านจากบัตรประจำตัวประชาชน แก้ไขได้": "Read from the national ID card; may be edited",
    "ดูรูปถ่ายจากบัตร": "Show the card's photo",
    "แนบรูปถ่าย (ผู้ร้องยินยอมแล้ว)": "Attach the photo (the complainant consents)",
    "เสียบบัตรประชาชนเพื่อกรอกชื่อ เลขประจำตัว วันเกิด และที่อยู่โดยอัตโนมัติ": (
        "Insert the national ID card to fill in name, ID number, birth date and address"
    ),
    "กำลังอ่านบัตร… กรุณาอย่าดึงบัตรออก": "Reading the card… please do not pull it out",
    "บัตรหมดอายุแล้ว (หมดอายุ %1) กรอกข้อมูลให้แล้ว กรุณาตรวจสอบเอกสารอื่นประกอบ": (
        "The card has expired (on %1). The form was filled; please check another document too"
    ),
    "กรอกข้อมูลจากบัตรประชาชนแล้ว (ช่องสีฟ้า) กรุณาตรวจสอบ แก้ไขได้": (
        "Filled from the ID card (blue fields). Please check; they may be edited"
    ),
    "บัตรนี้ไม่มีรูปถ่ายที่อ่านได้": "This card has no readable photo",
    "เครื่องอ่านบัตร: กำลังอ่านบัตร…": "Card reader: reading…",
    "เครื่องอ่านบัตร: มีบัตรอยู่ในเครื่อง": "Card reader: card inserted",
    "เครื่องอ่านบัตร: พร้อม": "Card reader: ready",
    "วันเกิด": "Date of birth",
    "ไม่มีสิทธิ์เปิดดูเรื่อง %1": "You may not open case %1",
    "เปิดเรื่องเลขที่ %1 จากใบรับเรื่องที่สแกน": "Opened case %1 from the scanned receipt",
    "สแกนเอกสารแนบ": "Scan documents",
    "แนบเอกสารที่สแกนแล้ว": "Scanned document attached",
    "แนบรูปถ่ายจากบัตรแล้ว": "Card photo attached",
    " (เอกสารแนบ %1 ไฟล์)": " (%1 attachments)",
    "วันที่ไม่ถูกต้อง กรุณากรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 15/01/2530": (
        "Not a date: type dd/mm/yyyy in the Buddhist era, e.g. 15/01/2530"
    ),
    "บัตรถูกดึงออกก่อนอ่านเสร็จ ข้อมูลในแบบฟอร์มยังเหมือนเดิม กรุณาเสียบบัตรใหม่อีกครั้ง": (
        "The card was pulled out before it was read. The form is unchanged; please insert the card again"
    ),
    "บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน อ่านข้อมูลไม่ได้": "This is not a Thai national ID card; it cannot be read",
    "อ่านข้อมูลจากบัตรไม่สำเร็จ กรุณาเสียบบัตรใหม่อีกครั้ง": "The card could not be read; please insert it again",
    "ไม่พบเครื่องอ่านบัตรประจำตัวประชาชน": "No ID card reader found",
    "ยกเลิกการสแกนแล้ว ไม่ได้บันทึกเอกสาร": "Scan cancelled; nothing was stored",
    "สแกนเอกสารไม่สำเร็จ กรุณาตรวจสอบเครื่องสแกนแล้วลองใหม่": "The scan failed; check the scanner and try again",
    "ไม่พบเครื่องสแกนเอกสาร": "No document scanner found",
    "เครื่องสแกน": "Scanner",
    "โหมดสี": "Colour mode",
    "ความละเอียด": "Resolution",
    " หน้า": " pages",
    "จำนวนหน้า": "Pages",
    "กำลังค้นหาเครื่องสแกน…": "Looking for scanners…",
    "เริ่มสแกน": "Scan",
    "วางเอกสารในเครื่องสแกนแล้วกด เริ่มสแกน": "Put the document in the scanner and press Scan",
    "กำลังสแกนหน้า 1 จาก %1…": "Scanning page 1 of %1…",
    "กำลังสแกนหน้า %1 จาก %2…": "Scanning page %1 of %2…",
    "กำลังยกเลิก…": "Cancelling…",
    "กำลังบันทึกเอกสาร…": "Storing the document…",
    "แนบเอกสารที่สแกนแล้ว %1 หน้า": "Scanned document attached (%1 pages)",
    "หยุดสแกน": "Stop scanning",
    "รหัสที่สแกนไม่ใช่เลขที่เรื่องหรือใบรับเรื่องของศูนย์ฯ": "The scanned code is not a case number or receipt of the center",
    "ไม่พบเรื่องเลขที่ %1 ในเครื่องนี้ (อาจรับเรื่องที่จุดบริการอื่น)": (
        "Case %1 is not on this counter (it may have been registered at another service point)"
    ),
    "สี": "Colour",
    "ขาวดำ (ระดับเทา)": "Greyscale",
    "ขาวดำ (ตัวอักษร)": "Black and white (text)",
    # ---- accounts, first run, connect from Settings, confirm buttons (issue 13)
    "ใช่": "Yes",
    "ไม่ใช่": "No",
    "ตกลง": "OK",
    "ตั้งรหัสผ่านใหม่": "Set a new password",
    "กรุณาตั้งรหัสผ่านใหม่ของท่านก่อนเริ่มใช้งาน": "Please set your own password before you start",
    "%1 — รหัสผ่านที่ใช้อยู่ผู้ดูแลระบบเป็นผู้ตั้งให้ ต้องเปลี่ยนเป็นรหัสที่ท่านรู้คนเดียว (อย่างน้อย %2 ตัวอักษร)": (
        "%1 — the administrator set your current password; replace it with one only you know "
        "(at least %2 characters)"
    ),
    "รหัสผ่านใหม่": "New password",
    "ยืนยันรหัสผ่านใหม่": "New password again",
    "บันทึกรหัสผ่านใหม่": "Save new password",
    "ต้องตั้งรหัสผ่านใหม่ก่อนเข้าใช้งาน": "Set a new password before you start",
    "ตั้งรหัสผ่านชั่วคราวให้บัญชีของตนเองไม่ได้": "You cannot give your own account a temporary password",
    "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านชั่วคราว": "The new password must differ from the temporary one",
    "ติดต่อศูนย์ที่ที่อยู่นี้ไม่ได้ กรุณาตรวจสอบที่อยู่ การเชื่อมต่อเครือข่าย และไฟล์ใบรับรอง (ถ้ามี)": (
        "The center does not answer at this address. Check the address, the network and the certificate "
        "file (if any)"
    ),
    (
        "ศูนย์ 1111 ออกไฟล์รหัสเชื่อมต่อ (โทเค็น) ให้แต่ละจุดบริการ กรอกที่อยู่ศูนย์และเลือกไฟล์นั้น "
        "ระบบจะตรวจกับศูนย์ก่อน และบันทึกเมื่อศูนย์ยืนยันว่าเป็นรหัสของจุดบริการนี้เท่านั้น"
    ): (
        "The 1111 center issues each station a connection token file. Enter the center's address and pick "
        "that file: the counter checks with the center first and saves only when the center confirms the "
        "token is this station's."
    ),
    "ที่อยู่ศูนย์": "Center address",
    "ไฟล์รหัสเชื่อมต่อ": "Token file",
    "ไม่ต้องกรอก เว้นแต่ศูนย์ใช้ใบรับรองของตนเอง": "Leave empty unless the center uses its own certificate",
    "ไฟล์ใบรับรอง CA": "CA certificate file",
    "ตรวจสอบและเชื่อมต่อ": "Check and connect",
    "เลือกไฟล์…": "Choose file…",
    "เลือกไฟล์รหัสเชื่อมต่อจากศูนย์": "Choose the token file from the center",
    "เลือกไฟล์ใบรับรอง CA (PEM)": "Choose the CA certificate file (PEM)",
    "สถานะ: ยังไม่ได้เชื่อมต่อศูนย์ — เรื่องที่บันทึกจะรอส่งอยู่ในเครื่องนี้": (
        "Status: not connected to the center — saved cases wait on this computer"
    ),
    "สถานะ: เชื่อมต่อกับ %1 แล้ว": "Status: connected to %1",
    "กรุณากรอกที่อยู่ศูนย์ เช่น https://sync.example.go.th": (
        "Enter the center's address, e.g. https://sync.example.go.th"
    ),
    "กรุณาเลือกไฟล์รหัสเชื่อมต่อที่ได้รับจากศูนย์": "Choose the token file you received from the center",
    "เชื่อมต่อศูนย์แล้ว: จุดบริการ %1": "Connected to the center: station %1",
    "เชื่อมต่อศูนย์": "Center connection",
    "ยังไม่ได้เชื่อมต่อศูนย์": "Not connected to the center",
    (
        "เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์ 1111 จึงยังส่งข้อมูลไม่ได้ "
        "เรื่องที่บันทึกแล้วเก็บไว้ในเครื่องนี้ครบถ้วน และจะส่งเมื่อเชื่อมต่อแล้ว"
    ): (
        "This counter is not connected to the 1111 center, so nothing can be sent yet. Saved cases are kept "
        "safely on this computer and are sent once it is connected."
    ),
    (
        "วิธีเชื่อมต่อ: ผู้ดูแลระบบเปิด ตั้งค่า › เชื่อมต่อศูนย์ กรอกที่อยู่ศูนย์ "
        "และเลือกไฟล์รหัสเชื่อมต่อที่ได้รับจากศูนย์ 1111"
    ): (
        "To connect: an administrator opens Settings › Center connection, enters the center's address and "
        "picks the token file received from the 1111 center."
    ),
    "เชื่อมต่อศูนย์ตอนนี้": "Connect now",
    "แก้ไขผู้ใช้ %1": "Edit user %1",
    "เมื่อเปลี่ยนบทบาท ผู้ใช้ที่เข้าสู่ระบบอยู่จะต้องเข้าสู่ระบบใหม่": (
        "When the role changes, a user who is signed in must sign in again"
    ),
    "ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง": "No counter officer account yet",
    (
        "เครื่องนี้ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง ผู้ดูแลระบบรับเรื่องร้องทุกข์เองไม่ได้ "
        "จึงยังไม่มีหน้ารับเรื่องร้องทุกข์\n\n"
        "สร้างบัญชีเจ้าหน้าที่รับเรื่องตอนนี้ จากนั้นออกจากระบบ "
        "แล้วให้เจ้าหน้าที่เข้าสู่ระบบด้วยบัญชีของตนเองเพื่อเริ่มรับเรื่อง"
    ): (
        "This counter has no counter officer account yet. An administrator may not register complaints, "
        "so there is no intake page.\n\nCreate a counter officer account now, then sign out and let the "
        "officer sign in with their own account to start registering."
    ),
    "สร้างบัญชีเจ้าหน้าที่": "Create officer account",
    "ภายหลัง": "Later",
    "ล็อกหน้าจอแล้ว": "Screen locked",
    "จุดบริการ %1": "Station %1",
    "รหัสผ่านชั่วคราว": "Temporary password",
    "รหัสผ่านชั่วคราวของผู้ใช้ %1": "Temporary password of user %1",
    (
        "แจ้งรหัสนี้ให้ผู้ใช้โดยตรง ระบบจะแสดงรหัสนี้เพียงครั้งเดียว "
        "เมื่อผู้ใช้เข้าสู่ระบบด้วยรหัสนี้ ระบบจะให้ตั้งรหัสผ่านใหม่ของตนเองทันที"
    ): (
        "Give this password to the user in person; it is shown only once. When the user signs in with it, "
        "the counter asks them to set their own password at once."
    ),
    "คัดลอก": "Copy",
    "แก้ไขชื่อ/บทบาท…": "Edit name/role…",
    "ระงับการใช้งาน": "Suspend",
    "ถูกระงับ": "Suspended",
    "ตั้งรหัสผ่านชั่วคราว…": "Temporary password…",
    "ให้ผู้ใช้ตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก": "User sets a new password at first sign-in",
    "ใช้งาน (รอตั้งรหัสผ่านใหม่)": "Active (new password pending)",
    "เปิดใช้งานอีกครั้ง": "Re-enable",
    "บันทึกการแก้ไขผู้ใช้ %1 แล้ว": "User %1 saved",
    "ระงับการใช้งานของ %1 หรือไม่ ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้ และหากเข้าสู่ระบบอยู่จะถูกออกจากระบบ": (
        "Suspend %1? The user can no longer sign in, and is signed out if signed in now."
    ),
    "เปิดใช้งาน %1 แล้ว": "%1 re-enabled",
    "ระงับการใช้งาน %1 แล้ว": "%1 suspended",
    "ตั้งรหัสผ่านชั่วคราวใหม่ให้ %1 หรือไม่ รหัสผ่านเดิมจะใช้ไม่ได้อีก": (
        "Give %1 a new temporary password? The current password stops working."
    ),
    "ตั้งรหัสผ่านชั่วคราว": "Temporary password",
    "ตั้งรหัสผ่านชั่วคราวให้ %1 แล้ว": "%1 has a temporary password",
    "เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่": "a new password is asked for at the first sign-in",
    "กรอกข้อมูลบัญชีเจ้าหน้าที่รับเรื่อง แล้วกด เพิ่มผู้ใช้": "Fill in the counter officer's account, then press Add user",
}

def fill(ts_path: Path = TS) -> tuple[int, list[str], list[str]]:
    """Writes the known translations into the .ts file; returns (filled, missing sources, unused keys)."""
    tree = ET.parse(ts_path)
    root = tree.getroot()
    filled, missing, used = 0, [], set()
    for message in root.iter("message"):
        source_el = message.find("source")
        translation = message.find("translation")
        if source_el is None or translation is None:
            continue
        source = source_el.text or ""
        english = EN.get(source)
        if english is None:
            if source not in missing:
                missing.append(source)
            continue
        used.add(source)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            forms = english if isinstance(english, tuple) else (english, english)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = english[0] if isinstance(english, tuple) else english
        translation.attrib.pop("type", None)  # finished
        filled += 1
    ET.indent(tree, space="    ")
    with ts_path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")
    unused = [k for k in EN if k not in used]
    return filled, missing, unused


def main() -> int:
    """Fills, reports, compiles."""
    filled, missing, unused = fill()
    print(f"{filled} messages translated, {len(missing)} source texts without English")
    for source in missing:
        print(f"  missing: {source!r}")
    for key in unused:
        print(f"  unused: {key!r}")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
