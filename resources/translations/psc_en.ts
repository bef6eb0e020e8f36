<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="th_TH">
    <context>
        <name>About</name>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="97" />
            <source>โปรแกรมรับเรื่องราวร้องทุกข์ ณ จุดบริการ (PSC Counter)</source>
            <translation>Walk-in complaint counter (PSC Counter)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="98" />
            <source>รุ่น</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="99" />
            <source>ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 สำนักงานปลัดสำนักนายกรัฐมนตรี</source>
            <translation>Government Complaint Center 1111, Office of the Permanent Secretary, Office of the Prime Minister</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="100" />
            <source>ข้อมูลและแบบอักษรที่ใช้</source>
            <translation>Data and fonts</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="101" />
            <source>สัญญาอนุญาตอยู่ในไฟล์ resources/fonts/OFL.txt</source>
            <translation>licence in resources/fonts/OFL.txt</translation>
        </message>
    </context>
    <context>
        <name>AddressPicker</name>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="79" />
            <source>บ้านเลขที่</source>
            <translation>House no.</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="81" />
            <source>หมู่ที่</source>
            <translation>Moo</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="85" />
            <source>หมู่บ้าน/อาคาร</source>
            <translation>Village/building</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="86" />
            <source>ตรอก/ซอย</source>
            <translation>Soi</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="87" />
            <source>ถนน</source>
            <translation>Road</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="91" />
            <source>พิมพ์รหัสไปรษณีย์ หรือชื่อตำบล/แขวง อำเภอ/เขต แล้วเลือกจากรายการ</source>
            <translation>Type a postcode or a subdistrict/district name, then pick from the list</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="93" />
            <source>ค้นหาที่อยู่</source>
            <translation>Find address</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="116" />
            <source>ตำบล/แขวง</source>
            <translation>Subdistrict</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="119" />
            <source>อำเภอ/เขต</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="121" />
            <source>จังหวัด</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/fields/address_picker.py" line="123" />
            <source>รหัสไปรษณีย์</source>
            <translation>Postcode</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../ui/session/wizard.py" line="98" />
            <source>ผู้ดูแลระบบคนแรก</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="99" />
            <source>บัญชีนี้ใช้ตั้งค่าเครื่องและสร้างบัญชีเจ้าหน้าที่</source>
            <translation>This account sets up the counter and creates officer accounts</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="104" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="108" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="113" />
            <source>รหัสผ่าน</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="118" />
            <source>ยืนยันรหัสผ่าน</source>
            <translation>Confirm password</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="134" />
            <source>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</source>
            <translation>The password needs at least 8 characters</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="139" />
            <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
            <translation>The two passwords do not match</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="163" />
            <source>กำลังตั้งค่าฐานข้อมูล…</source>
            <translation>Setting up the database…</translation>
        </message>
    </context>
    <context>
        <name>AgencyPicker</name>
        <message>
            <location filename="../../ui/petitions/agency_picker.py" line="22" />
            <source>หน่วยงานที่เกี่ยวข้อง (Contact Point)</source>
            <translation>Agencies concerned (Contact Points)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/agency_picker.py" line="27" />
            <source>ค้นหาหน่วยงาน แล้วกด Space เพื่อเลือก</source>
            <translation>Find an agency, then press Space to select it</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="48" />
            <source>แก้ไขเรื่อง %1 (ฉบับที่ %2)</source>
            <translation>Amend case %1 (version %2)</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="54" />
            <source>เช่น ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด</source>
            <translation>e.g. the complainant gave a wrong phone number</translation>
        </message>
        <message>
            <location filename="../../ui/fields/field.py" line="73" />
            <source>เหตุผลการแก้ไข (จำเป็น)</source>
            <translation>Reason for the amendment (required)</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="70" />
            <source>บันทึกการแก้ไข (Ctrl+S)</source>
            <translation>Save amendment (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="75" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="101" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="118" />
            <source>บันทึกไม่สำเร็จ</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="132" />
            <source>ยกเลิกการแก้ไข</source>
            <translation>Discard amendment</translation>
        </message>
        <message>
            <location filename="../../ui/records/amend_dialog.py" line="131" />
            <source>การแก้ไขที่กรอกไว้จะไม่ถูกบันทึก ต้องการยกเลิกหรือไม่</source>
            <translation>The corrections typed will not be saved. Discard them?</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="52" />
            <source>ทำรายการไม่สำเร็จ</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <location filename="../../ui/session/startup.py" line="222" />
            <source>เปิดฐานข้อมูลไม่ได้</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../ui/session/startup.py" line="226" />
            <source>ต้องใช้รหัสกู้คืน</source>
            <translation>Recovery code needed</translation>
        </message>
        <message>
            <location filename="../../ui/session/startup.py" line="227" />
            <source>ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ กรุณากรอกรหัสกู้คืนที่เก็บไว้ในตู้นิรภัย</source>
            <translation>The database key is not on this computer. Enter the recovery code kept in the safe.</translation>
        </message>
        <message>
            <location filename="../../ui/session/startup.py" line="235" />
            <source>รหัสกู้คืน</source>
            <translation>Recovery code</translation>
        </message>
    </context>
    <context>
        <name>AttachmentStorer</name>
        <message>
            <location filename="../../ui/petitions/attachment_storer.py" line="31" />
            <source>อ่านไฟล์ไม่ได้ กรุณาตรวจสอบไฟล์แล้วลองใหม่</source>
            <translation>The file cannot be read. Please check it and try again.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="93" />
            <source>เอกสารและภาพถ่าย (Ctrl+O เพิ่มไฟล์)</source>
            <translation>Documents and photos (Ctrl+O to add)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="119" />
            <source>เพิ่มไฟล์…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="122" />
            <source>นำออก</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="132" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="154" />
            <source>เลือกเอกสารหรือภาพถ่าย</source>
            <translation>Choose a document or photo</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="156" />
            <source>เอกสารและภาพ (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;ทุกไฟล์ (*)</source>
            <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="183" />
            <source>ไม่พบโฟลเดอร์สแกนเนอร์: {path}</source>
            <translation>Scanner folder not found: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/fields/attachments_panel.py" line="190" />
            <source>รับไฟล์จากสแกนเนอร์อัตโนมัติ: {path}</source>
            <translation>Taking files from the scanner automatically: {path}</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusWidget</name>
        <message>
            <location filename="../../ui/status/backup_status.py" line="61" />
            <source>สำรองข้อมูลไม่สำเร็จ — จะลองใหม่อัตโนมัติ</source>
            <translation>Backup failed — will try again automatically</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="78" />
            <source>ยังไม่มีไฟล์สำรองข้อมูล</source>
            <translation>No backup yet</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="80" />
            <source>สำรองข้อมูลล่าสุด %1</source>
            <translation>Last backup %1</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="84" />
            <source> · ยังไม่ได้คัดลอกไปโฟลเดอร์สำรองที่สอง</source>
            <translation> · not yet copied to the second backup folder</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="96" />
            <source>เมื่อสักครู่</source>
            <translation>just now</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="98" />
            <source>%1 นาทีที่แล้ว</source>
            <translation>%1 min ago</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="100" />
            <source>%1 ชั่วโมงที่แล้ว</source>
            <translation>%1 h ago</translation>
        </message>
        <message>
            <location filename="../../ui/status/backup_status.py" line="101" />
            <source>%1 วันที่แล้ว</source>
            <translation>%1 days ago</translation>
        </message>
    </context>
    <context>
        <name>BeCalendarPopup</name>
        <message>
            <location filename="../../ui/fields/be_calendar.py" line="68" />
            <source>เดือนก่อน (Page Up)</source>
            <translation>Previous month (Page Up)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_calendar.py" line="71" />
            <source>เดือนถัดไป (Page Down)</source>
            <translation>Next month (Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_calendar.py" line="83" />
            <source>ปี พ.ศ. (Ctrl+Page Up / Ctrl+Page Down)</source>
            <translation>Year BE (Ctrl+Page Up / Ctrl+Page Down)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_calendar.py" line="93" />
            <source>วันนี้ (T)</source>
            <translation>Today (T)</translation>
        </message>
    </context>
    <context>
        <name>BeDateEdit</name>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="32" />
            <source>อ่านวันที่ไม่ได้ — กรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 03/12/2569</source>
            <translation>Not a date — type dd/mm/yyyy in the Buddhist era, e.g. 03/12/2569</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="35" />
            <source>ไม่มีวันที่นี้ในปฏิทิน</source>
            <translation>There is no such day in the calendar</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="36" />
            <source>ปี %1 เป็นปี ค.ศ. — กรอกปี พ.ศ. (%2) หรือเติม ค.ศ. ท้ายวันที่</source>
            <translation>%1 is a Christian-era year — type the Buddhist-era year (%2) or add CE</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="39" />
            <source>กรอกปี พ.ศ. ให้ครบ 4 หลัก เช่น 2569</source>
            <translation>Type all 4 digits of the Buddhist-era year, e.g. 2569</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="40" />
            <source>ปี %1 อยู่นอกช่วง พ.ศ. 2400–2700</source>
            <translation>%1 is outside the years 2400–2700 BE</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="41" />
            <source>เวลาไม่ถูกต้อง — กรอกเป็น ชช:นน เช่น 09:30</source>
            <translation>Not a time — type hh:mm, e.g. 09:30</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="43" />
            <source>อ่านวันที่และเวลาไม่ได้ — กรอกเป็น วว/ดด/ปปปป ชช:นน (พ.ศ.) เช่น 03/12/2569 09:30</source>
            <translation>Not a date and time — type dd/mm/yyyy hh:mm in the Buddhist era, e.g. 03/12/2569 09:30</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="46" />
            <source>แปลง ค.ศ. %1 เป็น พ.ศ. %2 แล้ว</source>
            <translation>Converted %1 CE to %2 BE</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="104" />
            <source>เลือกจากปฏิทิน (Alt+ลูกศรลง)</source>
            <translation>Pick from the calendar (Alt+Down)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="115" />
            <source>วว/ดด/ปปปป (พ.ศ.)</source>
            <translation>dd/mm/yyyy (Buddhist era)</translation>
        </message>
    </context>
    <context>
        <name>BeDateTimeEdit</name>
        <message>
            <location filename="../../ui/fields/be_date_edit.py" line="213" />
            <source>วว/ดด/ปปปป ชช:นน (พ.ศ.)</source>
            <translation>dd/mm/yyyy hh:mm (BE)</translation>
        </message>
    </context>
    <context>
        <name>CardPanel</name>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="58" />
            <source>อ่านจากบัตรประจำตัวประชาชน แก้ไขได้</source>
            <translation>Read from the national ID card; may be edited</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="110" />
            <source>ดูรูปถ่ายจากบัตร</source>
            <translation>Show the card's photo</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="113" />
            <source>แนบรูปถ่าย (ผู้ร้องยินยอมแล้ว)</source>
            <translation>Attach the photo (the complainant consents)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="135" />
            <source>เสียบบัตรประชาชนเพื่อกรอกชื่อ เลขประจำตัว วันเกิด และที่อยู่โดยอัตโนมัติ</source>
            <translation>Insert the national ID card to fill in name, ID number, birth date and address</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="144" />
            <source>กำลังอ่านบัตร… กรุณาอย่าดึงบัตรออก</source>
            <translation>Reading the card… please do not pull it out</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="157" />
            <source>บัตรหมดอายุแล้ว (หมดอายุ %1) กรอกข้อมูลให้แล้ว กรุณาตรวจสอบเอกสารอื่นประกอบ</source>
            <translation>The card has expired (on %1). The form was filled; please check another document too</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="163" />
            <source>กรอกข้อมูลจากบัตรประชาชนแล้ว (ช่องสีฟ้า) กรุณาตรวจสอบ แก้ไขได้</source>
            <translation>Filled from the ID card (blue fields). Please check; they may be edited</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="169" />
            <source>บัตรนี้ไม่มีรูปถ่ายที่อ่านได้</source>
            <translation>This card has no readable photo</translation>
        </message>
    </context>
    <context>
        <name>CardReaderStatus</name>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="353" />
            <source>เครื่องอ่านบัตร: กำลังอ่านบัตร…</source>
            <translation>Card reader: reading…</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="355" />
            <source>เครื่องอ่านบัตร: มีบัตรอยู่ในเครื่อง</source>
            <translation>Card reader: card inserted</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="357" />
            <source>เครื่องอ่านบัตร: พร้อม</source>
            <translation>Card reader: ready</translation>
        </message>
    </context>
    <context>
        <name>CaseSection</name>
        <message>
            <location filename="../../ui/intake/case_section.py" line="75" />
            <source>เรื่องที่ร้อง</source>
            <translation>The complaint</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="81" />
            <source>ประเภทเรื่อง</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="84" />
            <source>พิมพ์เพื่อค้นหาหมวดเรื่อง</source>
            <translation>Type to find a category</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="85" />
            <source>หมวดเรื่อง</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="88" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="94" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="105" />
            <source>จังหวัด</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="106" />
            <source>อำเภอ/เขต</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="107" />
            <source>สถานที่เกิดเหตุ</source>
            <translation>Where it happened</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="113" />
            <source>หน่วยงานและสิ่งที่ขอ</source>
            <translation>Agencies and request</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="117" />
            <source>พิมพ์ส่วนใดของชื่อหน่วยงานก็ได้</source>
            <translation>Type any part of the agency's name</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="118" />
            <source>หน่วยงานที่ถูกร้องเรียน</source>
            <translation>Agency complained about</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="122" />
            <source>หน่วยงานที่ควรรับผิดชอบ</source>
            <translation>Suggested responsible agency</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="126" />
            <source>สิ่งที่ผู้ร้องขอให้ดำเนินการ</source>
            <translation>What the complainant asks for</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="130" />
            <source> ฉบับ</source>
            <translation> documents</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="131" />
            <source>เอกสารที่รับไว้</source>
            <translation>Documents received</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="135" />
            <source>ประกาศความเป็นส่วนตัว (PDPA)</source>
            <translation>Privacy notice (PDPA)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="139" />
            <source>แจ้งผู้ร้องว่า ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นเพื่อพิจารณาและติดตามเรื่องร้องทุกข์นี้ อาจส่งข้อมูลให้หน่วยงานที่เกี่ยวข้องเพื่อแก้ไขปัญหา ผู้ร้องมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</source>
            <translation>Tell the complainant that the Government Complaint Center 1111 keeps only the personal data needed to handle and follow up this complaint, and may pass it to the agencies concerned to solve the problem. The complainant may ask to see, correct or delete the data under the Personal Data Protection Act B.E. 2562 (2019).</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="147" />
            <source>แจ้งประกาศความเป็นส่วนตัวให้ผู้ร้องทราบแล้ว</source>
            <translation>Privacy notice given to the complainant</translation>
        </message>
        <message>
            <location filename="../../ui/intake/case_section.py" line="150" />
            <source>ผู้ร้องยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง</source>
            <translation>The complainant consents to sharing with the agencies concerned</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="52" />
            <source>ตั้งรหัสผ่านใหม่</source>
            <translation>Set a new password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="55" />
            <source>กรุณาตั้งรหัสผ่านใหม่ของท่านก่อนเริ่มใช้งาน</source>
            <translation>Please set your own password before you start</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="59" />
            <source>%1 — รหัสผ่านที่ใช้อยู่ผู้ดูแลระบบเป็นผู้ตั้งให้ ต้องเปลี่ยนเป็นรหัสที่ท่านรู้คนเดียว (อย่างน้อย %2 ตัวอักษร)</source>
            <translation>%1 — the administrator set your current password; replace it with one only you know (at least %2 characters)</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="68" />
            <source>รหัสผ่านใหม่</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="70" />
            <source>ยืนยันรหัสผ่านใหม่</source>
            <translation>New password again</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="75" />
            <source>บันทึกรหัสผ่านใหม่</source>
            <translation>Save new password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="77" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="97" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <location filename="../../ui/intake/complaint_form.py" line="142" />
            <source>เชื่อมโยงการมาครั้งนี้กับเรื่องที่เลือก</source>
            <translation>Link this visit to the selected case</translation>
        </message>
    </context>
    <context>
        <name>Confirm</name>
        <message>
            <location filename="../../ui/confirm.py" line="21" />
            <source>ใช่</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/confirm.py" line="22" />
            <source>ไม่ใช่</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/confirm.py" line="23" />
            <source>ตกลง</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/confirm.py" line="24" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ConnectTab</name>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="41" />
            <source>ติดต่อศูนย์ที่ที่อยู่นี้ไม่ได้ กรุณาตรวจสอบที่อยู่ การเชื่อมต่อเครือข่าย และไฟล์ใบรับรอง (ถ้ามี)</source>
            <translation>The center does not answer at this address. Check the address, the network and the certificate file (if any)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="66" />
            <source>ศูนย์ 1111 ออกไฟล์รหัสเชื่อมต่อ (โทเค็น) ให้แต่ละจุดบริการ กรอกที่อยู่ศูนย์และเลือกไฟล์นั้น ระบบจะตรวจกับศูนย์ก่อน และบันทึกเมื่อศูนย์ยืนยันว่าเป็นรหัสของจุดบริการนี้เท่านั้น</source>
            <translation>The 1111 center issues each station a connection token file. Enter the center's address and pick that file: the counter checks with the center first and saves only when the center confirms the token is this station's.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="78" />
            <source>ที่อยู่ศูนย์</source>
            <translation>Center address</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="82" />
            <source>ไฟล์รหัสเชื่อมต่อ</source>
            <translation>Token file</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="85" />
            <source>ไม่ต้องกรอก เว้นแต่ศูนย์ใช้ใบรับรองของตนเอง</source>
            <translation>Leave empty unless the center uses its own certificate</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="87" />
            <source>ไฟล์ใบรับรอง CA</source>
            <translation>CA certificate file</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="90" />
            <source>ตรวจสอบและเชื่อมต่อ</source>
            <translation>Check and connect</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="108" />
            <source>เลือกไฟล์…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="115" />
            <source>เลือกไฟล์รหัสเชื่อมต่อจากศูนย์</source>
            <translation>Choose the token file from the center</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="118" />
            <source>เลือกไฟล์ใบรับรอง CA (PEM)</source>
            <translation>Choose the CA certificate file (PEM)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="136" />
            <source>สถานะ: ยังไม่ได้เชื่อมต่อศูนย์ — เรื่องที่บันทึกจะรอส่งอยู่ในเครื่องนี้</source>
            <translation>Status: not connected to the center — saved cases wait on this computer</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="139" />
            <source>สถานะ: เชื่อมต่อกับ %1 แล้ว</source>
            <translation>Status: connected to %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="159" />
            <source>กรุณากรอกที่อยู่ศูนย์ เช่น https://sync.example.go.th</source>
            <translation>Enter the center's address, e.g. https://sync.example.go.th</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="162" />
            <source>กรุณาเลือกไฟล์รหัสเชื่อมต่อที่ได้รับจากศูนย์</source>
            <translation>Choose the token file you received from the center</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="167" />
            <source>กำลังตรวจสอบกับศูนย์…</source>
            <translation>Checking with the center…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/connect_tab.py" line="181" />
            <source>เชื่อมต่อศูนย์แล้ว: จุดบริการ %1</source>
            <translation>Connected to the center: station %1</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../../ui/supervisor/correction_dialog.py" line="41" />
            <source>แก้ไขข้อมูลเพื่อส่งฉบับใหม่</source>
            <translation>Correct the data and send a new version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/correction_dialog.py" line="50" />
            <source>เหตุผลของการแก้ไข (จำเป็น)</source>
            <translation>Reason for the correction (required)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/correction_dialog.py" line="60" />
            <source>ส่งฉบับแก้ไขใหม่</source>
            <translation>Send a corrected version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/correction_dialog.py" line="61" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>CounterDevices</name>
        <message>
            <location filename="../../ui/fields/devices.py" line="66" />
            <source>ไม่มีสิทธิ์เปิดดูเรื่อง %1</source>
            <translation>You may not open case %1</translation>
        </message>
        <message>
            <location filename="../../ui/fields/devices.py" line="73" />
            <source>เปิดเรื่องเลขที่ %1 จากใบรับเรื่องที่สแกน</source>
            <translation>Opened case %1 from the scanned receipt</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../ui/crash_dialog.py" line="40" />
            <source>โปรแกรมขัดข้อง</source>
            <translation>Program error</translation>
        </message>
        <message>
            <location filename="../../ui/crash_dialog.py" line="41" />
            <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด เรื่องที่บันทึกไปแล้วยังปลอดภัย ข้อมูลที่กำลังกรอกถูกบันทึกเป็นฉบับร่างอัตโนมัติ
กรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์บันทึกการทำงาน</source>
            <translation>The program hit an unexpected error. Saved cases are safe, and what was being typed is kept as a draft.
Please tell the administrator and give them the log file.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="42" />
            <source>วันนี้</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="43" />
            <source>สัปดาห์นี้</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="44" />
            <source>เดือนนี้</source>
            <translation>This month</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="45" />
            <source>ปีงบประมาณนี้</source>
            <translation>This fiscal year</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="101" />
            <source>ภาพรวมการให้บริการ</source>
            <translation>Service overview</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="113" />
            <source>รายงาน PDF</source>
            <translation>PDF report</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="114" />
            <source>ส่งออก Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="172" />
            <source>เรื่องร้องทุกข์ (วันนี้ / ช่วงนี้)</source>
            <translation>Complaints (today / period)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="173" />
            <source>เป็นเรื่องใหม่ (ไม่ใช่การมาซ้ำ)</source>
            <translation>New cases (not repeat visits)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="174" />
            <source>การประสานมวลชน / จำนวนคน</source>
            <translation>Group petitions / people</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="175" />
            <source>ตอบภายใน 1.5 วันทำการ</source>
            <translation>Answered within 1.5 working days</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="176" />
            <location filename="../../ui/supervisor/dashboard/page.py" line="232" />
            <source>เกินกำหนด</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="177" />
            <source>ครบกำหนดวันนี้ / ใน 2 ชม.ทำการ</source>
            <translation>Due today / within 2 working hours</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="178" />
            <source>ความพึงพอใจ (เฉลี่ย / จำนวน)</source>
            <translation>Satisfaction (mean / count)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="179" />
            <source>ใบรับเรื่อง พิมพ์ / พิมพ์ซ้ำ / ยกเลิก</source>
            <translation>Receipts printed / reprinted / voided</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="180" />
            <source>คิวส่งศูนย์ (รอ / ปฏิเสธ / ขัดแย้ง)</source>
            <translation>Queue (waiting / rejected / conflicts)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="181" />
            <source>ศูนย์ตอบล่าสุด</source>
            <translation>Center last answered</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="182" />
            <source>เครื่องพิมพ์</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="183" />
            <source>สำรองข้อมูลล่าสุด</source>
            <translation>Last backup</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="146" />
            <source>รับเรื่องวันนี้ รายชั่วโมง</source>
            <translation>Registered today, by hour</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="147" />
            <source>ตามประเภทเรื่อง (ช่วงนี้)</source>
            <translation>By category (period)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="148" />
            <source>คะแนนความพึงพอใจ (ช่วงนี้)</source>
            <translation>Satisfaction ratings (period)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="207" />
            <source>สถานะ</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="207" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="207" />
            <source>เจ้าหน้าที่</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="207" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="208" />
            <source>กำหนดตอบ</source>
            <translation>Promised by</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="290" />
            <source>ยังไม่เคย</source>
            <translation>Never</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard/page.py" line="292" />
            <source>รอพิมพ์ %n ใบ</source>
            <translation>
                <numerusform>%n receipt waiting</numerusform>
                <numerusform>%n receipts waiting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="292" />
            <source>พร้อม</source>
            <translation>Ready</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard/page.py" line="295" />
            <source>มีปัญหา — รอพิมพ์ %n ใบ</source>
            <translation>
                <numerusform>Problem — %n receipt waiting</numerusform>
                <numerusform>Problem — %n receipts waiting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="296" />
            <source>ยังไม่มี</source>
            <translation>None yet</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="297" />
            <source>ข้อมูล ณ %1</source>
            <translation>As of %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="232" />
            <source>ครบกำหนดวันนี้</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="309" />
            <source>บันทึกรายงาน</source>
            <translation>Save report</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="326" />
            <source>กำลังทำรายงาน…</source>
            <translation>Making the report…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/dashboard/page.py" line="330" />
            <source>บันทึกรายงานแล้ว: %1</source>
            <translation>Report saved: %1</translation>
        </message>
    </context>
    <context>
        <name>DayList</name>
        <message>
            <location filename="../../ui/petitions/day_list.py" line="37" />
            <source>คำร้องใหม่ (Ctrl+N)</source>
            <translation>New petition (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/day_list.py" line="40" />
            <source>สรุปสถานการณ์ประจำวัน (PDF)</source>
            <translation>Daily situation report (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/day_list.py" line="46" />
            <source>กลุ่มที่มาวันนี้ ({day})</source>
            <translation>Groups today ({day})</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/day_list.py" line="57" />
            <source>%1 คน · %2</source>
            <translation>%1 people · %2</translation>
        </message>
    </context>
    <context>
        <name>DemandsEditor</name>
        <message>
            <location filename="../../ui/petitions/demands.py" line="85" />
            <source>ข้อเรียกร้อง</source>
            <translation>Demands</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="92" />
            <source>เพิ่มข้อเรียกร้อง</source>
            <translation>Add demand</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="94" />
            <source>เลื่อนขึ้น</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="96" />
            <source>เลื่อนลง</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="98" />
            <source>ลบข้อที่เลือก</source>
            <translation>Remove selected demand</translation>
        </message>
    </context>
    <context>
        <name>DraftBar</name>
        <message>
            <location filename="../../ui/fields/drafts.py" line="141" />
            <source>ล้างข้อมูลที่กู้คืน</source>
            <translation>Clear restored data</translation>
        </message>
        <message>
            <location filename="../../ui/fields/drafts.py" line="149" />
            <source>กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย</source>
            <translation>What was typed last time has been restored. Check it and carry on.</translation>
        </message>
    </context>
    <context>
        <name>DueCasesLine</name>
        <message>
            <location filename="../../ui/intake/due_cases.py" line="56" />
            <source>เรื่องของฉัน: เกินกำหนด %1 · ครบกำหนดวันนี้ %2</source>
            <translation>My cases: overdue %1 · due today %2</translation>
        </message>
    </context>
    <context>
        <name>EditUserDialog</name>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="35" />
            <source>แก้ไขผู้ใช้ %1</source>
            <translation>Edit user %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="38" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="41" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="50" />
            <source>บทบาท</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="52" />
            <source>เมื่อเปลี่ยนบทบาท ผู้ใช้ที่เข้าสู่ระบบอยู่จะต้องเข้าสู่ระบบใหม่</source>
            <translation>When the role changes, a user who is signed in must sign in again</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="61" />
            <source>บันทึก</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="63" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>FirstRunGuide</name>
        <message>
            <location filename="../../ui/session/first_run.py" line="53" />
            <source>ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง</source>
            <translation>No counter officer account yet</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_run.py" line="55" />
            <source>เครื่องนี้ยังไม่มีบัญชีเจ้าหน้าที่รับเรื่อง ผู้ดูแลระบบรับเรื่องร้องทุกข์เองไม่ได้ จึงยังไม่มีหน้ารับเรื่องร้องทุกข์

สร้างบัญชีเจ้าหน้าที่รับเรื่องตอนนี้ จากนั้นออกจากระบบ แล้วให้เจ้าหน้าที่เข้าสู่ระบบด้วยบัญชีของตนเองเพื่อเริ่มรับเรื่อง</source>
            <translation>This counter has no counter officer account yet. An administrator may not register complaints, so there is no intake page.

Create a counter officer account now, then sign out and let the officer sign in with their own account to start registering.</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_run.py" line="60" />
            <source>สร้างบัญชีเจ้าหน้าที่</source>
            <translation>Create officer account</translation>
        </message>
        <message>
            <location filename="../../ui/session/first_run.py" line="60" />
            <source>ภายหลัง</source>
            <translation>Later</translation>
        </message>
    </context>
    <context>
        <name>HelpMenu</name>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="41" />
            <source>ช่วยเหลือ</source>
            <translation>Help</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="42" />
            <location filename="../../ui/admin/help_menu.py" line="58" />
            <source>เกี่ยวกับโปรแกรม</source>
            <translation>About PSC Counter</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="43" />
            <source>เก็บข้อมูลสำหรับฝ่ายสนับสนุน…</source>
            <translation>Support bundle…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="74" />
            <location filename="../../ui/admin/help_menu.py" line="79" />
            <source>ข้อมูลสำหรับฝ่ายสนับสนุน</source>
            <translation>Support bundle</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="87" />
            <source>ข้อมูลเขตการปกครองและรหัสไปรษณีย์: %1; ที่มา: กรมการปกครอง, ไปรษณีย์ไทย</source>
            <translation>Administrative areas and postcodes: %1; sources: Department of Provincial Administration, Thailand Post</translation>
        </message>
        <message>
            <location filename="../../ui/admin/help_menu.py" line="73" />
            <source>บันทึกไฟล์แล้ว (ไม่มีข้อมูลส่วนบุคคล) แนบไฟล์นี้ส่งให้ฝ่ายสนับสนุน:
%1</source>
            <translation>File saved (no personal data). Attach it to your message to the help desk:
%1</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="103" />
            <source>บันทึกและออกใบรับเรื่อง (Ctrl+S)</source>
            <translation>Save and issue receipt (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="108" />
            <source>ล้างฟอร์ม (Ctrl+N)</source>
            <translation>Clear form (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="112" />
            <source>สแกนเอกสารแนบ</source>
            <translation>Scan documents</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="162" />
            <source>แนบเอกสารที่สแกนแล้ว</source>
            <translation>Scanned document attached</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="170" />
            <source>แนบรูปถ่ายจากบัตรแล้ว</source>
            <translation>Card photo attached</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="178" />
            <source> (เอกสารแนบ %1 ไฟล์)</source>
            <translation> (%1 attachments)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="242" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="257" />
            <source>บันทึกไม่สำเร็จ</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="290" />
            <source>กำลังส่งไปพิมพ์…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="300" />
            <source>ส่งใบรับเรื่องเข้าคิวพิมพ์แล้ว</source>
            <translation>Receipt queued for printing</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="323" />
            <source>ล้างฟอร์ม</source>
            <translation>Clear form</translation>
        </message>
        <message>
            <location filename="../../ui/intake/intake_page.py" line="322" />
            <source>ข้อมูลที่กรอกไว้จะหายไป ต้องการล้างฟอร์มหรือไม่</source>
            <translation>What was typed will be lost. Clear the form?</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="51" />
            <source>หน้าจอถูกล็อก</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="54" />
            <source>หน้าจอถูกล็อกเนื่องจากไม่มีการใช้งาน</source>
            <translation>The screen was locked after a time without use</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="54" />
            <source>ล็อกหน้าจอแล้ว</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="60" />
            <source>ผู้ใช้: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="66" />
            <source>รหัสผ่าน</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="75" />
            <source>ปลดล็อก</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock_dialog.py" line="80" />
            <source>ออกจากระบบ / เปลี่ยนผู้ใช้</source>
            <translation>Sign out / switch user</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="60" />
            <source>เข้าสู่ระบบ — ศูนย์รับเรื่องราวร้องทุกข์ 1111</source>
            <translation>Sign in — Complaint Center 1111</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="63" />
            <source>ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111</source>
            <translation>Government Complaint Center 1111</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="107" />
            <source>จุดบริการ: %1</source>
            <translation>Station: %1</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="74" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="76" />
            <source>รหัสผ่าน</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="84" />
            <source>เข้าสู่ระบบ</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="89" />
            <source>ออก</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="120" />
            <source>กรุณากรอกชื่อผู้ใช้และรหัสผ่าน</source>
            <translation>Please enter your username and password</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="124" />
            <source>กำลังตรวจสอบ…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login_dialog.py" line="148" />
            <source>ต้องตั้งรหัสผ่านใหม่ก่อนเข้าใช้งาน</source>
            <translation>Set a new password before you start</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="208" />
            <source>ตั้งค่า</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="209" />
            <source>ล็อกหน้าจอ (Ctrl+L)</source>
            <translation>Lock screen (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="210" />
            <source>ออกจากระบบ</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>ผู้ใช้: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="220" />
            <source>PSC Counter — %1</source>
            <translation>PSC Counter — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>PSC Counter</source>
            <translation>PSC Counter</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>กำลังทำงาน…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location filename="../../ui/status/identity.py" line="20" />
            <source>จุดบริการ %1</source>
            <translation>Station %1</translation>
        </message>
    </context>
    <context>
        <name>MeetingsEditor</name>
        <message>
            <location filename="../../ui/petitions/demands.py" line="180" />
            <source>เพิ่มการประชุม</source>
            <translation>Add meeting</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>กรุณากรอกข้อมูลนี้</source>
            <translation>Please fill in this field</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="41" />
            <source>ข้อความยาวเกินกำหนด</source>
            <translation>The text is too long</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="42" />
            <source>เลขประจำตัวประชาชนต้องมี 13 หลัก</source>
            <translation>A national ID has 13 digits</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบกับบัตรอีกครั้ง</source>
            <translation>This national ID is not valid (the check digit does not match). Please check it against the card.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>เลขประจำตัวประชาชนไม่ขึ้นต้นด้วย 0 หรือ 9</source>
            <translation>A national ID never starts with 0 or 9</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="47" />
            <source>กรุณาอ่านเลขประจำตัวประชาชนทวนให้ผู้ร้องฟังแล้วทำเครื่องหมายยืนยัน</source>
            <translation>Read the national ID back to the complainant, then tick the confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="50" />
            <source>เลขหนังสือเดินทางไม่ถูกรูปแบบ</source>
            <translation>The passport number is not in a valid format</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081 234 5678 หรือ 02 123 4567)</source>
            <translation>Not a valid phone number (e.g. 081 234 5678 or 02 123 4567)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>อีเมลไม่ถูกรูปแบบ</source>
            <translation>Not a valid e-mail address</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="55" />
            <source>รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก</source>
            <translation>A postcode has 5 digits</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="56" />
            <source>ไม่พบรหัสไปรษณีย์นี้</source>
            <translation>Unknown postcode</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>รหัสไปรษณีย์ไม่ตรงกับตำบล/แขวงที่เลือก</source>
            <translation>The postcode does not belong to the chosen subdistrict</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <source>กรุณาเลือกจากรายการ</source>
            <translation>Please choose from the list</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="59" />
            <source>กรุณาแจ้งประกาศความเป็นส่วนตัว (PDPA) ให้ผู้ร้องทราบก่อนบันทึก</source>
            <translation>Give the complainant the privacy notice (PDPA) before saving</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="62" />
            <source>กรุณากรอกช่องทางติดต่ออย่างน้อยหนึ่งช่องทาง (โทรศัพท์ อีเมล LINE หรือที่อยู่)</source>
            <translation>Please give at least one way to reach the complainant (phone, e-mail, LINE or address)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="65" />
            <source>ตัวเลขอยู่นอกช่วงที่รับได้</source>
            <translation>The number is out of range</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>เวลาไม่เรียงลำดับ</source>
            <translation>The times are out of order</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="67" />
            <location filename="../../ui/messages.py" line="172" />
            <source>ไฟล์มีขนาดใหญ่เกินกำหนด</source>
            <translation>The file is too large</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="68" />
            <source>ข้อมูลนี้ซ้ำกับรายการอื่น</source>
            <translation>This duplicates another entry</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="76" />
            <source>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</source>
            <translation>Wrong username or password</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="77" />
            <source>บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณารอสักครู่แล้วลองใหม่</source>
            <translation>The account is locked for a while after too many wrong passwords. Please wait and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="80" />
            <source>บัญชีของท่านไม่มีสิทธิ์ทำรายการนี้</source>
            <translation>Your account may not do this</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="81" />
            <source>มีชื่อผู้ใช้นี้อยู่แล้ว</source>
            <translation>This username is taken</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>ชื่อผู้ใช้ต้องไม่ว่าง ไม่มีช่องว่าง และยาวไม่เกิน 64 ตัวอักษร</source>
            <translation>A username must not be empty, has no spaces and at most 64 characters</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="85" />
            <source>กรุณากรอกชื่อ-นามสกุล</source>
            <translation>Please enter the full name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="86" />
            <source>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</source>
            <translation>The password needs at least 8 characters</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="87" />
            <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
            <translation>The two passwords do not match</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="88" />
            <source>ไม่พบผู้ใช้นี้</source>
            <translation>No such user</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="89" />
            <source>ไม่สามารถระงับบัญชีของตนเองได้</source>
            <translation>You cannot disable your own account</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="102" />
            <source>เครื่องนี้ตั้งค่าเริ่มต้นไว้แล้ว</source>
            <translation>This counter is already set up</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="103" />
            <source>เครื่องนี้ยังไม่ได้ตั้งค่าจุดบริการ</source>
            <translation>This counter has no station set up yet</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>รหัสจุดบริการต้องเป็นตัวเลข 1–999</source>
            <translation>The station code must be a number 1–999</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>กรุณากรอกชื่อจุดบริการ</source>
            <translation>Please enter the station name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="106" />
            <source>เลขรอบการติดตั้งต้องเป็น 0–9</source>
            <translation>The install epoch must be 0–9</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="107" />
            <source>ฐานข้อมูลกำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้ง</source>
            <translation>The database is busy. Please try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="108" />
            <source>ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ ต้องใช้รหัสกู้คืนที่เก็บไว้ในตู้นิรภัย</source>
            <translation>The database key is not on this computer; the recovery code kept in the safe is needed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="111" />
            <source>กุญแจไม่ตรงกับฐานข้อมูล กรุณาแจ้งผู้ดูแลระบบ (อาจต้องใช้รหัสกู้คืน)</source>
            <translation>The key does not open this database. Please tell the administrator (the recovery code may be needed).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="114" />
            <source>ฐานข้อมูลเสียหาย กรุณาแจ้งผู้ดูแลระบบเพื่อกู้คืนจากไฟล์สำรอง</source>
            <translation>The database is damaged. Please ask the administrator to restore a backup.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="117" />
            <source>ไม่พบไฟล์ฐานข้อมูล</source>
            <translation>The database file is missing</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="118" />
            <source>ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>The database upgrade failed; the existing data is intact. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="121" />
            <source>รหัสกู้คืนไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่</source>
            <translation>Wrong recovery code. Please check it and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="122" />
            <source>ไม่พบไฟล์กู้คืนในเครื่องนี้ กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>No recovery file on this computer. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="123" />
            <source>ไม่พบไฟล์สำรอง</source>
            <translation>Backup file not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="124" />
            <source>ไฟล์สำรองเสียหาย</source>
            <translation>The backup file is damaged</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="125" />
            <source>อ่านไฟล์สำรองไม่ได้</source>
            <translation>The backup file cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="126" />
            <source>พื้นที่ดิสก์เต็ม ยังไม่ได้บันทึก ข้อมูลที่พิมพ์ยังอยู่ กรุณาแจ้งผู้ดูแลระบบให้เพิ่มพื้นที่แล้วบันทึกอีกครั้ง</source>
            <translation>The disk is full: nothing was saved, and what you typed is still here. Ask the administrator to make room, then save again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="129" />
            <source>ฐานข้อมูลนี้สร้างโดยโปรแกรมรุ่นที่ใหม่กว่า กรุณาติดตั้งโปรแกรมรุ่นล่าสุด (ไม่ได้แก้ไขไฟล์ใด ๆ)</source>
            <translation>This database was made by a newer version of the program. Install the latest version (no file was changed).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="132" />
            <source>อ่านหรือเขียนดิสก์ไม่สำเร็จ ยังไม่ได้บันทึก ข้อมูลที่พิมพ์ยังอยู่ กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>The disk could not be read or written: nothing was saved, and what you typed is still here. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="135" />
            <source>บัญชีนี้ถูกระงับหรือเปลี่ยนบทบาทแล้ว กรุณาเข้าสู่ระบบใหม่ (ข้อมูลที่พิมพ์เก็บเป็นฉบับร่างแล้ว)</source>
            <translation>This account was disabled or its role changed. Please sign in again (what you typed is kept as a draft).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="138" />
            <source>เปลี่ยนบทบาทของตนเองไม่ได้</source>
            <translation>You cannot change your own role.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="139" />
            <source>ต้องระบุชื่อผู้ใช้</source>
            <translation>A username is required.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="140" />
            <source>ต้องระบุรหัสผ่าน</source>
            <translation>A password is required.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="141" />
            <source>ไม่พบไฟล์รหัสผ่าน</source>
            <translation>The password file was not found.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="142" />
            <source>ไฟล์รหัสผ่านต้องอ่านได้เฉพาะเจ้าของ</source>
            <translation>The password file must be readable by its owner only</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>วันที่ไม่ถูกต้อง กรุณากรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 15/01/2530</source>
            <translation>Not a date: type dd/mm/yyyy in the Buddhist era, e.g. 15/01/2530</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>ตั้งรหัสผ่านชั่วคราวให้บัญชีของตนเองไม่ได้</source>
            <translation>You cannot give your own account a temporary password</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="91" />
            <source>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านชั่วคราว</source>
            <translation>The new password must differ from the temporary one</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="92" />
            <source>กรุณาระบุเลขประจำตัวประชาชนหรือหมายเลขโทรศัพท์ของเจ้าของข้อมูล</source>
            <translation>Enter the person's national ID number or phone number</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="95" />
            <source>ข้อมูลส่วนบุคคลของเรื่องนี้ถูกทำลายแล้ว</source>
            <translation>This record's personal data has been destroyed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="96" />
            <source>ไม่พบคลังกุญแจข้อมูลส่วนบุคคล (keyvault.sqlite3) จึงเปิดอ่านข้อมูลไม่ได้</source>
            <translation>The personal-data key vault (keyvault.sqlite3) is missing: records cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="99" />
            <source>คลังกุญแจข้อมูลส่วนบุคคลไม่ตรงกับฐานข้อมูลนี้</source>
            <translation>The personal-data key vault does not belong to this database</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="100" />
            <source>ข้อมูลของเรื่องนี้เสียหาย เปิดอ่านไม่ได้ กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>This record's data is damaged and cannot be read. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="143" />
            <source>จุดบริการนี้เชื่อมต่อระบบกลางแล้ว ห้ามสร้างข้อมูลตัวอย่าง</source>
            <translation>This counter is connected to a center: no demo data here.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="146" />
            <source>ค่าที่ตั้งไม่ถูกต้อง</source>
            <translation>That value is not valid for this setting.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="147" />
            <source>ไม่รู้จักการตั้งค่านี้</source>
            <translation>Unknown setting.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="148" />
            <source>ต้องใช้ https:// (http:// ใช้ได้เฉพาะกับเครื่องนี้เท่านั้น)</source>
            <translation>Use https:// (http:// only for this machine)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="151" />
            <source>เรื่องนี้ได้รับการประเมินความพึงพอใจแล้ว</source>
            <translation>This case has already been rated</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="152" />
            <source>ไฟล์สำรองมาจากโปรแกรมรุ่นใหม่กว่านี้</source>
            <translation>The backup comes from a newer version of the program</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="153" />
            <source>ไฟล์นี้ไม่ใช่ไฟล์สำรองของโปรแกรมจุดบริการ</source>
            <translation>This file is not a counter backup</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="154" />
            <source>ไม่พบไฟล์สำรองที่ใช้ได้</source>
            <translation>No usable backup was found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="155" />
            <source>ฐานข้อมูลไม่ได้เสียหาย</source>
            <translation>The database is not damaged</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="156" />
            <source>ยกเลิกการกู้คืน ฐานข้อมูลยังไม่ถูกเปลี่ยน</source>
            <translation>Recovery cancelled; the database was not changed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="158" />
            <source>ข้อมูลยังไม่ครบถ้วน กรุณาแก้ไขช่องที่มีข้อความสีแดง</source>
            <translation>Some information is missing. Please correct the fields marked in red.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="159" />
            <source>ไม่พบข้อมูลที่ต้องการ</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="160" />
            <source>ไม่พบเรื่องนี้</source>
            <translation>Case not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="161" />
            <source>เรื่องนี้ถูกยกเลิกแล้ว แก้ไขไม่ได้</source>
            <translation>This case was voided and cannot be amended</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="162" />
            <source>รายการนี้ไม่ใช่เรื่องร้องทุกข์</source>
            <translation>This record is not a complaint</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="163" />
            <source>กรุณาระบุเหตุผลการแก้ไข</source>
            <translation>Please give the reason for the amendment</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="164" />
            <source>เหตุผลการแก้ไขยาวเกินกำหนด</source>
            <translation>The reason is too long</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="165" />
            <source>ยังไม่มีการแก้ไขข้อมูล จึงไม่ได้บันทึกฉบับใหม่</source>
            <translation>Nothing was changed, so no new version was saved</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="166" />
            <source>เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเปิดรายการใหม่แล้วแก้ไขอีกครั้ง</source>
            <translation>Someone else amended this case meanwhile. Please open it again and redo the amendment.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="169" />
            <source>ไม่พบเรื่องเดิมที่เชื่อมโยงไว้</source>
            <translation>The linked earlier case was not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="170" />
            <source>เชื่อมโยงเรื่องกับตัวเองไม่ได้</source>
            <translation>A case cannot be linked to itself</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="171" />
            <source>ฉบับร่างมีขนาดใหญ่เกินไป จึงไม่ได้บันทึกอัตโนมัติ</source>
            <translation>The draft is too large to be kept automatically</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="173" />
            <source>ไม่พบไฟล์เอกสารแนบ</source>
            <translation>Attachment not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="174" />
            <source>ไฟล์เอกสารแนบเสียหาย</source>
            <translation>The attachment is damaged</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="175" />
            <source>กรุณากรอกชื่อวันหยุด</source>
            <translation>Please enter the holiday's name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="176" />
            <source>ปิดการเยือนของกลุ่มนี้แล้ว</source>
            <translation>This group's visit is closed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="177" />
            <source>ยังไม่มีบริการบันทึกการประสานมวลชนในรุ่นนี้</source>
            <translation>Group petitions are not available in this version</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="178" />
            <source>ประเภทข้อมูลตัวอย่างไม่ถูกต้อง</source>
            <translation>Unknown kind of demo data</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="179" />
            <source>บัตรถูกดึงออกก่อนอ่านเสร็จ ข้อมูลในแบบฟอร์มยังเหมือนเดิม กรุณาเสียบบัตรใหม่อีกครั้ง</source>
            <translation>The card was pulled out before it was read. The form is unchanged; please insert the card again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="182" />
            <source>บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน อ่านข้อมูลไม่ได้</source>
            <translation>This is not a Thai national ID card; it cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="183" />
            <source>อ่านข้อมูลจากบัตรไม่สำเร็จ กรุณาเสียบบัตรใหม่อีกครั้ง</source>
            <translation>The card could not be read; please insert it again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="184" />
            <source>ไม่พบเครื่องอ่านบัตรประจำตัวประชาชน</source>
            <translation>No ID card reader found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="185" />
            <source>ยกเลิกการสแกนแล้ว ไม่ได้บันทึกเอกสาร</source>
            <translation>Scan cancelled; nothing was stored</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="186" />
            <source>สแกนเอกสารไม่สำเร็จ กรุณาตรวจสอบเครื่องสแกนแล้วลองใหม่</source>
            <translation>The scan failed; check the scanner and try again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="187" />
            <source>ไม่พบเครื่องสแกนเอกสาร</source>
            <translation>No document scanner found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="189" />
            <source>ไม่พบงานพิมพ์นี้</source>
            <translation>Print job not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="190" />
            <source>งานพิมพ์นี้พิมพ์แล้วหรือถูกยกเลิกแล้ว</source>
            <translation>This print job was already printed or cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="191" />
            <source>เครื่องพิมพ์ไม่พร้อมใช้งาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเครื่องพร้อม</source>
            <translation>The printer is not ready. The job is kept and will print when the printer is ready.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="194" />
            <source>ติดต่อเครื่องพิมพ์ไม่ได้ (ปิดเครื่องหรือสายหลุด) ระบบจะลองพิมพ์ใหม่อัตโนมัติ</source>
            <translation>Cannot reach the printer (switched off or unplugged). It will be retried automatically.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="197" />
            <source>กระดาษหมด กรุณาเติมกระดาษ ระบบจะพิมพ์ให้อัตโนมัติ</source>
            <translation>Out of paper. Load a new roll and it will print automatically.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="198" />
            <source>ฝาเครื่องพิมพ์เปิดอยู่ กรุณาปิดฝา</source>
            <translation>The printer cover is open. Please close it.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="199" />
            <source>ส่งข้อมูลไปเครื่องพิมพ์ไม่สำเร็จ ระบบจะลองใหม่</source>
            <translation>Sending to the printer failed; it will be retried</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="200" />
            <source>ตั้งค่าที่อยู่เครื่องพิมพ์ไม่ถูกต้อง กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>The printer address is not valid. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="201" />
            <source>ไม่รู้จักรุ่นเครื่องพิมพ์ที่ตั้งค่าไว้</source>
            <translation>Unknown printer model in the settings</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="202" />
            <source>ความกว้างกระดาษที่ตั้งไว้กว้างเกินกว่าเครื่องพิมพ์รุ่นนี้</source>
            <translation>The paper width set is wider than this printer model</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="205" />
            <source>เครื่องนี้ไม่รองรับการเชื่อมต่อเครื่องพิมพ์แบบนี้</source>
            <translation>This computer cannot use this kind of printer connection</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="206" />
            <source>พิมพ์ไม่สำเร็จเพราะข้อผิดพลาดภายในโปรแกรม</source>
            <translation>Printing failed because of an internal error</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="207" />
            <source>ส่งงานพิมพ์ไปที่เครื่องพิมพ์ของระบบไม่สำเร็จ</source>
            <translation>Sending the job to the system printer failed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="208" />
            <source>กระดาษหมด กรุณาเติมกระดาษแล้วสั่งพิมพ์ใหม่</source>
            <translation>Out of paper. Load paper and print again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="209" />
            <source>คิวพิมพ์ของระบบหยุดไว้หรือไม่รับงาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเปิดคิวอีกครั้ง</source>
            <translation>The system print queue is paused or refuses jobs. The receipt is kept and prints when the queue is resumed.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="213" />
            <source>ติดต่อศูนย์กลางไม่ได้ ระบบจะส่งข้อมูลให้อัตโนมัติภายหลัง</source>
            <translation>Cannot reach the center. The data will be sent automatically later.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="214" />
            <source>ที่อยู่ศูนย์กลางไม่ถูกต้อง</source>
            <translation>The center's address is not valid</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="215" />
            <source>เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์กลาง</source>
            <translation>This counter is not connected to the center</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="216" />
            <source>กำลังส่งข้อมูลกับศูนย์อยู่ กรุณารอสักครู่</source>
            <translation>A sync with the center is running. Please wait.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="217" />
            <source>ไม่พบไฟล์รหัสเชื่อมต่อ</source>
            <translation>The token file was not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="218" />
            <source>อ่านไฟล์ข้อมูลอ้างอิงไม่ได้</source>
            <translation>The reference data file cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="219" />
            <source>ไฟล์รหัสเชื่อมต่อว่างเปล่า</source>
            <translation>The token file is empty</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="220" />
            <source>ศูนย์กลางไม่รับรหัสเชื่อมต่อของจุดบริการนี้</source>
            <translation>The center refused this station's token</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="221" />
            <source>ไม่พบไฟล์ใบรับรองที่ตั้งค่าไว้</source>
            <translation>The configured certificate file was not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="222" />
            <source>ไม่พบรายการในคิวส่งข้อมูล</source>
            <translation>Not found in the sync queue</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="223" />
            <source>ทำรายการนี้กับสถานะปัจจุบันของคิวไม่ได้</source>
            <translation>Not possible in the item's current queue state</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="224" />
            <source>ไม่พบผลการกระทบยอดของวันนี้</source>
            <translation>No reconciliation for this day</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="227" />
            <source>ทำรายการไม่สำเร็จ ({code}) กรุณาลองใหม่อีกครั้ง</source>
            <translation>Could not complete ({code}). Please try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="231" />
            <source>ปิดการเยือนแล้ว บันทึกเหตุการณ์เพิ่มไม่ได้</source>
            <translation>The visit is closed; no more events can be logged</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="232" />
            <source>ไม่มีข้อมูลที่เปลี่ยนแปลง</source>
            <translation>Nothing was changed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="233" />
            <source>ไม่พบคำร้องนี้</source>
            <translation>Petition not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="234" />
            <source>คำร้องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเลือกคำร้องใหม่แล้วแก้ไขอีกครั้ง</source>
            <translation>Someone else has changed this petition; select it again and redo your change</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="237" />
            <source>ไม่พบไฟล์แนบในเครื่อง กรุณาแนบไฟล์ใหม่</source>
            <translation>The attachment is not on this computer; attach the file again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="240" />
            <source>ไฟล์ {name} มีขนาด {size} MB เกินขนาดที่รับได้ {limit} MB จึงไม่ได้แนบ (ข้อมูลอื่นที่กรอกไว้ยังอยู่ครบ) กรุณาสแกนใหม่ด้วยความละเอียดต่ำลงหรือแยกเป็นหลายไฟล์</source>
            <translation>The file {name} is {size} MB, over the {limit} MB limit, so it was not attached (everything else you typed is kept). Scan it again at a lower resolution or split it into several files</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="270" />
            <source>จำนวนผู้มาต้องเป็นตัวเลขตั้งแต่ 1 ถึง {limit} คน</source>
            <translation>The headcount must be a number from 1 to {limit}</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="273" />
            <source>เวลาเดินทางกลับต้องไม่ก่อนเวลามาถึง และต้องไม่ใช่เวลาในอนาคต</source>
            <translation>The departure time must not be before the arrival or in the future</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="276" />
            <source>กรุณาระบุเวลาที่กลุ่มเดินทางกลับ</source>
            <translation>Enter the time the group left</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="277" />
            <source>เวลามาถึงต้องไม่ใช่เวลาในอนาคต</source>
            <translation>The arrival time must not be in the future</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="278" />
            <source>กรุณาระบุเวลาที่กลุ่มมาถึง</source>
            <translation>Enter the time the group arrived</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="279" />
            <source>กรุณาเพิ่มผู้แทนกลุ่มอย่างน้อย 1 คน</source>
            <translation>Add at least one representative</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="280" />
            <source>กรุณาเลือกผู้ประสานงานหลักของกลุ่ม 1 คน</source>
            <translation>Choose one main contact for the group</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="283" />
            <source>ผู้แทนกลุ่มมากเกินกำหนด (ไม่เกิน 50 คน)</source>
            <translation>Too many representatives (50 at most)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="286" />
            <source>เลขประจำตัวประชาชนซ้ำกับผู้แทนคนอื่นในกลุ่มนี้</source>
            <translation>This national ID is also another representative's</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="289" />
            <source>กรุณาเพิ่มจังหวัดที่กลุ่มเดินทางมาอย่างน้อย 1 จังหวัด</source>
            <translation>Add at least one province the group came from</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="292" />
            <source>เลือกจังหวัดนี้ซ้ำ</source>
            <translation>This province was chosen twice</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="293" />
            <source>ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ</source>
            <translation>Unknown province. Please choose from the list.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="294" />
            <source>กรุณาเพิ่มข้อเรียกร้องอย่างน้อย 1 ข้อ</source>
            <translation>Add at least one demand</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="295" />
            <source>ข้อเรียกร้องมากเกินกำหนด (ไม่เกิน 100 ข้อ)</source>
            <translation>Too many demands (100 at most)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="296" />
            <source>ข้อเรียกร้องว่าง กรุณากรอกหรือลบข้อนี้</source>
            <translation>This demand is empty; fill it in or remove it</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="297" />
            <source>กรุณาระบุว่าประชุมกับใคร</source>
            <translation>Enter who the meeting was with</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="298" />
            <source>เวลาต้องไม่ก่อนเวลาที่กลุ่มมาถึง</source>
            <translation>The time must not be before the group arrived</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="299" />
            <source>เวลาประชุมต้องเป็น ชม.:นาที เช่น 13:30</source>
            <translation>The meeting time must be hours:minutes, e.g. 13:30</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="304" />
            <source>คำนำหน้า</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="305" />
            <source>ชื่อ</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="306" />
            <source>นามสกุล</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="307" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="308" />
            <source>การทวนเลขประจำตัว</source>
            <translation>ID read-back</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="309" />
            <source>เลขหนังสือเดินทาง</source>
            <translation>Passport number</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="310" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="311" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="312" />
            <source>LINE</source>
            <translation>LINE</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="313" />
            <source>ที่อยู่</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="314" />
            <source>เอกสารแสดงตน</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="315" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="316" />
            <source>ตำแหน่งในกลุ่ม</source>
            <translation>Role in the group</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="317" />
            <source>การรับทราบประกาศคุ้มครองข้อมูลส่วนบุคคล</source>
            <translation>acknowledgement of the personal data notice</translation>
        </message>
    </context>
    <context>
        <name>OverdueWatcher</name>
        <message>
            <location filename="../../ui/supervisor/dashboard/tray.py" line="52" />
            <source>มีเรื่องเกินกำหนดตอบ</source>
            <translation>Cases past their promised date</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/supervisor/dashboard/tray.py" line="53" />
            <source>%n เรื่องเพิ่งเกินกำหนด 1.5 วันทำการ</source>
            <translation>
                <numerusform>%n case just passed the 1.5-working-day standard</numerusform>
                <numerusform>%n cases just passed the 1.5-working-day standard</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages.py" line="75" />
            <source>รับเรื่องร้องทุกข์</source>
            <translation>Complaint intake</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="78" />
            <source>ค้นหาและแก้ไขเรื่อง</source>
            <translation>Find and amend</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="82" />
            <source>ประสานมวลชน</source>
            <translation>Group petitions</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="85" />
            <source>คิวส่งข้อมูล</source>
            <translation>Sync queue</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="86" />
            <source>กระทบยอดกับศูนย์</source>
            <translation>Reconcile with the center</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="89" />
            <source>ภาพรวมการให้บริการ</source>
            <translation>Service overview</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="91" />
            <source>ข้อมูลส่วนบุคคล (PDPA)</source>
            <translation>Personal data (PDPA)</translation>
        </message>
    </context>
    <context>
        <name>PapersPanel</name>
        <message>
            <location filename="../../ui/petitions/papers.py" line="39" />
            <source>พิมพ์ใบรับเรื่องให้ผู้แทน (Ctrl+P)</source>
            <translation>Print receipt for the representative (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/papers.py" line="43" />
            <source>บันทึกการรับคำร้อง A4 (Ctrl+Shift+A)</source>
            <translation>A4 petition record (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/papers.py" line="59" />
            <source>บันทึกไฟล์ไม่ได้ กรุณาตรวจสอบพื้นที่ดิสก์</source>
            <translation>Cannot save the file. Please check the disk space.</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/papers.py" line="79" />
            <source>กำลังส่งใบรับเรื่องไปที่เครื่องพิมพ์…</source>
            <translation>Sending the receipt to the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/papers.py" line="87" />
            <source>ส่งใบรับเรื่องไปที่เครื่องพิมพ์แล้ว</source>
            <translation>Receipt sent to the printer</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/papers.py" line="97" />
            <source>กำลังสร้างเอกสาร…</source>
            <translation>Creating the document…</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/papers.py" line="118" />
            <source>สร้างเอกสารแล้ว: {path}</source>
            <translation>Document created: {path}</translation>
        </message>
    </context>
    <context>
        <name>PayloadDialog</name>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="146" />
            <source>แก้ไขข้อมูลเพื่อส่งฉบับใหม่</source>
            <translation>Correct the data and send a new version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="149" />
            <source>เหตุผลของการแก้ไข (จำเป็น)</source>
            <translation>Reason for the correction (required)</translation>
        </message>
    </context>
    <context>
        <name>PersonSection</name>
        <message>
            <location filename="../../ui/intake/person_section.py" line="91" />
            <source>การเปิดเผยตัวตนของผู้ร้อง</source>
            <translation>Complainant's identity</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="116" />
            <source>ข้อมูลผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="124" />
            <source>คำนำหน้าชื่อ</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="126" />
            <source>ชื่อ</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="128" />
            <source>นามสกุล</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="133" />
            <source>บัตรประจำตัวประชาชน</source>
            <translation>Thai national ID card</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="134" />
            <source>หนังสือเดินทาง (ชาวต่างชาติ)</source>
            <translation>Passport (foreigner)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="135" />
            <source>ไม่ได้แสดงเอกสาร</source>
            <translation>No document shown</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="138" />
            <source>เอกสารแสดงตน</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="142" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="145" />
            <source>อ่านเลขทวนให้ผู้ร้องฟังและผู้ร้องยืนยันว่าถูกต้องแล้ว</source>
            <translation>Number read back to the complainant, who confirmed it</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="152" />
            <source>วันเกิด</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="157" />
            <source>เลขหนังสือเดินทาง</source>
            <translation>Passport number</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="161" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="167" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="169" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="171" />
            <source>LINE ID</source>
            <translation>LINE ID</translation>
        </message>
        <message>
            <location filename="../../ui/intake/person_section.py" line="174" />
            <source>ที่อยู่ที่ติดต่อได้</source>
            <translation>Contact address</translation>
        </message>
    </context>
    <context>
        <name>PetitionForm</name>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="143" />
            <source>บันทึก (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="203" />
            <source>กลุ่มผู้ยื่นคำร้อง</source>
            <translation>Petitioning group</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="205" />
            <source>เช่น เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง</source>
            <translation>e.g. Cassava Farmers' Network</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="206" />
            <source>ชื่อกลุ่ม *</source>
            <translation>Group name *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="207" />
            <source>องค์กร/สมาคม (ถ้ามี)</source>
            <translation>Organisation/association (if any)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="208" />
            <source>องค์กร</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/repeat_groups.py" line="96" />
            <source>กลุ่มนี้เคยมายื่นคำร้องภายใน 90 วัน</source>
            <translation>This group petitioned within the last 90 days</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="110" />
            <source>เชื่อมโยงกับคำร้องที่เลือก</source>
            <translation>Link to the selected petition</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="212" />
            <source>ประเด็นและข้อเรียกร้อง</source>
            <translation>Issues and demands</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="214" />
            <source>สรุปประเด็นปัญหา *</source>
            <translation>Summary of the issue *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="218" />
            <source>ข้อเรียกร้อง * (Ctrl+Shift+D เพิ่ม, Alt+↑/↓ เลื่อนลำดับ, Ctrl+Delete ลบ)</source>
            <translation>Demands * (Ctrl+Shift+D add, Alt+↑/↓ reorder, Ctrl+Delete remove)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="235" />
            <source>เจ้าหน้าที่ผู้รับหนังสือ</source>
            <translation>Official who received the petition</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="237" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="238" />
            <source>ชื่อผู้รับ *</source>
            <translation>Received by *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="239" />
            <source>ตำแหน่ง</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="240" />
            <source>ตำแหน่ง *</source>
            <translation>Position *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="123" />
            <source>การประชุม/การเข้าพบที่จัดให้</source>
            <translation>Meetings arranged</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="244" />
            <source>การติดตามผล</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/repeat_groups.py" line="104" />
            <source>เชื่อมโยงกับ {code} แล้ว</source>
            <translation>Linked to {code}</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/repeat_groups.py" line="82" />
            <source>ชื่อกลุ่มตรงกัน</source>
            <translation>Same group name</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/repeat_groups.py" line="83" />
            <source>ผู้แทนคนเดียวกัน</source>
            <translation>Same representative</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_form.py" line="344" />
            <source>เชื่อมโยงกับคำร้องเดิมแล้ว</source>
            <translation>Linked to the earlier petition</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="31" />
            <source>พบกับ (ชื่อ ตำแหน่ง หน่วยงาน)</source>
            <translation>Met with (name, position, agency)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="32" />
            <source>เวลา (ชม.:นาที)</source>
            <translation>Time (hh:mm)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="33" />
            <source>สถานที่</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/demands.py" line="34" />
            <source>ผลการประชุม</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="54" />
            <source>ผู้ประสานงาน</source>
            <translation>Contact</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="55" />
            <source>คำนำหน้า</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="56" />
            <source>ชื่อ</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="57" />
            <source>นามสกุล</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="58" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="59" />
            <source>ทวนเลขแล้ว</source>
            <translation>ID read back</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="60" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="61" />
            <source>ตำแหน่งในกลุ่ม</source>
            <translation>Role in the group</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="63" />
            <source>รับทราบประกาศ PDPA</source>
            <translation>PDPA notice acknowledged</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="71" />
            <source>เลขหนังสือเดินทาง</source>
            <translation>Passport number</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="72" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="73" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="74" />
            <source>LINE ID</source>
            <translation>LINE ID</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_keys.py" line="32" />
            <source>อ่านอย่างเดียว: บัญชีนี้ดูคำร้องของกลุ่มได้ แต่แก้ไขหรือบันทึกไม่ได้ ผู้ที่แก้ไขได้คือเจ้าหน้าที่ประสานมวลชนและหัวหน้างาน</source>
            <translation>Read only: this account can view group petitions but not change or save them. Mass-coordination staff and supervisors can edit them.</translation>
        </message>
    </context>
    <context>
        <name>PetitionTimeline</name>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="58" />
            <source>พบกับใคร (ชื่อ ตำแหน่ง หน่วยงาน) แล้วกด F8 อีกครั้งหรือ Enter</source>
            <translation>Met whom (name, position, agency)? Then press F8 again or Enter</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="61" />
            <source>ย้ายไปที่ใด แล้วกด F9 อีกครั้งหรือ Enter</source>
            <translation>Moved where? Then press F9 again or Enter</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="62" />
            <source>บันทึกเหตุการณ์ แล้วกด F11 อีกครั้งหรือ Enter</source>
            <translation>Write the note, then press F11 again or Enter</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="91" />
            <source>ลำดับเหตุการณ์ระหว่างกลุ่มอยู่ในพื้นที่</source>
            <translation>Timeline while the group is present</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="100" />
            <source>บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้</source>
            <translation>Save the petition first, then log events</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="108" />
            <source>เวลา</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="108" />
            <source>เหตุการณ์</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="108" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="108" />
            <source>ผู้บันทึก</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="118" />
            <location filename="../../ui/petitions/petition_timeline.py" line="203" />
            <source>รายละเอียด (พบใคร ย้ายไปที่ใด) — พิมพ์ก่อนกดปุ่มเหตุการณ์</source>
            <translation>Details (met whom, moved where) — type before pressing an event button</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="139" />
            <source>เวลาเดินทางกลับ</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="143" />
            <source>ปิดการเยือน ({key})</source>
            <translation>Close the visit ({key})</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="168" />
            <source>กรุณาพิมพ์รายละเอียดก่อน: </source>
            <translation>Please type the details first: </translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="240" />
            <source>ปิดการเยือนแล้ว กลุ่มเดินทางกลับเมื่อ {when}</source>
            <translation>Visit closed; the group left at {when}</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petition_timeline.py" line="243" />
            <source>กลุ่มยังอยู่ในพื้นที่</source>
            <translation>The group is still present</translation>
        </message>
    </context>
    <context>
        <name>PetitionsPage</name>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="124" />
            <source>เหตุผลการแก้ไข (จำเป็นเมื่อแก้ไขคำร้องที่บันทึกแล้ว)</source>
            <translation>Reason for the amendment (required once saved)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="256" />
            <source>คำร้องของกลุ่ม {group} (ฉบับที่ {version})</source>
            <translation>Petition of {group} (version {version})</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="260" />
            <source>เลขรับเรื่อง {code}</source>
            <translation>Receipt no. {code}</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="269" />
            <source>บันทึกคำร้องของกลุ่มใหม่</source>
            <translation>Log a new group petition</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="311" />
            <source>กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย</source>
            <translation>What was typed last time has been restored. Check it and carry on.</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="335" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="344" />
            <source>บันทึกคำร้องแล้ว เลขรับเรื่อง {code} — กด Ctrl+P เพื่อพิมพ์ใบรับเรื่องให้ผู้แทน</source>
            <translation>Petition saved, receipt no. {code} — press Ctrl+P to print the representative's receipt</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/petitions_page.py" line="349" />
            <source>บันทึกการแก้ไขแล้ว (ฉบับที่ {version})</source>
            <translation>Amendment saved (version {version})</translation>
        </message>
    </context>
    <context>
        <name>PrintStatus</name>
        <message>
            <location filename="../../ui/status/print_status.py" line="20" />
            <source>กำลังพิมพ์ใบรับเรื่อง…</source>
            <translation>Printing the receipt…</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="21" />
            <source>พิมพ์ใบรับเรื่องแล้ว</source>
            <translation>Receipt printed</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="22" />
            <source>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ ใบรับเรื่องแสดงบนจอเท่านั้น</source>
            <translation>No printer set up: the receipt is shown on screen only</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="23" />
            <source>ยกเลิกงานพิมพ์แล้ว</source>
            <translation>Print job cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="24" />
            <source>ใบรับเรื่องรอเครื่องพิมพ์</source>
            <translation>Receipt waiting for the printer</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="26" />
            <source>พิมพ์แล้ว — กระดาษใกล้หมด เตรียมม้วนใหม่</source>
            <translation>Printed — paper is running low, get a new roll ready</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusWidget</name>
        <message>
            <location filename="../../ui/status/print_status.py" line="51" />
            <source>พิมพ์อีกครั้ง</source>
            <translation>Print again</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="53" />
            <source>แก้ไขเครื่องพิมพ์แล้ว (เติมกระดาษ เปิดเครื่อง) กดเพื่อพิมพ์ทันที</source>
            <translation>Printer fixed (paper loaded, switched on)? Press to print now</translation>
        </message>
        <message>
            <location filename="../../ui/status/print_status.py" line="94" />
            <source>รอพิมพ์ %1 ใบ</source>
            <translation>%1 waiting to print</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="50" />
            <source>พร้อมพิมพ์</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="51" />
            <source>พร้อมพิมพ์ แต่กระดาษใกล้หมด</source>
            <translation>Ready, but paper is running low</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="52" />
            <source>กระดาษหมด</source>
            <translation>Out of paper</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="53" />
            <source>ฝาเครื่องพิมพ์เปิดอยู่</source>
            <translation>Cover open</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="54" />
            <source>เครื่องพิมพ์ไม่พร้อม (ออฟไลน์)</source>
            <translation>Printer not ready (offline)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="55" />
            <source>ติดต่อเครื่องพิมพ์ไม่ได้ ตรวจสอบการเปิดเครื่องและสายเชื่อมต่อ</source>
            <translation>Cannot reach the printer. Check that it is on and connected.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="58" />
            <source>เชื่อมต่อได้ แต่เครื่องพิมพ์ไม่ตอบสถานะ (ยังพิมพ์ได้)</source>
            <translation>Connected, but the printer does not report status (printing still works)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="61" />
            <source>การเชื่อมต่อแบบนี้ถามสถานะเครื่องพิมพ์ไม่ได้</source>
            <translation>This kind of connection cannot ask the printer's status</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="83" />
            <source>ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง</source>
            <translation>Receipt printer settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="96" />
            <source>เลือกรูปแบบแล้วแก้ที่อยู่ เช่น tcp://ที่อยู่ไอพี:9100 หรือ usb://รหัสผู้ผลิต:รหัสสินค้า</source>
            <translation>Pick a form and edit the address, e.g. tcp://IP-ADDRESS:9100 or usb://VENDOR:PRODUCT</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="99" />
            <source>58 มม. (384 จุด)</source>
            <translation>58 mm (384 dots)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="100" />
            <source>80 มม. (576 จุด)</source>
            <translation>80 mm (576 dots)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="114" />
            <source>อัตโนมัติตามความกว้าง</source>
            <translation>Automatic, from the width</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="116" />
            <source>%1 (%2 จุด)</source>
            <translation>%1 (%2 dots)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="124" />
            <source>ตรวจสถานะเครื่องพิมพ์</source>
            <translation>Check printer status</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="126" />
            <source>พิมพ์หน้าทดสอบ</source>
            <translation>Print test page</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="134" />
            <source>ที่อยู่เครื่องพิมพ์</source>
            <translation>Printer address</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="135" />
            <source>ความกว้างกระดาษ</source>
            <translation>Paper width</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="136" />
            <source>รุ่นเครื่องพิมพ์</source>
            <translation>Printer model</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="141" />
            <source>บันทึก</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="142" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="206" />
            <source>กำลังถามสถานะเครื่องพิมพ์…</source>
            <translation>Asking the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="213" />
            <source>สถานะ: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="218" />
            <source>กำลังพิมพ์หน้าทดสอบ…</source>
            <translation>Printing the test page…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="229" />
            <source>โหมดแสดงตัวอย่าง: ดูหน้าทดสอบทางขวา</source>
            <translation>Preview mode: see the test page on the right</translation>
        </message>
        <message>
            <location filename="../../ui/admin/printer_settings.py" line="232" />
            <source>ส่งหน้าทดสอบแล้ว ตรวจว่าอักษรไทยครบและขีดวัดความกว้างเต็มแผ่น (%1)</source>
            <translation>Test page sent. Check that the Thai text is complete and the ruler spans the paper (%1)</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPage</name>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="72" />
            <source>ระยะเวลาเก็บข้อมูลส่วนบุคคล</source>
            <translation>Retention of personal data</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="77" />
            <source>เรื่องร้องทุกข์เก็บ {c:,} วัน และการประสานมวลชนเก็บ {p:,} วัน นับจากความเคลื่อนไหวล่าสุด เมื่อครบกำหนดและศูนย์ยืนยันการรับแล้ว ข้อมูลส่วนบุคคลจะถูกทำลาย คงไว้เพียงเลขรับเรื่อง วันที่ และสถานะ (ระบบตรวจทุกวันโดยอัตโนมัติ)</source>
            <translation>Complaints are kept {c:,} days and group petitions {p:,} days after their last activity. Once due and acknowledged by the center, their personal data is destroyed; only the tracking code, dates and status remain (checked automatically every day)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="86" />
            <source>ตรวจรายการที่ครบกำหนด</source>
            <translation>List what is due</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="89" />
            <source>ทำลายข้อมูลที่ครบกำหนดตอนนี้</source>
            <translation>Destroy what is due now</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="99" />
            <source>คำขอของเจ้าของข้อมูล (เข้าถึง / ลบ)</source>
            <translation>Data subject requests (access / erasure)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="107" />
            <source>เช่น เลขที่หนังสือคำขอ</source>
            <translation>e.g. the request letter's number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="108" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="109" />
            <source>หรือหมายเลขโทรศัพท์</source>
            <translation>or phone number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="110" />
            <source>เหตุผล / เลขที่คำขอ</source>
            <translation>Reason / request number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="112" />
            <source>ส่งออกข้อมูลทั้งหมดของบุคคลนี้ (PDF และ JSON)…</source>
            <translation>Export everything about this person (PDF and JSON)…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="116" />
            <source>ลบข้อมูลทั้งหมดของบุคคลนี้ตามคำขอ…</source>
            <translation>Erase everything about this person on request…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="139" />
            <source>ยืนยัน</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="146" />
            <source>ทำลายข้อมูลส่วนบุคคลของเรื่องที่ครบระยะเวลาเก็บตอนนี้? ย้อนกลับไม่ได้</source>
            <translation>Destroy the personal data of records past retention now? This cannot be undone</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="158" />
            <source>ครบระยะเวลาเก็บ {n:,} เรื่อง</source>
            <translation>{n:,} records past retention</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="160" />
            <source>ทำลายข้อมูลส่วนบุคคลแล้ว {n:,} เรื่อง</source>
            <translation>Personal data of {n:,} records destroyed</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="163" />
            <source> — รอศูนย์ยืนยันการรับ {n:,} เรื่อง (ยังเก็บไว้)</source>
            <translation> — {n:,} waiting for the center's acknowledgement (kept)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="168" />
            <source>เลือกโฟลเดอร์ที่จะบันทึกไฟล์</source>
            <translation>Choose the folder for the files</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="185" />
            <source>ส่งออกแล้ว {r:,} เรื่อง {v:,} ฉบับ ไฟล์แนบ {a:,} รายการ: {path}</source>
            <translation>Exported {r:,} records, {v:,} versions, {a:,} attachments: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="191" />
            <source>ลบข้อมูลส่วนบุคคลทุกเรื่องของบุคคลนี้ และแจ้งศูนย์ให้ลบด้วย? ย้อนกลับไม่ได้</source>
            <translation>Erase the personal data of every record of this person, and ask the center to erase it too? This cannot be undone</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/privacy_page.py" line="210" />
            <source>ลบข้อมูลแล้ว {n:,} เรื่อง: {codes} (แจ้งศูนย์เมื่อซิงก์ครั้งถัดไป)</source>
            <translation>Erased {n:,} records: {codes} (the center is told at the next sync)</translation>
        </message>
    </context>
    <context>
        <name>QueueRecord</name>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="26" />
            <source>การเปิดเผยตัวตนของผู้ร้อง</source>
            <translation>Complainant's identity</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="27" />
            <source>ข้อมูลผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="28" />
            <source>อ่านเลขทวนให้ผู้ร้องฟังแล้ว</source>
            <translation>Number read back to the complainant</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="29" />
            <source>ประเภทเรื่อง</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="30" />
            <source>หมวดเรื่อง</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="31" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="32" />
            <location filename="../../ui/supervisor/queue_record.py" line="93" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="33" />
            <source>จังหวัดที่เกิดเหตุ</source>
            <translation>Province of the incident</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="34" />
            <source>อำเภอ/เขตที่เกิดเหตุ</source>
            <translation>District of the incident</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="35" />
            <source>หน่วยงานที่ถูกร้องเรียน</source>
            <translation>Agency complained about</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="36" />
            <source>หน่วยงานที่ควรรับผิดชอบ</source>
            <translation>Suggested responsible agency</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="37" />
            <source>สิ่งที่ผู้ร้องขอให้ดำเนินการ</source>
            <translation>What the complainant asks for</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="38" />
            <source>เอกสารที่รับไว้</source>
            <translation>Documents received</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="39" />
            <source>เอกสารแนบ</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="40" />
            <source>แจ้งประกาศความเป็นส่วนตัวแล้ว</source>
            <translation>Privacy notice given</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="41" />
            <source>ยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง</source>
            <translation>Agrees to share the data with the agencies concerned</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="42" />
            <source>เชื่อมโยงกับเรื่องเดิม</source>
            <translation>Linked to earlier case</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="44" />
            <source>คำนำหน้าชื่อ</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="45" />
            <source>ชื่อ</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="46" />
            <source>นามสกุล</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="47" />
            <source>เอกสารแสดงตน</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="48" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="49" />
            <source>เลขหนังสือเดินทาง</source>
            <translation>Passport number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="50" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="51" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="52" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="53" />
            <source>LINE ID</source>
            <translation>LINE ID</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="54" />
            <source>วันเกิด</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="55" />
            <source>ที่อยู่ที่ติดต่อได้</source>
            <translation>Contact address</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="56" />
            <source>บ้านเลขที่</source>
            <translation>House no.</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="57" />
            <source>หมู่ที่</source>
            <translation>Moo</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="58" />
            <source>หมู่บ้าน/อาคาร</source>
            <translation>Village/building</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="59" />
            <source>ตรอก/ซอย</source>
            <translation>Soi</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="60" />
            <source>ถนน</source>
            <translation>Road</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="61" />
            <source>ตำบล/แขวง</source>
            <translation>Subdistrict</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="62" />
            <source>อำเภอ/เขต</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="63" />
            <source>จังหวัด</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="64" />
            <source>รหัสไปรษณีย์</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="65" />
            <source>ผู้ประสานงานของกลุ่ม</source>
            <translation>Group's contact person</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="66" />
            <source>บทบาทในกลุ่ม</source>
            <translation>Role in the group</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="68" />
            <source>ชื่อกลุ่ม</source>
            <translation>Group name</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="69" />
            <source>องค์กร/สมาคม</source>
            <translation>Organisation/association</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="70" />
            <source>ผู้แทนกลุ่ม</source>
            <translation>Group representatives</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="71" />
            <source>จำนวนผู้มา (คน)</source>
            <translation>Number of people</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="72" />
            <source>วิธีประมาณจำนวน</source>
            <translation>How it was estimated</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="73" />
            <source>จังหวัดที่มา</source>
            <translation>Provinces they came from</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="74" />
            <source>เวลาที่มาถึง</source>
            <translation>Arrived at</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="75" />
            <source>เวลาที่เดินทางกลับ</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="76" />
            <source>ประตูที่เข้า</source>
            <translation>Entrance gate</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="77" />
            <source>จุดรับเรื่อง/ห้อง</source>
            <translation>Reception point/room</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="78" />
            <source>สรุปประเด็นปัญหา</source>
            <translation>Summary of the issue</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="79" />
            <source>ข้อเรียกร้อง</source>
            <translation>Demands</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="80" />
            <source>ข้อความ</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="81" />
            <source>หน่วยงาน</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="82" />
            <source>หน่วยงานที่เกี่ยวข้อง (Contact Point)</source>
            <translation>Agencies concerned (Contact Points)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="83" />
            <source>เจ้าหน้าที่ผู้รับหนังสือ</source>
            <translation>Official who received the petition</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="84" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="85" />
            <source>ตำแหน่ง</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="86" />
            <source>การประชุม/การเข้าพบที่จัดให้</source>
            <translation>Meetings arranged</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="87" />
            <source>พบกับ</source>
            <translation>Met with</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="88" />
            <source>เวลา</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="89" />
            <source>สถานที่</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="90" />
            <source>ผล</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="91" />
            <source>ลำดับเหตุการณ์</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="92" />
            <source>เหตุการณ์</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="94" />
            <source>ผู้บันทึก</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="95" />
            <source>การติดตามผล</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="96" />
            <location filename="../../ui/supervisor/queue_record.py" line="129" />
            <source>สถานะ</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="116" />
            <source>บัตรประจำตัวประชาชน</source>
            <translation>Thai national ID card</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="117" />
            <source>หนังสือเดินทาง (ชาวต่างชาติ)</source>
            <translation>Passport (foreigner)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="118" />
            <source>ไม่ได้แสดงเอกสาร</source>
            <translation>No document shown</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="122" />
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="123" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="124" />
            <source>%1 ไบต์</source>
            <translation>%1 bytes</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="125" />
            <source>ใช่</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="126" />
            <source>ไม่ใช่</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="127" />
            <source>ไฟล์ที่ %1 (ไม่มีชื่อ)</source>
            <translation>File %1 (no name)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="128" />
            <source>ฉบับที่</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="130" />
            <source>ส่งไม่สำเร็จ</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="131" />
            <source>ครั้ง</source>
            <translation>times</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="132" />
            <source>ข้อผิดพลาดล่าสุด</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="133" />
            <source>เลขเรื่องที่ศูนย์</source>
            <translation>Center case number</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="134" />
            <source>ศูนย์มีเนื้อหาอื่นในฉบับนี้</source>
            <translation>The center holds different content for this version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="135" />
            <source>ศูนย์ได้รับฉบับนี้ไว้แล้วโดยมีข้อมูลไม่ตรงกับที่จุดบริการบันทึกไว้</source>
            <translation>The center already has this version with data that differs from what this counter recorded</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="136" />
            <source>ศูนย์แจ้งว่า</source>
            <translation>The center says</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_record.py" line="137" />
            <source>ข้อมูลที่ส่ง (ปิดบังข้อมูลส่วนบุคคล)</source>
            <translation>Data sent (personal data masked)</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="216" />
            <source>ต้องตรวจสอบ (ขัดแย้ง/ไม่รับ/พัก)</source>
            <translation>Needs review (conflict/rejected/held)</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="217" />
            <source>ทั้งหมด</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="222" />
            <source>ค้นด้วยเลขติดตามเรื่อง</source>
            <translation>Find by tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="223" />
            <source>ปรับปรุง</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="240" />
            <source>ส่งใหม่ทันที</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="58" />
            <location filename="../../ui/supervisor/queue_view.py" line="241" />
            <location filename="../../ui/supervisor/queue_view.py" line="401" />
            <source>พักการส่ง</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="421" />
            <source>ติดต่อศูนย์ไม่ได้</source>
            <translation>Cannot reach the center</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="422" />
            <source>ศูนย์ขอให้รอสักครู่ (429)</source>
            <translation>The center asked to wait (429)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="423" />
            <source>ศูนย์ปิดปรับปรุงชั่วคราว (503)</source>
            <translation>The center is down for maintenance (503)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="424" />
            <source>ศูนย์ขัดข้อง (500)</source>
            <translation>The center failed (500)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="425" />
            <source>ศูนย์มีข้อมูลฉบับเดียวกันแต่เนื้อหาต่างกัน</source>
            <translation>The center holds this version with different content</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="426" />
            <source>ศูนย์ไม่รับเพราะข้อมูลไม่ครบหรือไม่ถูกต้อง</source>
            <translation>Rejected by the center: data incomplete or invalid</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="427" />
            <source>ไม่พบไฟล์แนบในเครื่องนี้</source>
            <translation>The attachment is not on this counter</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="428" />
            <source>ศูนย์ไม่รับรหัสของจุดบริการ</source>
            <translation>The center refused the station's token</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="429" />
            <source>ถอนการส่งแล้ว</source>
            <translation>Withdrawn from sending</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="430" />
            <source>ส่งใหม่ตามผลการกระทบยอด</source>
            <translation>Sent again after reconciliation</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="437" />
            <source>แทนที่ด้วยฉบับที่ %1</source>
            <translation>Replaced by version %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="55" />
            <source>ศูนย์แจ้งข้อมูลขัดแย้ง</source>
            <translation>Conflict reported by the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="56" />
            <source>ศูนย์ไม่รับ</source>
            <translation>Rejected by center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="57" />
            <source>สั่งส่งใหม่ทันที</source>
            <translation>Retry ordered</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="59" />
            <location filename="../../ui/supervisor/queue_view.py" line="242" />
            <source>ปล่อยให้ส่งต่อ</source>
            <translation>Release</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="60" />
            <location filename="../../ui/supervisor/queue_view.py" line="243" />
            <source>ส่งฉบับแก้ไขใหม่</source>
            <translation>Send a corrected version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="61" />
            <location filename="../../ui/supervisor/queue_view.py" line="244" />
            <location filename="../../ui/supervisor/queue_view.py" line="414" />
            <source>ถอนการส่ง</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="74" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="75" />
            <source>ฉบับ</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="76" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="77" />
            <source>สถานะการส่ง</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="78" />
            <source>ส่งไม่สำเร็จ (ครั้ง)</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="79" />
            <source>ข้อผิดพลาดล่าสุด</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="80" />
            <source>ปรับปรุงเมื่อ</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="171" />
            <source>เหตุผล (จำเป็น):</source>
            <translation>Reason (required):</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="190" />
            <source>ข้อมูลไม่อยู่ในรูปแบบ JSON</source>
            <translation>The data is not valid JSON</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="256" />
            <source>แสดง:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="281" />
            <source>คิวส่งข้อมูลไปยังศูนย์</source>
            <translation>Sync queue to the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="389" />
            <source>ทำรายการไม่สำเร็จ</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="427" />
            <source>ส่งฉบับใหม่แทนฉบับที่ขัดแย้ง</source>
            <translation>Send a new version in place of the conflicting one</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="440" />
            <source>ศูนย์แจ้งว่า: %1</source>
            <translation>The center says: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/queue_view.py" line="458" />
            <source>ประวัติ</source>
            <translation>History</translation>
        </message>
    </context>
    <context>
        <name>RatingWindow</name>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="36" />
            <source>ประเมินความพึงพอใจ</source>
            <translation>Rate our service</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="48" />
            <source>ขอบคุณที่ใช้บริการ ศูนย์บริการประชาชน</source>
            <translation>Thank you for visiting the Public Service Center</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="52" />
            <source>ท่านพอใจกับบริการวันนี้เพียงใด (กดตัวเลข 1–5)</source>
            <translation>How satisfied are you with today's service? (press 1–5)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="58" />
            <source>ควรปรับปรุง</source>
            <translation>Needs improvement</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="59" />
            <source>พอใช้</source>
            <translation>Fair</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="60" />
            <source>ปานกลาง</source>
            <translation>Moderate</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="61" />
            <source>ดี</source>
            <translation>Good</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="62" />
            <source>ดีมาก</source>
            <translation>Very good</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="78" />
            <source>ข้อเสนอแนะเพิ่มเติม (ไม่บังคับ)</source>
            <translation>Any suggestion (optional)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/rating_window.py" line="121" />
            <source>ขอบคุณสำหรับความคิดเห็นของท่าน</source>
            <translation>Thank you for your feedback</translation>
        </message>
    </context>
    <context>
        <name>ReceiptImageDialog</name>
        <message>
            <location filename="../../ui/records/reprint.py" line="39" />
            <source>ใบรับเรื่อง (สำเนา) %1</source>
            <translation>Receipt (copy) %1</translation>
        </message>
        <message>
            <location filename="../../ui/records/reprint.py" line="40" />
            <source>ไม่ได้ตั้งค่าเครื่องพิมพ์ จึงแสดงใบรับเรื่องบนหน้าจอเท่านั้น</source>
            <translation>No printer is set up, so the receipt is shown on screen only</translation>
        </message>
        <message>
            <location filename="../../ui/records/reprint.py" line="43" />
            <source>กำลังจัดทำใบรับเรื่อง…</source>
            <translation>Preparing the receipt…</translation>
        </message>
        <message>
            <location filename="../../ui/records/reprint.py" line="53" />
            <source>ปิด</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/records/reprint.py" line="63" />
            <source>(ตัวอย่างใบรับเรื่องยังไม่พร้อมใช้งาน)</source>
            <translation>(Receipt preview not available)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPreview</name>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="56" />
            <source>บันทึกเรื่องเรียบร้อยแล้ว</source>
            <translation>Complaint saved</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="59" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="73" />
            <source>ย่อให้พอดีหน้าจอ</source>
            <translation>Fit to screen</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="80" />
            <source>พิมพ์ใบรับเรื่อง (Ctrl+P)</source>
            <translation>Print receipt (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="84" />
            <source>รับเรื่องใหม่ (Ctrl+N)</source>
            <translation>Next complaint (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="125" />
            <source>บันทึกเมื่อ %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="127" />
            <source>ฉบับแก้ไขครั้งที่ %1</source>
            <translation>Amendment %1</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="129" />
            <source>กำหนดแจ้งผลเบื้องต้นภายใน %1</source>
            <translation>First answer due by %1</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="133" />
            <source>กำลังจัดทำใบรับเรื่อง…</source>
            <translation>Preparing the receipt…</translation>
        </message>
        <message>
            <location filename="../../ui/intake/receipt_preview.py" line="141" />
            <source>(ตัวอย่างใบรับเรื่องยังไม่พร้อมใช้งาน)</source>
            <translation>(Receipt preview not available)</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationView</name>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="82" />
            <source>กระทบยอดกับศูนย์</source>
            <translation>Reconcile with the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="97" />
            <location filename="../../ui/supervisor/reconciliation_view.py" line="102" />
            <location filename="../../ui/supervisor/reconciliation_view.py" line="107" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="97" />
            <location filename="../../ui/supervisor/reconciliation_view.py" line="102" />
            <location filename="../../ui/supervisor/reconciliation_view.py" line="107" />
            <source>ฉบับ</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="97" />
            <source>สถานะการส่ง</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="97" />
            <location filename="../../ui/supervisor/reconciliation_view.py" line="107" />
            <source>บันทึกเมื่อ</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="109" />
            <source>ส่งเรื่องที่ศูนย์ยังไม่มีอีกครั้ง</source>
            <translation>Send again what the center does not have</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="111" />
            <location filename="../../ui/supervisor/reconciliation_view.py" line="328" />
            <source>บันทึกรายงาน PDF</source>
            <translation>Save PDF report</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="113" />
            <source>ลงนามรับรองผลประจำวัน</source>
            <translation>Sign off the day</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="119" />
            <source>วันที่:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="125" />
            <source>บันทึกที่จุดบริการ</source>
            <translation>Recorded at the station</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="127" />
            <source>ศูนย์ยืนยันการรับแล้ว</source>
            <translation>Acknowledged by the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="129" />
            <source>ศูนย์แจ้งว่ามีอยู่ในระบบ</source>
            <translation>Held by the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="138" />
            <source>กระทบยอดข้อมูลกับศูนย์</source>
            <translation>Reconciliation with the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="144" />
            <source>มีที่จุดบริการ แต่ศูนย์ไม่มี</source>
            <translation>At the station, missing at the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="146" />
            <source>ศูนย์มี แต่จุดบริการไม่มี</source>
            <translation>At the center, missing at the station</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="148" />
            <source>รหัสและฉบับตรงกันแต่เนื้อหาต่างกัน</source>
            <translation>Same ID and version, different content</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="197" />
            <source>กำลังตรวจสอบกับศูนย์…</source>
            <translation>Checking with the center…</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="213" />
            <source>ข้อมูลตรงกันทั้งหมด ไม่พบความแตกต่าง</source>
            <translation>Everything matches; no differences</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="217" />
            <source>พบความแตกต่าง %1 รายการ</source>
            <translation>%1 differences found</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="268" />
            <source>ยอดของจุดบริการอ่านจากเครื่องนี้ ยอดของศูนย์จะแสดงเมื่อติดต่อศูนย์ได้</source>
            <translation>The counter's figures are read on this machine; the center's will show once it can be reached</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="274" />
            <source>ติดต่อศูนย์ไม่ได้</source>
            <translation>Cannot reach the center</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="295" />
            <source>ส่งเรื่องเข้าคิวแล้ว — กดกระทบยอดอีกครั้งหลังส่งเสร็จ</source>
            <translation>Queued for sending — reconcile again once sent</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="311" />
            <source>บันทึกรายงานแล้ว: %1</source>
            <translation>Report saved: %1</translation>
        </message>
        <message>
            <location filename="../../ui/supervisor/reconciliation_view.py" line="325" />
            <source>ลงนามรับรองแล้ว</source>
            <translation>Signed off</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailView</name>
        <message>
            <location filename="../../ui/records/record_detail.py" line="63" />
            <source>ประวัติการบันทึกและแก้ไข</source>
            <translation>History of versions</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="68" />
            <source>ฉบับที่</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="69" />
            <source>วันเวลา</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="70" />
            <source>เจ้าหน้าที่</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="71" />
            <source>เหตุผลการแก้ไข</source>
            <translation>Reason for amendment</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="72" />
            <source>สถานะส่งข้อมูล</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="92" />
            <source>เลือกรายการเพื่อดูรายละเอียด</source>
            <translation>Select a record to see its details</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="98" />
            <source>  (ฉบับที่ %1)</source>
            <translation>  (version %1)</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="107" />
            <source>บันทึกครั้งแรก</source>
            <translation>First registration</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="141" />
            <source>เลขติดตาม</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="142" />
            <source>รับเรื่องเมื่อ</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="143" />
            <source>กำหนดแจ้งผลเบื้องต้น</source>
            <translation>First answer due</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="144" />
            <source>เจ้าหน้าที่ผู้รับเรื่อง</source>
            <translation>Receiving officer</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="145" />
            <source>สถานะส่งข้อมูลไปศูนย์</source>
            <translation>Sync state with the center</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="146" />
            <source>เลขเรื่องที่ศูนย์</source>
            <translation>Center case number</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="147" />
            <source>สถานะที่ศูนย์</source>
            <translation>Status at the center</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="148" />
            <source>ส่งต่อหน่วยงาน</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="149" />
            <source>บันทึกจากศูนย์</source>
            <translation>Note from the center</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="163" />
            <source>การเปิดเผยตัวตน</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="167" />
            <source>ชื่อผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="170" />
            <source>หนังสือเดินทาง</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="171" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="173" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="174" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="175" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="176" />
            <source>LINE ID</source>
            <translation>LINE ID</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="177" />
            <source>ที่อยู่</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="180" />
            <source>ประเภทเรื่อง</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="184" />
            <source>หมวดเรื่อง</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="185" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="186" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="188" />
            <source>สถานที่เกิดเหตุ</source>
            <translation>Where it happened</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="192" />
            <source>หน่วยงานที่ถูกร้องเรียน</source>
            <translation>Agency complained about</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="195" />
            <source>หน่วยงานที่ควรรับผิดชอบ</source>
            <translation>Suggested responsible agency</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="197" />
            <source>สิ่งที่ผู้ร้องขอ</source>
            <translation>Requested action</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="198" />
            <source>เอกสารที่รับไว้</source>
            <translation>Documents received</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="200" />
            <source>ความยินยอม</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="201" />
            <source>ยินยอมให้ส่งข้อมูลให้หน่วยงาน</source>
            <translation>Consents to sharing with agencies</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="201" />
            <source>ไม่ยินยอม</source>
            <translation>Does not consent</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="205" />
            <source>เชื่อมโยงกับเรื่องเดิม</source>
            <translation>Linked to earlier case</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="211" />
            <source>หมู่ %1</source>
            <translation>Moo %1</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="213" />
            <source>ซอย%1</source>
            <translation>Soi %1</translation>
        </message>
        <message>
            <location filename="../../ui/records/record_detail.py" line="214" />
            <source>ถนน%1</source>
            <translation>%1 Road</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../ui/records/records_model.py" line="293" />
            <source>เกินกำหนดแจ้งผลตามมาตรฐานการให้บริการแล้ว</source>
            <translation>Past the answer due under the service standard</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="315" />
            <source>(ไม่ประสงค์ออกนาม)</source>
            <translation>(anonymous)</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="325" />
            <source>รับเรื่องแล้ว</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="337" />
            <source>เลขติดตาม</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="338" />
            <source>วันที่รับเรื่อง</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="339" />
            <source>กำหนดแจ้งผล</source>
            <translation>Answer due</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="340" />
            <source>ชื่อผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="341" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="342" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="343" />
            <source>สถานะส่งข้อมูล</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_model.py" line="344" />
            <source>สถานะที่ศูนย์</source>
            <translation>Status at the center</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <location filename="../../ui/records/records_view.py" line="77" />
            <source>ค้นหา: ชื่อ เรื่อง เลขติดตาม เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์ (Ctrl+F)</source>
            <translation>Search: name, subject, tracking code, national ID or phone (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_view.py" line="84" />
            <source>กรองตามกำหนดแจ้งผลตามมาตรฐานการให้บริการ</source>
            <translation>Filter by the answer due under the service standard</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_view.py" line="126" />
            <source>แก้ไขเรื่องนี้…</source>
            <translation>Amend this case…</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_view.py" line="130" />
            <source>พิมพ์ใบรับเรื่องซ้ำ</source>
            <translation>Reprint receipt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/records/records_view.py" line="195" />
            <source>%n รายการ</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/records/records_view.py" line="203" />
            <source>ไม่พบเรื่องที่ตรงกับ “%1”</source>
            <translation>No records match “%1”</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_view.py" line="205" />
            <source>ไม่พบเรื่องตามตัวกรองที่เลือก</source>
            <translation>No records match the chosen filter</translation>
        </message>
        <message>
            <location filename="../../ui/records/records_view.py" line="329" />
            <source>พิมพ์ไม่สำเร็จ</source>
            <translation>Printing failed</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="27" />
            <source>ฐานข้อมูลเสียหาย</source>
            <translation>Damaged database</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="33" />
            <source>ฐานข้อมูลเสียหาย กำลังค้นหาไฟล์สำรองล่าสุดที่ใช้ได้…</source>
            <translation>The database is damaged. Looking for the newest good backup…</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="37" />
            <source>กู้คืนจากไฟล์สำรองนี้</source>
            <translation>Restore from this backup</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="40" />
            <source>ปิดโปรแกรม</source>
            <translation>Close the program</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="42" />
            <source>เปิดโปรแกรม</source>
            <translation>Open the program</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="61" />
            <source>ฐานข้อมูลเสียหาย พบไฟล์สำรองล่าสุดที่ใช้ได้ เมื่อ %1
กู้คืนจากไฟล์นี้ แล้วดึงเรื่องที่ศูนย์รับไว้หลังจากนั้นกลับมาหรือไม่
(ไฟล์ที่เสียหายจะถูกเก็บไว้ในโฟลเดอร์สำรองข้อมูล)</source>
            <translation>The database is damaged. The newest good backup is from %1.
Restore it, then fetch back from the center the records it acknowledged since?
(The damaged file is kept in the backups folder.)</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="70" />
            <source>ฐานข้อมูลเสียหาย และ%1 กรุณาติดต่อผู้ดูแลระบบ</source>
            <translation>The database is damaged: %1. Please call the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="80" />
            <source>กำลังกู้คืนฐานข้อมูลและดึงเรื่องจากศูนย์…</source>
            <translation>Restoring the database and fetching records from the center…</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="87" />
            <source>กู้คืนฐานข้อมูลแล้ว ดึงเรื่องที่ศูนย์รับแล้วกลับมา %1 รายการ</source>
            <translation>Database restored; %1 records fetched back from the center</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="89" />
            <source>ยังไม่ได้เชื่อมต่อศูนย์ จึงดึงเรื่องจากศูนย์ไม่ได้</source>
            <translation>Not connected to a center: nothing could be fetched</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery_dialog.py" line="92" />
            <source>ติดต่อศูนย์ไม่ได้ในขณะนี้ ผู้ดูแลระบบใช้คำสั่ง psc-counter recover --rebuild-only ภายหลังได้</source>
            <translation>The center cannot be reached now; an administrator can run psc-counter recover --rebuild-only later</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ui/session/wizard.py" line="201" />
            <source>รหัสกู้คืนฐานข้อมูล</source>
            <translation>Database recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="202" />
            <source>รหัสนี้แสดงเพียงครั้งเดียว</source>
            <translation>This code is shown only once</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="206" />
            <source>หากกุญแจฐานข้อมูลในเครื่องนี้สูญหาย (เช่น เปลี่ยนเครื่องหรือระบบปฏิบัติการเสียหาย) ต้องใช้รหัสนี้เปิดฐานข้อมูลและไฟล์สำรอง ไม่เช่นนั้นข้อมูลทั้งหมดจะเปิดไม่ได้อีก
กรุณาพิมพ์หรือจดรหัสนี้ ให้หัวหน้างานเก็บไว้ในตู้นิรภัย และอย่าบันทึกไว้ในเครื่องนี้</source>
            <translation>If the database key on this computer is lost (a new computer, a broken operating system), this code is the only way to open the database and its backups; without it nothing can be opened again.
Print or write down this code, have the supervisor keep it in the safe, and do not store it on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="224" />
            <source>คัดลอกรหัส</source>
            <translation>Copy code</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="227" />
            <source>ข้าพเจ้าพิมพ์หรือจดรหัสกู้คืนไว้แล้ว และจะเก็บไว้ในตู้นิรภัย</source>
            <translation>I have printed or written down the recovery code and will keep it in the safe</translation>
        </message>
    </context>
    <context>
        <name>RepeatBanner</name>
        <message>
            <location filename="../../ui/fields/repeat_banner.py" line="83" />
            <source>ใช้ชื่อ โทรศัพท์ และที่อยู่จากเรื่องเดิม</source>
            <translation>Use name, phone and address from the earlier case</translation>
        </message>
        <message>
            <location filename="../../ui/fields/repeat_banner.py" line="85" />
            <source>เติมเฉพาะช่องที่ยังว่าง ตรวจทานกับผู้ร้องอีกครั้งก่อนบันทึก</source>
            <translation>Fills only the empty fields; check them with the citizen before saving</translation>
        </message>
        <message>
            <location filename="../../ui/fields/repeat_banner.py" line="89" />
            <source>ยกเลิกการเชื่อมโยง</source>
            <translation>Remove link</translation>
        </message>
    </context>
    <context>
        <name>RepeatVisits</name>
        <message numerus="yes">
            <location filename="../../ui/intake/repeat_visits.py" line="112" />
            <source>ผู้ร้องรายนี้เคยมาร้องเรื่องไว้แล้ว %n เรื่อง หากเป็นเรื่องเดิมให้เชื่อมโยงการมาครั้งนี้</source>
            <translation>
                <numerusform>This complainant has %n earlier case. If this visit is about it, link the visit.</numerusform>
                <numerusform>This complainant has %n earlier cases. If this visit is about one of them, link the visit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/intake/repeat_visits.py" line="136" />
            <source>การมาครั้งนี้เชื่อมโยงกับเรื่องเดิม เลขติดตาม %1</source>
            <translation>This visit is linked to the earlier case %1</translation>
        </message>
    </context>
    <context>
        <name>RepresentativesEditor</name>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="289" />
            <source>ผู้แทนกลุ่ม (Ctrl+Shift+R เพิ่ม, Ctrl+Delete ลบ)</source>
            <translation>Representatives (Ctrl+Shift+R add, Ctrl+Delete remove)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="312" />
            <source>เพิ่มผู้แทน</source>
            <translation>Add representative</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="315" />
            <source>ลบผู้แทนที่เลือก</source>
            <translation>Remove selected representative</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="337" />
            <source>บัตรประจำตัวประชาชน</source>
            <translation>Thai national ID card</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="338" />
            <source>หนังสือเดินทาง (ชาวต่างชาติ)</source>
            <translation>Passport (foreigner)</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="340" />
            <source>เอกสารแสดงตน</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="355" />
            <source>ที่อยู่</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/representatives.py" line="453" />
            <source>รายละเอียดผู้แทนคนที่ {n}</source>
            <translation>Representative {n} details</translation>
        </message>
    </context>
    <context>
        <name>Reprinter</name>
        <message>
            <location filename="../../ui/records/reprint.py" line="101" />
            <source>กำลังส่งไปพิมพ์…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/records/reprint.py" line="104" />
            <source>ส่งใบรับเรื่อง (สำเนา) เข้าคิวพิมพ์แล้ว</source>
            <translation>Receipt copy queued for the printer</translation>
        </message>
        <message>
            <location filename="../../ui/records/reprint.py" line="120" />
            <source>ไม่ได้ตั้งค่าเครื่องพิมพ์ แสดงสำเนาบนหน้าจอแทน</source>
            <translation>No printer set up: the copy is shown on screen</translation>
        </message>
    </context>
    <context>
        <name>ScanDialog</name>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="35" />
            <source>สี</source>
            <translation>Colour</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="36" />
            <source>ขาวดำ (ระดับเทา)</source>
            <translation>Greyscale</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="37" />
            <source>ขาวดำ (ตัวอักษร)</source>
            <translation>Black and white (text)</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="54" />
            <source>สแกนเอกสารแนบ</source>
            <translation>Scan documents</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="69" />
            <source>เครื่องสแกน</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="72" />
            <source>โหมดสี</source>
            <translation>Colour mode</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="75" />
            <source>ความละเอียด</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="79" />
            <source> หน้า</source>
            <translation> pages</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="80" />
            <source>จำนวนหน้า</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="87" />
            <source>กำลังค้นหาเครื่องสแกน…</source>
            <translation>Looking for scanners…</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="92" />
            <source>เริ่มสแกน</source>
            <translation>Scan</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="97" />
            <location filename="../../ui/records/scan_dialog.py" line="216" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="138" />
            <source>วางเอกสารในเครื่องสแกนแล้วกด เริ่มสแกน</source>
            <translation>Put the document in the scanner and press Scan</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="161" />
            <source>กำลังสแกนหน้า 1 จาก %1…</source>
            <translation>Scanning page 1 of %1…</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="176" />
            <source>กำลังสแกนหน้า %1 จาก %2…</source>
            <translation>Scanning page %1 of %2…</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="185" />
            <location filename="../../ui/records/scan_dialog.py" line="222" />
            <source>กำลังยกเลิก…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="191" />
            <source>กำลังบันทึกเอกสาร…</source>
            <translation>Storing the document…</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="199" />
            <source>แนบเอกสารที่สแกนแล้ว %1 หน้า</source>
            <translation>Scanned document attached (%1 pages)</translation>
        </message>
        <message>
            <location filename="../../ui/records/scan_dialog.py" line="216" />
            <source>หยุดสแกน</source>
            <translation>Stop scanning</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/fields/wedge_scanner.py" line="149" />
            <source>รหัสที่สแกนไม่ใช่เลขที่เรื่องหรือใบรับเรื่องของศูนย์ฯ</source>
            <translation>The scanned code is not a case number or receipt of the center</translation>
        </message>
        <message>
            <location filename="../../ui/fields/wedge_scanner.py" line="160" />
            <source>ไม่พบเรื่องเลขที่ %1 ในเครื่องนี้ (อาจรับเรื่องที่จุดบริการอื่น)</source>
            <translation>Case %1 is not on this counter (it may have been registered at another service point)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/admin/roles.py" line="13" />
            <source>เจ้าหน้าที่รับเรื่อง</source>
            <translation>Counter officer</translation>
        </message>
        <message>
            <location filename="../../ui/admin/roles.py" line="14" />
            <source>เจ้าหน้าที่ประสานมวลชน</source>
            <translation>Mass-coordination officer</translation>
        </message>
        <message>
            <location filename="../../ui/admin/roles.py" line="15" />
            <source>หัวหน้างาน</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/admin/roles.py" line="16" />
            <source>ผู้ดูแลระบบ</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/admin/roles.py" line="17" />
            <source>บัญชีบริการส่งข้อมูล (อัตโนมัติ)</source>
            <translation>Sync service account (unattended)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="60" />
            <source>ตั้งค่า</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="72" />
            <source>เชื่อมต่อศูนย์</source>
            <translation>Center connection</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="86" />
            <source>บันทึก</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="88" />
            <source>ปิด</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="115" />
            <source>ภาษาที่ใช้แสดง</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="119" />
            <source> นาที</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="122" />
            <source>ล็อกหน้าจอเมื่อไม่ใช้งานนาน</source>
            <translation>Lock the screen after</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="127" />
            <source>ที่อยู่เว็บติดตามเรื่อง (ใน QR)</source>
            <translation>Tracking web address (in the QR code)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="129" />
            <source>รหัสจุดบริการ</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="131" />
            <source>ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง…</source>
            <translation>Receipt printer settings…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="135" />
            <source>เครื่องพิมพ์</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="137" />
            <source>การตั้งค่าอื่นทำได้โดยผู้ดูแลระบบเท่านั้น</source>
            <translation>Other settings are for the administrator only</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="140" />
            <source>ทั่วไป</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="164" />
            <source>ที่อยู่เว็บต้องขึ้นต้นด้วย https://</source>
            <translation>The web address must start with https://</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="68" />
            <source>ผู้ใช้</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="192" />
            <source>วันหยุดพิเศษนอกเหนือจากวันหยุดราชการประจำปี ใช้คำนวณวันกำหนดแจ้งผล</source>
            <translation>Extra holidays besides the yearly public holidays, used for the answer due dates</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="195" />
            <source>วันที่</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="195" />
            <source>ชื่อวันหยุด</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="210" />
            <source>ชื่อวันหยุด เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี</source>
            <translation>Holiday name, e.g. special holiday by cabinet resolution</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="212" />
            <source>เพิ่ม</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="217" />
            <source>ลบที่เลือก</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="222" />
            <source>วันหยุดพิเศษ</source>
            <translation>Extra holidays</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings_dialog.py" line="271" />
            <source>เกี่ยวกับ</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ui/session/wizard.py" line="253" />
            <source>ตั้งค่าเครื่องรับเรื่องร้องทุกข์ครั้งแรก</source>
            <translation>First-time set-up of the complaint counter</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="257" />
            <source>ถัดไป &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="258" />
            <source>&lt; ย้อนกลับ</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="259" />
            <source>เสร็จสิ้น</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="260" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <location filename="../../ui/session/wizard.py" line="58" />
            <source>ตั้งค่าจุดบริการ</source>
            <translation>Service point set-up</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="59" />
            <source>กรอกรหัสจุดบริการที่ศูนย์ 1111 กำหนดให้ และชื่อจุดบริการ</source>
            <translation>Enter the station code assigned by the 1111 center and the station name</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="64" />
            <source>ตัวเลข 1–999</source>
            <translation>A number 1–999</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="66" />
            <source>รหัสจุดบริการ</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="70" />
            <source>ชื่อจุดบริการ</source>
            <translation>Station name</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="79" />
            <source>รหัสจุดบริการต้องเป็นตัวเลข 1–999</source>
            <translation>The station code must be a number 1–999</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="83" />
            <source>กรุณากรอกชื่อจุดบริการ</source>
            <translation>Please enter the station name</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../ui/status/sync_status.py" line="38" />
            <source>ติดต่อศูนย์ไม่ได้ — ระบบจะลองส่งใหม่อัตโนมัติ</source>
            <translation>Cannot reach the center — sending will be retried automatically</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="39" />
            <source>ศูนย์ไม่ว่างชั่วคราว — ระบบจะลองส่งใหม่อัตโนมัติ</source>
            <translation>The center is busy — sending will be retried automatically</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="40" />
            <source>ศูนย์ไม่รับรหัสของจุดบริการนี้ — แจ้งผู้ดูแลระบบ</source>
            <translation>The center refused this station's token — tell the administrator</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="41" />
            <source>คำตอบจากศูนย์ผิดรูปแบบ — แจ้งผู้ดูแลระบบ</source>
            <translation>The center's answer was malformed — tell the administrator</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="42" />
            <source>ข้อมูลใหญ่เกินที่ศูนย์รับได้ — แจ้งผู้ดูแลระบบ</source>
            <translation>Too large for the center to accept — tell the administrator</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="43" />
            <source>ยังไม่ได้ตั้งค่าการเชื่อมต่อศูนย์</source>
            <translation>The connection to the center is not set up</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location filename="../../ui/status/sync_status.py" line="96" />
            <source>ส่งข้อมูลทันที</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="98" />
            <source>ส่งเรื่องที่รออยู่ไปยังศูนย์และรับสถานะล่าสุดทันที</source>
            <translation>Send waiting records to the center and fetch the latest status now</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="169" />
            <source>ยังไม่ได้เชื่อมต่อศูนย์</source>
            <translation>Not connected to the center</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="171" />
            <source>เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์ 1111 จึงยังส่งข้อมูลไม่ได้ เรื่องที่บันทึกแล้วเก็บไว้ในเครื่องนี้ครบถ้วน และจะส่งเมื่อเชื่อมต่อแล้ว</source>
            <translation>This counter is not connected to the 1111 center, so nothing can be sent yet. Saved cases are kept safely on this computer and are sent once it is connected.</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="173" />
            <source>วิธีเชื่อมต่อ: ผู้ดูแลระบบเปิด ตั้งค่า › เชื่อมต่อศูนย์ กรอกที่อยู่ศูนย์ และเลือกไฟล์รหัสเชื่อมต่อที่ได้รับจากศูนย์ 1111</source>
            <translation>To connect: an administrator opens Settings › Center connection, enters the center's address and picks the token file received from the 1111 center.</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="179" />
            <source>เชื่อมต่อศูนย์ตอนนี้</source>
            <translation>Connect now</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="179" />
            <source>ภายหลัง</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="212" />
            <source>● ออนไลน์</source>
            <translation>● Online</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="215" />
            <source>● ออฟไลน์</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="218" />
            <location filename="../../ui/status/sync_status.py" line="245" />
            <source>○ ยังไม่เชื่อมต่อศูนย์</source>
            <translation>○ Not connected to the center</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="221" />
            <source>○ กำลังตรวจสอบ…</source>
            <translation>○ Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="225" />
            <source>รอส่ง %1 เรื่อง</source>
            <translation>%1 waiting to send</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="227" />
            <source>รอหัวหน้าตรวจสอบ %1</source>
            <translation>%1 awaiting supervisor review</translation>
        </message>
        <message>
            <location filename="../../ui/status/sync_status.py" line="234" />
            <source>ส่งสำเร็จล่าสุด %1</source>
            <translation>Last successful sync %1</translation>
        </message>
    </context>
    <context>
        <name>TemporaryPasswordDialog</name>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="98" />
            <source>รหัสผ่านชั่วคราว</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="100" />
            <source>รหัสผ่านชั่วคราวของผู้ใช้ %1</source>
            <translation>Temporary password of user %1</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="111" />
            <source>แจ้งรหัสนี้ให้ผู้ใช้โดยตรง ระบบจะแสดงรหัสนี้เพียงครั้งเดียว เมื่อผู้ใช้เข้าสู่ระบบด้วยรหัสนี้ ระบบจะให้ตั้งรหัสผ่านใหม่ของตนเองทันที</source>
            <translation>Give this password to the user in person; it is shown only once. When the user signs in with it, the counter asks them to set their own password at once.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="119" />
            <source>คัดลอก</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/admin/user_dialogs.py" line="123" />
            <source>ปิด</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>TimelineActions</name>
        <message>
            <location filename="../../ui/petitions/timeline_actions.py" line="57" />
            <source>บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้</source>
            <translation>Save the petition first, then log events</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="55" />
            <location filename="../../ui/admin/users_tab.py" line="87" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="55" />
            <location filename="../../ui/admin/users_tab.py" line="90" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="55" />
            <location filename="../../ui/admin/users_tab.py" line="95" />
            <source>บทบาท</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="55" />
            <source>สถานะ</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="71" />
            <source>แก้ไขชื่อ/บทบาท…</source>
            <translation>Edit name/role…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="72" />
            <location filename="../../ui/admin/users_tab.py" line="182" />
            <location filename="../../ui/admin/users_tab.py" line="209" />
            <source>ระงับการใช้งาน</source>
            <translation>Suspend</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="73" />
            <source>ตั้งรหัสผ่านชั่วคราว…</source>
            <translation>Temporary password…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="82" />
            <location filename="../../ui/admin/users_tab.py" line="105" />
            <source>เพิ่มผู้ใช้</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="99" />
            <source>รหัสผ่านเริ่มต้น</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="100" />
            <source>ให้ผู้ใช้ตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก</source>
            <translation>User sets a new password at first sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="142" />
            <source>ถูกระงับ</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="144" />
            <source>ถูกล็อกชั่วคราว</source>
            <translation>Locked for a while</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="146" />
            <source>ใช้งาน (รอตั้งรหัสผ่านใหม่)</source>
            <translation>Active (new password pending)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="147" />
            <source>ใช้งาน</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="182" />
            <source>เปิดใช้งานอีกครั้ง</source>
            <translation>Re-enable</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="193" />
            <source>บันทึกการแก้ไขผู้ใช้ %1 แล้ว</source>
            <translation>User %1 saved</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="208" />
            <source>ระงับการใช้งานของ %1 หรือไม่ ผู้ใช้นี้จะเข้าสู่ระบบไม่ได้ และหากเข้าสู่ระบบอยู่จะถูกออกจากระบบ</source>
            <translation>Suspend %1? The user can no longer sign in, and is signed out if signed in now.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="213" />
            <source>เปิดใช้งาน %1 แล้ว</source>
            <translation>%1 re-enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="213" />
            <source>ระงับการใช้งาน %1 แล้ว</source>
            <translation>%1 suspended</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="227" />
            <source>ตั้งรหัสผ่านชั่วคราวใหม่ให้ %1 หรือไม่ รหัสผ่านเดิมจะใช้ไม่ได้อีก</source>
            <translation>Give %1 a new temporary password? The current password stops working.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="228" />
            <source>ตั้งรหัสผ่านชั่วคราว</source>
            <translation>Temporary password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="240" />
            <source>ตั้งรหัสผ่านชั่วคราวให้ %1 แล้ว</source>
            <translation>%1 has a temporary password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="254" />
            <source>เพิ่มผู้ใช้ %1 แล้ว</source>
            <translation>User %1 added</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="256" />
            <source>เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่</source>
            <translation>a new password is asked for at the first sign-in</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users_tab.py" line="273" />
            <source>กรอกข้อมูลบัญชีเจ้าหน้าที่รับเรื่อง แล้วกด เพิ่มผู้ใช้</source>
            <translation>Fill in the counter officer's account, then press Add user</translation>
        </message>
    </context>
    <context>
        <name>VisitSection</name>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="42" />
            <source>จำนวน ที่มา และการมาถึง</source>
            <translation>Headcount, origin and arrival</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="48" />
            <source>จำนวนคนโดยประมาณ</source>
            <translation>Estimated headcount</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="50" />
            <source>จำนวนผู้มา (คน) *</source>
            <translation>People present *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="56" />
            <source>วิธีประมาณจำนวน</source>
            <translation>How it was estimated</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="57" />
            <source>จังหวัดที่มา *</source>
            <translation>Provinces of origin *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="61" />
            <source>เวลามาถึง *</source>
            <translation>Arrived at *</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="65" />
            <source>เดินทางกลับแล้ว</source>
            <translation>Has left</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="76" />
            <source>เวลาเดินทางกลับ</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="79" />
            <source>ประตูที่เข้า</source>
            <translation>Entrance gate</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="81" />
            <source>จุดรับเรื่อง/ห้อง</source>
            <translation>Reception point/room</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="115" />
            <source>พิมพ์ชื่อจังหวัดแล้วกด Enter</source>
            <translation>Type a province and press Enter</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="117" />
            <source>เพิ่มจังหวัด</source>
            <translation>Add province</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="151" />
            <source>ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ</source>
            <translation>Unknown province. Please choose from the list.</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/visit_section.py" line="153" />
            <source>พบหลายจังหวัด กรุณาพิมพ์ให้ครบ</source>
            <translation>Several provinces match. Please type more.</translation>
        </message>
    </context>
    <context>
        <name>form</name>
        <message>
            <location filename="../../ui/petitions/issue_marks.py" line="84" />
            <source>ผู้แทนคนที่ {n} – {field}: {text}</source>
            <translation>Representative {n} – {field}: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/issue_marks.py" line="92" />
            <source>ข้อที่ {n}</source>
            <translation>Demand {n}</translation>
        </message>
        <message>
            <location filename="../../ui/petitions/issue_marks.py" line="95" />
            <source>การประชุมแถวที่ {n}</source>
            <translation>Meeting row {n}</translation>
        </message>
    </context>
</TS>
