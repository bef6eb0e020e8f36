<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="th_TH">
    <context>
        <name>AddressPicker</name>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="73" />
            <source>บ้านเลขที่</source>
            <translation>House no.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="75" />
            <source>หมู่ที่</source>
            <translation>Moo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="79" />
            <source>หมู่บ้าน/อาคาร</source>
            <translation>Village/building</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="80" />
            <source>ตรอก/ซอย</source>
            <translation>Soi</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="81" />
            <source>ถนน</source>
            <translation>Road</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="85" />
            <source>พิมพ์รหัสไปรษณีย์ หรือชื่อตำบล/แขวง อำเภอ/เขต แล้วเลือกจากรายการ</source>
            <translation>Type a postcode or a subdistrict/district name, then pick from the list</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="87" />
            <source>ค้นหาที่อยู่</source>
            <translation>Find address</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="110" />
            <source>ตำบล/แขวง</source>
            <translation>Subdistrict</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="113" />
            <source>อำเภอ/เขต</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="115" />
            <source>จังหวัด</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/address_picker.py" line="117" />
            <source>รหัสไปรษณีย์</source>
            <translation>Postcode</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="97" />
            <source>ผู้ดูแลระบบคนแรก</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="98" />
            <source>บัญชีนี้ใช้ตั้งค่าเครื่องและสร้างบัญชีเจ้าหน้าที่</source>
            <translation>This account sets up the counter and creates officer accounts</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="103" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="107" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="112" />
            <source>รหัสผ่าน</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="117" />
            <source>ยืนยันรหัสผ่าน</source>
            <translation>Confirm password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="133" />
            <source>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</source>
            <translation>The password needs at least 8 characters</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="138" />
            <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
            <translation>The two passwords do not match</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="162" />
            <source>กำลังตั้งค่าฐานข้อมูล…</source>
            <translation>Setting up the database…</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="46" />
            <source>แก้ไขเรื่อง %1 (ฉบับที่ %2)</source>
            <translation>Amend case %1 (version %2)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="54" />
            <source>เช่น ผู้ร้องแจ้งเบอร์โทรศัพท์ผิด</source>
            <translation>e.g. the complainant gave a wrong phone number</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="56" />
            <source>เหตุผลการแก้ไข (จำเป็น)</source>
            <translation>Reason for the amendment (required)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="74" />
            <source>บันทึกการแก้ไข (Ctrl+S)</source>
            <translation>Save amendment (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="79" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="105" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="129" />
            <source>บันทึกไม่สำเร็จ</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="140" />
            <source>ยกเลิกการแก้ไข</source>
            <translation>Discard amendment</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/amend_dialog.py" line="141" />
            <source>การแก้ไขที่กรอกไว้จะไม่ถูกบันทึก ต้องการยกเลิกหรือไม่</source>
            <translation>The corrections typed will not be saved. Discard them?</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="42" />
            <source>ทำรายการไม่สำเร็จ</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="55" />
            <source>เปิดฐานข้อมูลไม่ได้</source>
            <translation>Cannot open the database</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="60" />
            <source>ต้องใช้รหัสกู้คืน</source>
            <translation>Recovery code needed</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="61" />
            <source>ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ กรุณากรอกรหัสกู้คืนที่เก็บไว้ในตู้นิรภัย</source>
            <translation>The database key is not on this computer. Enter the recovery code kept in the safe.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="70" />
            <source>รหัสกู้คืน</source>
            <translation>Recovery code</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="97" />
            <source>เอกสารและภาพถ่าย (Ctrl+O เพิ่มไฟล์)</source>
            <translation>Documents and photos (Ctrl+O to add)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="123" />
            <source>เพิ่มไฟล์…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="126" />
            <source>นำออก</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="136" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="162" />
            <source>เลือกเอกสารหรือภาพถ่าย</source>
            <translation>Choose a document or photo</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="164" />
            <source>เอกสารและภาพ (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;ทุกไฟล์ (*)</source>
            <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="191" />
            <source>ไม่พบโฟลเดอร์สแกนเนอร์: {path}</source>
            <translation>Scanner folder not found: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/attachments_panel.py" line="198" />
            <source>รับไฟล์จากสแกนเนอร์อัตโนมัติ: {path}</source>
            <translation>Taking files from the scanner automatically: {path}</translation>
        </message>
    </context>
    <context>
        <name>BirthDateEdit</name>
        <message>
            <location filename="../../ui/fields/birth_date.py" line="49" />
            <source>วว/ดด/ปปปป (พ.ศ.)</source>
            <translation>dd/mm/yyyy (Buddhist era)</translation>
        </message>
    </context>
    <context>
        <name>CardPanel</name>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="59" />
            <source>อ่านจากบัตรประจำตัวประชาชน แก้ไขได้</source>
            <translation>Read from the national ID card; may be edited</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="107" />
            <source>ดูรูปถ่ายจากบัตร</source>
            <translation>Show the card's photo</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="110" />
            <source>แนบรูปถ่าย (ผู้ร้องยินยอมแล้ว)</source>
            <translation>Attach the photo (the complainant consents)</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="132" />
            <source>เสียบบัตรประชาชนเพื่อกรอกชื่อ เลขประจำตัว วันเกิด และที่อยู่โดยอัตโนมัติ</source>
            <translation>Insert the national ID card to fill in name, ID number, birth date and address</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="141" />
            <source>กำลังอ่านบัตร… กรุณาอย่าดึงบัตรออก</source>
            <translation>Reading the card… please do not pull it out</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="154" />
            <source>บัตรหมดอายุแล้ว (หมดอายุ %1) กรอกข้อมูลให้แล้ว กรุณาตรวจสอบเอกสารอื่นประกอบ</source>
            <translation>The card has expired (on %1). The form was filled; please check another document too</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="160" />
            <source>กรอกข้อมูลจากบัตรประชาชนแล้ว (ช่องสีฟ้า) กรุณาตรวจสอบ แก้ไขได้</source>
            <translation>Filled from the ID card (blue fields). Please check; they may be edited</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="166" />
            <source>บัตรนี้ไม่มีรูปถ่ายที่อ่านได้</source>
            <translation>This card has no readable photo</translation>
        </message>
    </context>
    <context>
        <name>CardReaderStatus</name>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="342" />
            <source>เครื่องอ่านบัตร: กำลังอ่านบัตร…</source>
            <translation>Card reader: reading…</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="344" />
            <source>เครื่องอ่านบัตร: มีบัตรอยู่ในเครื่อง</source>
            <translation>Card reader: card inserted</translation>
        </message>
        <message>
            <location filename="../../ui/fields/card_reader.py" line="346" />
            <source>เครื่องอ่านบัตร: พร้อม</source>
            <translation>Card reader: ready</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="253" />
            <source>เชื่อมโยงการมาครั้งนี้กับเรื่องที่เลือก</source>
            <translation>Link this visit to the selected case</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="270" />
            <source>ยกเลิกการเชื่อมโยง</source>
            <translation>Remove link</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="277" />
            <source>การเปิดเผยตัวตนของผู้ร้อง</source>
            <translation>Complainant's identity</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="297" />
            <source>ข้อมูลผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="306" />
            <source>คำนำหน้าชื่อ</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="309" />
            <source>ชื่อ</source>
            <translation>Given name</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="312" />
            <source>นามสกุล</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="317" />
            <source>บัตรประจำตัวประชาชน</source>
            <translation>Thai national ID card</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="318" />
            <source>หนังสือเดินทาง (ชาวต่างชาติ)</source>
            <translation>Passport (foreigner)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="319" />
            <source>ไม่ได้แสดงเอกสาร</source>
            <translation>No document shown</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="322" />
            <source>เอกสารแสดงตน</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="327" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="330" />
            <source>อ่านเลขทวนให้ผู้ร้องฟังและผู้ร้องยืนยันว่าถูกต้องแล้ว</source>
            <translation>Number read back to the complainant, who confirmed it</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="337" />
            <source>เลขหนังสือเดินทาง</source>
            <translation>Passport number</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="342" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="349" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="352" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="355" />
            <source>LINE ID</source>
            <translation>LINE ID</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="358" />
            <source>ที่อยู่ที่ติดต่อได้</source>
            <translation>Contact address</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="369" />
            <source>เรื่องที่ร้อง</source>
            <translation>The complaint</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="375" />
            <source>ประเภทเรื่อง</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="378" />
            <source>พิมพ์เพื่อค้นหาหมวดเรื่อง</source>
            <translation>Type to find a category</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="379" />
            <source>หมวดเรื่อง</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="382" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="388" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="399" />
            <source>จังหวัด</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="400" />
            <source>อำเภอ/เขต</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="401" />
            <source>สถานที่เกิดเหตุ</source>
            <translation>Where it happened</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="407" />
            <source>หน่วยงานและสิ่งที่ขอ</source>
            <translation>Agencies and request</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="411" />
            <source>พิมพ์ส่วนใดของชื่อหน่วยงานก็ได้</source>
            <translation>Type any part of the agency's name</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="412" />
            <source>หน่วยงานที่ถูกร้องเรียน</source>
            <translation>Agency complained about</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="416" />
            <source>หน่วยงานที่ควรรับผิดชอบ</source>
            <translation>Suggested responsible agency</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="420" />
            <source>สิ่งที่ผู้ร้องขอให้ดำเนินการ</source>
            <translation>What the complainant asks for</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="424" />
            <source> ฉบับ</source>
            <translation> documents</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="425" />
            <source>เอกสารที่รับไว้</source>
            <translation>Documents received</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="429" />
            <source>ประกาศความเป็นส่วนตัว (PDPA)</source>
            <translation>Privacy notice (PDPA)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="433" />
            <source>แจ้งผู้ร้องว่า ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 เก็บข้อมูลส่วนบุคคลเท่าที่จำเป็นเพื่อพิจารณาและติดตามเรื่องร้องทุกข์นี้ อาจส่งข้อมูลให้หน่วยงานที่เกี่ยวข้องเพื่อแก้ไขปัญหา ผู้ร้องมีสิทธิขอเข้าถึง แก้ไข หรือลบข้อมูลได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562</source>
            <translation>Tell the complainant that the Government Complaint Center 1111 keeps only the personal data needed to handle and follow up this complaint, and may pass it to the agencies concerned to solve the problem. The complainant may ask to see, correct or delete the data under the Personal Data Protection Act B.E. 2562 (2019).</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="441" />
            <source>แจ้งประกาศความเป็นส่วนตัวให้ผู้ร้องทราบแล้ว</source>
            <translation>Privacy notice given to the complainant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="444" />
            <source>ผู้ร้องยินยอมให้ส่งข้อมูลให้หน่วยงานที่เกี่ยวข้อง</source>
            <translation>The complainant consents to sharing with the agencies concerned</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="815" />
            <source>วันเกิด</source>
            <translation>Date of birth</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/complaint_form.py" line="968" />
            <source>ผู้ร้องรายนี้เคยมาร้องเรื่องไว้แล้ว %n เรื่อง หากเป็นเรื่องเดิมให้เชื่อมโยงการมาครั้งนี้</source>
            <translation>
                <numerusform>This complainant has %n earlier case. If this visit is about it, link the visit.</numerusform>
                <numerusform>This complainant has %n earlier cases. If this visit is about one of them, link the visit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/complaint_form.py" line="994" />
            <source>การมาครั้งนี้เชื่อมโยงกับเรื่องเดิม เลขติดตาม %1</source>
            <translation>This visit is linked to the earlier case %1</translation>
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
            <location filename="../../ui/dialogs/crash_dialog.py" line="37" />
            <source>โปรแกรมขัดข้อง</source>
            <translation>Program error</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/crash_dialog.py" line="38" />
            <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด เรื่องที่บันทึกไปแล้วยังปลอดภัย ข้อมูลที่กำลังกรอกถูกบันทึกเป็นฉบับร่างอัตโนมัติ
กรุณาแจ้งผู้ดูแลระบบพร้อมไฟล์บันทึกการทำงาน</source>
            <translation>The program hit an unexpected error. Saved cases are safe, and what was being typed is kept as a draft.
Please tell the administrator and give them the log file.</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="100" />
            <source>ล้างข้อมูลที่กู้คืน</source>
            <translation>Clear restored data</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="109" />
            <source>บันทึกและออกใบรับเรื่อง (Ctrl+S)</source>
            <translation>Save and issue receipt (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="114" />
            <source>ล้างฟอร์ม (Ctrl+N)</source>
            <translation>Clear form (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="118" />
            <source>สแกนเอกสารแนบ</source>
            <translation>Scan documents</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="155" />
            <source>แนบเอกสารที่สแกนแล้ว</source>
            <translation>Scanned document attached</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="163" />
            <source>แนบรูปถ่ายจากบัตรแล้ว</source>
            <translation>Card photo attached</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="171" />
            <source> (เอกสารแนบ %1 ไฟล์)</source>
            <translation> (%1 attachments)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="219" />
            <source>กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย</source>
            <translation>What was typed last time has been restored. Check it and carry on.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="260" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="283" />
            <source>บันทึกไม่สำเร็จ</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="291" />
            <source>กำลังส่งไปพิมพ์…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="295" />
            <source>ส่งใบรับเรื่องเข้าคิวพิมพ์แล้ว</source>
            <translation>Receipt queued for printing</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="322" />
            <source>ล้างฟอร์ม</source>
            <translation>Clear form</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/intake_page.py" line="323" />
            <source>ข้อมูลที่กรอกไว้จะหายไป ต้องการล้างฟอร์มหรือไม่</source>
            <translation>What was typed will be lost. Clear the form?</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="44" />
            <source>หน้าจอถูกล็อก</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="47" />
            <source>หน้าจอถูกล็อกเนื่องจากไม่มีการใช้งาน</source>
            <translation>The screen was locked after a time without use</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="52" />
            <source>ผู้ใช้: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="58" />
            <source>รหัสผ่าน</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="67" />
            <source>ปลดล็อก</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/lock_dialog.py" line="72" />
            <source>ออกจากระบบ / เปลี่ยนผู้ใช้</source>
            <translation>Sign out / switch user</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="41" />
            <source>เข้าสู่ระบบ — ศูนย์รับเรื่องราวร้องทุกข์ 1111</source>
            <translation>Sign in — Complaint Center 1111</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="44" />
            <source>ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111</source>
            <translation>Government Complaint Center 1111</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="48" />
            <source>จุดบริการ: %1</source>
            <translation>Station: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="52" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="56" />
            <source>รหัสผ่าน</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="64" />
            <source>เข้าสู่ระบบ</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="66" />
            <source>ออก</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="79" />
            <source>กรุณากรอกชื่อผู้ใช้และรหัสผ่าน</source>
            <translation>Please enter your username and password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/login_dialog.py" line="83" />
            <source>กำลังตรวจสอบ…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="169" />
            <source>ตั้งค่า</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="170" />
            <source>ล็อกหน้าจอ (Ctrl+L)</source>
            <translation>Lock screen (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <source>ออกจากระบบ</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="177" />
            <source>ผู้ใช้: %1 (%2)</source>
            <translation>User: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="181" />
            <source>จุดบริการ %1 %2</source>
            <translation>Station %1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="183" />
            <source>PSC Counter — %1</source>
            <translation>PSC Counter — %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="185" />
            <source>PSC Counter</source>
            <translation>PSC Counter</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>กำลังทำงาน…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>กรุณากรอกข้อมูลนี้</source>
            <translation>Please fill in this field</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="30" />
            <source>ข้อความยาวเกินกำหนด</source>
            <translation>The text is too long</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>เลขประจำตัวประชาชนต้องมี 13 หลัก</source>
            <translation>A national ID has 13 digits</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="32" />
            <source>เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบกับบัตรอีกครั้ง</source>
            <translation>This national ID is not valid (the check digit does not match). Please check it against the card.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>เลขประจำตัวประชาชนไม่ขึ้นต้นด้วย 0 หรือ 9</source>
            <translation>A national ID never starts with 0 or 9</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>กรุณาอ่านเลขประจำตัวประชาชนทวนให้ผู้ร้องฟังแล้วทำเครื่องหมายยืนยัน</source>
            <translation>Read the national ID back to the complainant, then tick the confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="39" />
            <source>เลขหนังสือเดินทางไม่ถูกรูปแบบ</source>
            <translation>The passport number is not in a valid format</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>หมายเลขโทรศัพท์ไม่ถูกต้อง (เช่น 081 234 5678 หรือ 02 123 4567)</source>
            <translation>Not a valid phone number (e.g. 081 234 5678 or 02 123 4567)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>อีเมลไม่ถูกรูปแบบ</source>
            <translation>Not a valid e-mail address</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="44" />
            <source>รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก</source>
            <translation>A postcode has 5 digits</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="45" />
            <source>ไม่พบรหัสไปรษณีย์นี้</source>
            <translation>Unknown postcode</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>รหัสไปรษณีย์ไม่ตรงกับตำบล/แขวงที่เลือก</source>
            <translation>The postcode does not belong to the chosen subdistrict</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="47" />
            <source>กรุณาเลือกจากรายการ</source>
            <translation>Please choose from the list</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>กรุณาแจ้งประกาศความเป็นส่วนตัว (PDPA) ให้ผู้ร้องทราบก่อนบันทึก</source>
            <translation>Give the complainant the privacy notice (PDPA) before saving</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>กรุณากรอกช่องทางติดต่ออย่างน้อยหนึ่งช่องทาง (โทรศัพท์ อีเมล LINE หรือที่อยู่)</source>
            <translation>Please give at least one way to reach the complainant (phone, e-mail, LINE or address)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>ตัวเลขอยู่นอกช่วงที่รับได้</source>
            <translation>The number is out of range</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="55" />
            <source>เวลาไม่เรียงลำดับ</source>
            <translation>The times are out of order</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="56" />
            <location filename="../../ui/messages.py" line="110" />
            <source>ไฟล์มีขนาดใหญ่เกินกำหนด</source>
            <translation>The file is too large</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>ข้อมูลนี้ซ้ำกับรายการอื่น</source>
            <translation>This duplicates another entry</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <source>วันที่ไม่ถูกต้อง กรุณากรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 15/01/2530</source>
            <translation>Not a date: type dd/mm/yyyy in the Buddhist era, e.g. 15/01/2530</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="65" />
            <source>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</source>
            <translation>Wrong username or password</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณารอสักครู่แล้วลองใหม่</source>
            <translation>The account is locked for a while after too many wrong passwords. Please wait and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>บัญชีของท่านไม่มีสิทธิ์ทำรายการนี้</source>
            <translation>Your account may not do this</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="70" />
            <source>มีชื่อผู้ใช้นี้อยู่แล้ว</source>
            <translation>This username is taken</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="71" />
            <source>ชื่อผู้ใช้ต้องไม่ว่าง ไม่มีช่องว่าง และยาวไม่เกิน 64 ตัวอักษร</source>
            <translation>A username must not be empty, has no spaces and at most 64 characters</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="72" />
            <source>กรุณากรอกชื่อ-นามสกุล</source>
            <translation>Please enter the full name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="73" />
            <source>รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร</source>
            <translation>The password needs at least 8 characters</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>รหัสผ่านทั้งสองช่องไม่ตรงกัน</source>
            <translation>The two passwords do not match</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="75" />
            <source>ไม่พบผู้ใช้นี้</source>
            <translation>No such user</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="76" />
            <source>ไม่สามารถระงับบัญชีของตนเองได้</source>
            <translation>You cannot disable your own account</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="78" />
            <source>เครื่องนี้ตั้งค่าเริ่มต้นไว้แล้ว</source>
            <translation>This counter is already set up</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="79" />
            <source>เครื่องนี้ยังไม่ได้ตั้งค่าจุดบริการ</source>
            <translation>This counter has no station set up yet</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="80" />
            <source>รหัสจุดบริการต้องเป็นตัวเลข 1–999</source>
            <translation>The station code must be a number 1–999</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="81" />
            <source>กรุณากรอกชื่อจุดบริการ</source>
            <translation>Please enter the station name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="82" />
            <source>เลขรอบการติดตั้งต้องเป็น 0–9</source>
            <translation>The install epoch must be 0–9</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="83" />
            <source>ฐานข้อมูลกำลังทำงานอื่นอยู่ กรุณาลองใหม่อีกครั้ง</source>
            <translation>The database is busy. Please try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="84" />
            <source>ไม่พบกุญแจฐานข้อมูลในเครื่องนี้ ต้องใช้รหัสกู้คืนที่เก็บไว้ในตู้นิรภัย</source>
            <translation>The database key is not on this computer; the recovery code kept in the safe is needed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="85" />
            <source>กุญแจไม่ตรงกับฐานข้อมูล กรุณาแจ้งผู้ดูแลระบบ (อาจต้องใช้รหัสกู้คืน)</source>
            <translation>The key does not open this database. Please tell the administrator (the recovery code may be needed).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="88" />
            <source>ฐานข้อมูลเสียหาย กรุณาแจ้งผู้ดูแลระบบเพื่อกู้คืนจากไฟล์สำรอง</source>
            <translation>The database is damaged. Please ask the administrator to restore a backup.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="89" />
            <source>ไม่พบไฟล์ฐานข้อมูล</source>
            <translation>The database file is missing</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>ปรับรุ่นฐานข้อมูลไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>The database upgrade failed; the existing data is intact. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="91" />
            <source>รหัสกู้คืนไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่</source>
            <translation>Wrong recovery code. Please check it and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="92" />
            <source>ไม่พบไฟล์กู้คืนในเครื่องนี้ กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>No recovery file on this computer. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="93" />
            <source>ไม่พบไฟล์สำรอง</source>
            <translation>Backup file not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="94" />
            <source>ไฟล์สำรองเสียหาย</source>
            <translation>The backup file is damaged</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="95" />
            <source>อ่านไฟล์สำรองไม่ได้</source>
            <translation>The backup file cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="96" />
            <source>พื้นที่ดิสก์เต็ม กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>The disk is full. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="98" />
            <source>ข้อมูลยังไม่ครบถ้วน กรุณาแก้ไขช่องที่มีข้อความสีแดง</source>
            <translation>Some information is missing. Please correct the fields marked in red.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="99" />
            <source>ไม่พบข้อมูลที่ต้องการ</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="100" />
            <source>ไม่พบเรื่องนี้</source>
            <translation>Case not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="101" />
            <source>เรื่องนี้ถูกยกเลิกแล้ว แก้ไขไม่ได้</source>
            <translation>This case was voided and cannot be amended</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="102" />
            <source>รายการนี้ไม่ใช่เรื่องร้องทุกข์</source>
            <translation>This record is not a complaint</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="103" />
            <source>กรุณาระบุเหตุผลการแก้ไข</source>
            <translation>Please give the reason for the amendment</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>เหตุผลการแก้ไขยาวเกินกำหนด</source>
            <translation>The reason is too long</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>ยังไม่มีการแก้ไขข้อมูล จึงไม่ได้บันทึกฉบับใหม่</source>
            <translation>Nothing was changed, so no new version was saved</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="106" />
            <source>เรื่องนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาเปิดรายการใหม่แล้วแก้ไขอีกครั้ง</source>
            <translation>Someone else amended this case meanwhile. Please open it again and redo the amendment.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="107" />
            <source>ไม่พบเรื่องเดิมที่เชื่อมโยงไว้</source>
            <translation>The linked earlier case was not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="108" />
            <source>เชื่อมโยงเรื่องกับตัวเองไม่ได้</source>
            <translation>A case cannot be linked to itself</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="109" />
            <source>ฉบับร่างมีขนาดใหญ่เกินไป จึงไม่ได้บันทึกอัตโนมัติ</source>
            <translation>The draft is too large to be kept automatically</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="111" />
            <source>ไม่พบไฟล์เอกสารแนบ</source>
            <translation>Attachment not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="112" />
            <source>ไฟล์เอกสารแนบเสียหาย</source>
            <translation>The attachment is damaged</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="114" />
            <source>บัตรถูกดึงออกก่อนอ่านเสร็จ ข้อมูลในแบบฟอร์มยังเหมือนเดิม กรุณาเสียบบัตรใหม่อีกครั้ง</source>
            <translation>The card was pulled out before it was read. The form is unchanged; please insert the card again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="117" />
            <source>บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน อ่านข้อมูลไม่ได้</source>
            <translation>This is not a Thai national ID card; it cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="118" />
            <source>อ่านข้อมูลจากบัตรไม่สำเร็จ กรุณาเสียบบัตรใหม่อีกครั้ง</source>
            <translation>The card could not be read; please insert it again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="119" />
            <source>ไม่พบเครื่องอ่านบัตรประจำตัวประชาชน</source>
            <translation>No ID card reader found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="120" />
            <source>ยกเลิกการสแกนแล้ว ไม่ได้บันทึกเอกสาร</source>
            <translation>Scan cancelled; nothing was stored</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="121" />
            <source>สแกนเอกสารไม่สำเร็จ กรุณาตรวจสอบเครื่องสแกนแล้วลองใหม่</source>
            <translation>The scan failed; check the scanner and try again</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="122" />
            <source>ไม่พบเครื่องสแกนเอกสาร</source>
            <translation>No document scanner found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="123" />
            <source>กรุณากรอกชื่อวันหยุด</source>
            <translation>Please enter the holiday's name</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="124" />
            <source>ปิดการเยือนของกลุ่มนี้แล้ว</source>
            <translation>This group's visit is closed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="125" />
            <source>ยังไม่มีบริการบันทึกการประสานมวลชนในรุ่นนี้</source>
            <translation>Group petitions are not available in this version</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="126" />
            <source>ประเภทข้อมูลตัวอย่างไม่ถูกต้อง</source>
            <translation>Unknown kind of demo data</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="128" />
            <source>ไม่พบงานพิมพ์นี้</source>
            <translation>Print job not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="129" />
            <source>งานพิมพ์นี้พิมพ์แล้วหรือถูกยกเลิกแล้ว</source>
            <translation>This print job was already printed or cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="130" />
            <source>เครื่องพิมพ์ไม่พร้อมใช้งาน ระบบเก็บงานพิมพ์ไว้และจะพิมพ์ให้เมื่อเครื่องพร้อม</source>
            <translation>The printer is not ready. The job is kept and will print when the printer is ready.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="133" />
            <source>ติดต่อเครื่องพิมพ์ไม่ได้ (ปิดเครื่องหรือสายหลุด) ระบบจะลองพิมพ์ใหม่อัตโนมัติ</source>
            <translation>Cannot reach the printer (switched off or unplugged). It will be retried automatically.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="136" />
            <source>กระดาษหมด กรุณาเติมกระดาษ ระบบจะพิมพ์ให้อัตโนมัติ</source>
            <translation>Out of paper. Load a new roll and it will print automatically.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="137" />
            <source>ฝาเครื่องพิมพ์เปิดอยู่ กรุณาปิดฝา</source>
            <translation>The printer cover is open. Please close it.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="138" />
            <source>ส่งข้อมูลไปเครื่องพิมพ์ไม่สำเร็จ ระบบจะลองใหม่</source>
            <translation>Sending to the printer failed; it will be retried</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="139" />
            <source>ตั้งค่าที่อยู่เครื่องพิมพ์ไม่ถูกต้อง กรุณาแจ้งผู้ดูแลระบบ</source>
            <translation>The printer address is not valid. Please tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="140" />
            <source>ไม่รู้จักรุ่นเครื่องพิมพ์ที่ตั้งค่าไว้</source>
            <translation>Unknown printer model in the settings</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="141" />
            <source>ความกว้างกระดาษที่ตั้งไว้กว้างเกินกว่าเครื่องพิมพ์รุ่นนี้</source>
            <translation>The paper width set is wider than this printer model</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="142" />
            <source>เครื่องนี้ไม่รองรับการเชื่อมต่อเครื่องพิมพ์แบบนี้</source>
            <translation>This computer cannot use this kind of printer connection</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="143" />
            <source>พิมพ์ไม่สำเร็จเพราะข้อผิดพลาดภายในโปรแกรม</source>
            <translation>Printing failed because of an internal error</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="144" />
            <source>ส่งงานพิมพ์ไปที่เครื่องพิมพ์ของระบบไม่สำเร็จ</source>
            <translation>Sending the job to the system printer failed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="145" />
            <source>กระดาษหมด กรุณาเติมกระดาษแล้วสั่งพิมพ์ใหม่</source>
            <translation>Out of paper. Load paper and print again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="147" />
            <source>ติดต่อศูนย์กลางไม่ได้ ระบบจะส่งข้อมูลให้อัตโนมัติภายหลัง</source>
            <translation>Cannot reach the center. The data will be sent automatically later.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="148" />
            <source>ที่อยู่ศูนย์กลางไม่ถูกต้อง</source>
            <translation>The center's address is not valid</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="149" />
            <source>เครื่องนี้ยังไม่ได้เชื่อมต่อกับศูนย์กลาง</source>
            <translation>This counter is not connected to the center</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="150" />
            <source>กำลังส่งข้อมูลกับศูนย์อยู่ กรุณารอสักครู่</source>
            <translation>A sync with the center is running. Please wait.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="151" />
            <source>ไม่พบไฟล์รหัสเชื่อมต่อ</source>
            <translation>The token file was not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="152" />
            <source>อ่านไฟล์ข้อมูลอ้างอิงไม่ได้</source>
            <translation>The reference data file cannot be read</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="153" />
            <source>ไฟล์รหัสเชื่อมต่อว่างเปล่า</source>
            <translation>The token file is empty</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="154" />
            <source>ศูนย์กลางไม่รับรหัสเชื่อมต่อของจุดบริการนี้</source>
            <translation>The center refused this station's token</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="155" />
            <source>ไม่พบไฟล์ใบรับรองที่ตั้งค่าไว้</source>
            <translation>The configured certificate file was not found</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="156" />
            <source>ไม่พบรายการในคิวส่งข้อมูล</source>
            <translation>Not found in the sync queue</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="157" />
            <source>ทำรายการนี้กับสถานะปัจจุบันของคิวไม่ได้</source>
            <translation>Not possible in the item's current queue state</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="158" />
            <source>ไม่พบผลการกระทบยอดของวันนี้</source>
            <translation>No reconciliation for this day</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="161" />
            <source>ทำรายการไม่สำเร็จ ({code}) กรุณาลองใหม่อีกครั้ง</source>
            <translation>Could not complete ({code}). Please try again.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="191" />
            <source>รอส่ง</source>
            <translation>Waiting to send</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="192" />
            <source>กำลังส่ง</source>
            <translation>Sending</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="193" />
            <source>ส่งแล้ว</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="194" />
            <source>ศูนย์ไม่รับ</source>
            <translation>Rejected by center</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="195" />
            <source>ข้อมูลขัดแย้ง</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="196" />
            <source>พักการส่ง</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="197" />
            <source>ถอนแล้ว</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="201" />
            <source>เรื่องร้องทุกข์</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="202" />
            <source>ประสานมวลชน</source>
            <translation>Group petitions</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="203" />
            <source>แบบประเมินความพึงพอใจ</source>
            <translation>Satisfaction survey</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="207" />
            <source>ศูนย์รับเรื่องแล้ว</source>
            <translation>Received by the center</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="208" />
            <source>ส่งต่อหน่วยงานแล้ว</source>
            <translation>Forwarded to the agency</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="209" />
            <source>อยู่ระหว่างดำเนินการ</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="210" />
            <source>ดำเนินการแล้วเสร็จ</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="211" />
            <source>ยุติเรื่อง</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="215" />
            <source>ร้องทุกข์/ร้องเรียน</source>
            <translation>Grievance/complaint</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="216" />
            <source>ขอความเป็นธรรม</source>
            <translation>Request for fairness</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="217" />
            <source>ขอความช่วยเหลือ</source>
            <translation>Request for help</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="218" />
            <source>แจ้งเบาะแส</source>
            <translation>Tip-off</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="219" />
            <source>เสนอข้อคิดเห็น</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="220" />
            <source>ขอคำปรึกษากฎหมาย</source>
            <translation>Legal advice</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="224" />
            <source>เปิดเผยตัวตน</source>
            <translation>Identified</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="225" />
            <source>ปกปิดตัวตน (ไม่เปิดเผยต่อหน่วยงาน)</source>
            <translation>Confidential (not disclosed to agencies)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="226" />
            <source>ไม่ประสงค์ออกนาม</source>
            <translation>Anonymous</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../ui/pages.py" line="63" />
            <source>รับเรื่องร้องทุกข์</source>
            <translation>Complaint intake</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="66" />
            <source>ค้นหาและแก้ไขเรื่อง</source>
            <translation>Find and amend</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="70" />
            <source>ประสานมวลชน</source>
            <translation>Group petitions</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="73" />
            <source>คิวส่งข้อมูล</source>
            <translation>Sync queue</translation>
        </message>
        <message>
            <location filename="../../ui/pages.py" line="74" />
            <source>กระทบยอดกับศูนย์</source>
            <translation>Reconcile with the center</translation>
        </message>
    </context>
    <context>
        <name>PayloadDialog</name>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="162" />
            <source>แก้ไขข้อมูลเพื่อส่งฉบับใหม่</source>
            <translation>Correct the data and send a new version</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="165" />
            <source>เหตุผลของการแก้ไข (จำเป็น)</source>
            <translation>Reason for the correction (required)</translation>
        </message>
    </context>
    <context>
        <name>PetitionForm</name>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="357" />
            <source>บันทึก (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="396" />
            <source>กลุ่มผู้ยื่นคำร้อง</source>
            <translation>Petitioning group</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="398" />
            <source>เช่น เครือข่ายเกษตรกรผู้ปลูกมันสำปะหลัง</source>
            <translation>e.g. Cassava Farmers' Network</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="400" />
            <source>ชื่อกลุ่ม *</source>
            <translation>Group name *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="401" />
            <source>องค์กร/สมาคม (ถ้ามี)</source>
            <translation>Organisation/association (if any)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="402" />
            <source>องค์กร</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="406" />
            <source>กลุ่มนี้เคยมายื่นคำร้องภายใน 90 วัน</source>
            <translation>This group petitioned within the last 90 days</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="414" />
            <source>เชื่อมโยงกับคำร้องที่เลือก</source>
            <translation>Link to the selected petition</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="426" />
            <source>ผู้แทนกลุ่ม (Ctrl+Shift+R เพิ่ม, Ctrl+Delete ลบ)</source>
            <translation>Representatives (Ctrl+Shift+R add, Ctrl+Delete remove)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="447" />
            <source>เพิ่มผู้แทน</source>
            <translation>Add representative</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="450" />
            <source>ลบผู้แทนที่เลือก</source>
            <translation>Remove selected representative</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="472" />
            <source>บัตรประจำตัวประชาชน</source>
            <translation>Thai national ID card</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="473" />
            <source>หนังสือเดินทาง (ชาวต่างชาติ)</source>
            <translation>Passport (foreigner)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="475" />
            <source>เอกสารแสดงตน</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="495" />
            <source>ที่อยู่</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="506" />
            <source>รายละเอียดผู้แทนคนที่ {n}</source>
            <translation>Representative {n} details</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="541" />
            <source>จำนวน ที่มา และการมาถึง</source>
            <translation>Headcount, origin and arrival</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="543" />
            <source>จำนวนคนโดยประมาณ</source>
            <translation>Estimated headcount</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="544" />
            <source>จำนวนผู้มา (คน) *</source>
            <translation>People present *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="550" />
            <source>วิธีประมาณจำนวน</source>
            <translation>How it was estimated</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="570" />
            <source>พิมพ์ชื่อจังหวัดแล้วกด Enter</source>
            <translation>Type a province and press Enter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="572" />
            <source>เพิ่มจังหวัด</source>
            <translation>Add province</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="586" />
            <source>จังหวัดที่มา *</source>
            <translation>Provinces of origin *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="590" />
            <source>เวลามาถึง *</source>
            <translation>Arrived at *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="594" />
            <source>เดินทางกลับแล้ว</source>
            <translation>Has left</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="605" />
            <source>เวลาเดินทางกลับ</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="608" />
            <source>ประตูที่เข้า</source>
            <translation>Entrance gate</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="610" />
            <source>จุดรับเรื่อง/ห้อง</source>
            <translation>Reception point/room</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="623" />
            <source>ประเด็นและข้อเรียกร้อง</source>
            <translation>Issues and demands</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="625" />
            <source>สรุปประเด็นปัญหา *</source>
            <translation>Summary of the issue *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="632" />
            <source>ข้อเรียกร้อง * (Ctrl+Shift+D เพิ่ม, Alt+↑/↓ เลื่อนลำดับ, Ctrl+Delete ลบ)</source>
            <translation>Demands * (Ctrl+Shift+D add, Alt+↑/↓ reorder, Ctrl+Delete remove)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="635" />
            <source>ข้อเรียกร้อง</source>
            <translation>Demands</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="666" />
            <source>หน่วยงานที่เกี่ยวข้อง (Contact Point)</source>
            <translation>Agencies concerned (Contact Points)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="670" />
            <source>ค้นหาหน่วยงาน แล้วกด Space เพื่อเลือก</source>
            <translation>Find an agency, then press Space to select it</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="683" />
            <source>เจ้าหน้าที่ผู้รับหนังสือ</source>
            <translation>Official who received the petition</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="685" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="686" />
            <source>ชื่อผู้รับ *</source>
            <translation>Received by *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="687" />
            <source>ตำแหน่ง</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="688" />
            <source>ตำแหน่ง *</source>
            <translation>Position *</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="692" />
            <source>การประชุม/การเข้าพบที่จัดให้</source>
            <translation>Meetings arranged</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="702" />
            <source>เพิ่มการประชุม</source>
            <translation>Add meeting</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="709" />
            <source>การติดตามผล</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="937" />
            <source>ไม่พบชื่อจังหวัดนี้ กรุณาเลือกจากรายการ</source>
            <translation>Unknown province. Please choose from the list.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="939" />
            <source>พบหลายจังหวัด กรุณาพิมพ์ให้ครบ</source>
            <translation>Several provinces match. Please type more.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="959" />
            <source>เชื่อมโยงกับ {code} แล้ว</source>
            <translation>Linked to {code}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="978" />
            <source>ชื่อกลุ่มตรงกัน</source>
            <translation>Same group name</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="978" />
            <source>ผู้แทนคนเดียวกัน</source>
            <translation>Same representative</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="1116" />
            <source>เชื่อมโยงกับคำร้องเดิมแล้ว</source>
            <translation>Linked to the earlier petition</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="1248" />
            <source>ผู้แทนคนที่ {n} – {field}: {text}</source>
            <translation>Representative {n} – {field}: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="1261" />
            <source>ข้อที่ {n}</source>
            <translation>Demand {n}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_form.py" line="1261" />
            <source>การประชุมแถวที่ {n}</source>
            <translation>Meeting row {n}</translation>
        </message>
    </context>
    <context>
        <name>PetitionTimeline</name>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="97" />
            <source>ลำดับเหตุการณ์ระหว่างกลุ่มอยู่ในพื้นที่</source>
            <translation>Timeline while the group is present</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="106" />
            <source>บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้</source>
            <translation>Save the petition first, then log events</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="114" />
            <source>เวลา</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="114" />
            <source>เหตุการณ์</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="114" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="114" />
            <source>ผู้บันทึก</source>
            <translation>Logged by</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="124" />
            <location filename="../../ui/widgets/petition_timeline.py" line="213" />
            <source>รายละเอียด (พบใคร ย้ายไปที่ใด) — พิมพ์ก่อนกดปุ่มเหตุการณ์</source>
            <translation>Details (met whom, moved where) — type before pressing an event button</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="145" />
            <source>เวลาเดินทางกลับ</source>
            <translation>Left at</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="149" />
            <source>ปิดการเยือน ({key})</source>
            <translation>Close the visit ({key})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="178" />
            <source>กรุณาพิมพ์รายละเอียดก่อน: </source>
            <translation>Please type the details first: </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="250" />
            <source>ปิดการเยือนแล้ว กลุ่มเดินทางกลับเมื่อ {when}</source>
            <translation>Visit closed; the group left at {when}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petition_timeline.py" line="253" />
            <source>กลุ่มยังอยู่ในพื้นที่</source>
            <translation>The group is still present</translation>
        </message>
    </context>
    <context>
        <name>PetitionsPage</name>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="140" />
            <source>คำร้องใหม่ (Ctrl+N)</source>
            <translation>New petition (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="145" />
            <source>สรุปสถานการณ์ประจำวัน (PDF)</source>
            <translation>Daily situation report (PDF)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="161" />
            <source>เหตุผลการแก้ไข (จำเป็นเมื่อแก้ไขคำร้องที่บันทึกแล้ว)</source>
            <translation>Reason for the amendment (required once saved)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="184" />
            <source>พิมพ์ใบรับเรื่องให้ผู้แทน (Ctrl+P)</source>
            <translation>Print receipt for the representative (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="188" />
            <source>บันทึกการรับคำร้อง A4 (Ctrl+Shift+A)</source>
            <translation>A4 petition record (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="260" />
            <source>กลุ่มที่มาวันนี้ ({day})</source>
            <translation>Groups today ({day})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="269" />
            <source>อยู่ในพื้นที่</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="269" />
            <source>กลับแล้ว</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="309" />
            <source>คำร้องของกลุ่ม {group} (ฉบับที่ {version})</source>
            <translation>Petition of {group} (version {version})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="313" />
            <source>เลขรับเรื่อง {code}</source>
            <translation>Receipt no. {code}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="322" />
            <source>บันทึกคำร้องของกลุ่มใหม่</source>
            <translation>Log a new group petition</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="386" />
            <source>กู้คืนข้อมูลที่กรอกค้างไว้จากครั้งก่อนแล้ว ตรวจสอบแล้วบันทึกต่อได้เลย</source>
            <translation>What was typed last time has been restored. Check it and carry on.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="438" />
            <source>กำลังบันทึก…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="447" />
            <source>บันทึกคำร้องแล้ว เลขรับเรื่อง {code} — กด Ctrl+P เพื่อพิมพ์ใบรับเรื่องให้ผู้แทน</source>
            <translation>Petition saved, receipt no. {code} — press Ctrl+P to print the representative's receipt</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="452" />
            <source>บันทึกการแก้ไขแล้ว (ฉบับที่ {version})</source>
            <translation>Amendment saved (version {version})</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="508" />
            <source>อ่านไฟล์ไม่ได้ กรุณาตรวจสอบไฟล์แล้วลองใหม่</source>
            <translation>The file cannot be read. Please check it and try again.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="516" />
            <source>บันทึกคำร้องก่อน แล้วจึงบันทึกเหตุการณ์ได้</source>
            <translation>Save the petition first, then log events</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="584" />
            <source>กำลังส่งใบรับเรื่องไปที่เครื่องพิมพ์…</source>
            <translation>Sending the receipt to the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="592" />
            <source>ส่งใบรับเรื่องไปที่เครื่องพิมพ์แล้ว</source>
            <translation>Receipt sent to the printer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="602" />
            <source>กำลังสร้างเอกสาร…</source>
            <translation>Creating the document…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="615" />
            <source>สร้างเอกสารแล้ว: {path}</source>
            <translation>Document created: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/petitions_page.py" line="626" />
            <source>บันทึกไฟล์ไม่ได้ กรุณาตรวจสอบพื้นที่ดิสก์</source>
            <translation>Cannot save the file. Please check the disk space.</translation>
        </message>
    </context>
    <context>
        <name>PrintStatus</name>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="20" />
            <source>กำลังพิมพ์ใบรับเรื่อง…</source>
            <translation>Printing the receipt…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="21" />
            <source>พิมพ์ใบรับเรื่องแล้ว</source>
            <translation>Receipt printed</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="22" />
            <source>ยังไม่ได้ตั้งค่าเครื่องพิมพ์ ใบรับเรื่องแสดงบนจอเท่านั้น</source>
            <translation>No printer set up: the receipt is shown on screen only</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="23" />
            <source>ยกเลิกงานพิมพ์แล้ว</source>
            <translation>Print job cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="24" />
            <source>ใบรับเรื่องรอเครื่องพิมพ์</source>
            <translation>Receipt waiting for the printer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="26" />
            <source>พิมพ์แล้ว — กระดาษใกล้หมด เตรียมม้วนใหม่</source>
            <translation>Printed — paper is running low, get a new roll ready</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusWidget</name>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="51" />
            <source>พิมพ์อีกครั้ง</source>
            <translation>Print again</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="53" />
            <source>แก้ไขเครื่องพิมพ์แล้ว (เติมกระดาษ เปิดเครื่อง) กดเพื่อพิมพ์ทันที</source>
            <translation>Printer fixed (paper loaded, switched on)? Press to print now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/print_status.py" line="94" />
            <source>รอพิมพ์ %1 ใบ</source>
            <translation>%1 waiting to print</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="49" />
            <source>พร้อมพิมพ์</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="50" />
            <source>พร้อมพิมพ์ แต่กระดาษใกล้หมด</source>
            <translation>Ready, but paper is running low</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="51" />
            <source>กระดาษหมด</source>
            <translation>Out of paper</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="52" />
            <source>ฝาเครื่องพิมพ์เปิดอยู่</source>
            <translation>Cover open</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="53" />
            <source>เครื่องพิมพ์ไม่พร้อม (ออฟไลน์)</source>
            <translation>Printer not ready (offline)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="54" />
            <source>ติดต่อเครื่องพิมพ์ไม่ได้ ตรวจสอบการเปิดเครื่องและสายเชื่อมต่อ</source>
            <translation>Cannot reach the printer. Check that it is on and connected.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="57" />
            <source>เชื่อมต่อได้ แต่เครื่องพิมพ์ไม่ตอบสถานะ (ยังพิมพ์ได้)</source>
            <translation>Connected, but the printer does not report status (printing still works)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="60" />
            <source>การเชื่อมต่อแบบนี้ถามสถานะเครื่องพิมพ์ไม่ได้</source>
            <translation>This kind of connection cannot ask the printer's status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="82" />
            <source>ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง</source>
            <translation>Receipt printer settings</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="95" />
            <source>เลือกรูปแบบแล้วแก้ที่อยู่ เช่น tcp://ที่อยู่ไอพี:9100 หรือ usb://รหัสผู้ผลิต:รหัสสินค้า</source>
            <translation>Pick a form and edit the address, e.g. tcp://IP-ADDRESS:9100 or usb://VENDOR:PRODUCT</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="98" />
            <source>58 มม. (384 จุด)</source>
            <translation>58 mm (384 dots)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="99" />
            <source>80 มม. (576 จุด)</source>
            <translation>80 mm (576 dots)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="113" />
            <source>อัตโนมัติตามความกว้าง</source>
            <translation>Automatic, from the width</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="123" />
            <source>ตรวจสถานะเครื่องพิมพ์</source>
            <translation>Check printer status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="125" />
            <source>พิมพ์หน้าทดสอบ</source>
            <translation>Print test page</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="133" />
            <source>ที่อยู่เครื่องพิมพ์</source>
            <translation>Printer address</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="134" />
            <source>ความกว้างกระดาษ</source>
            <translation>Paper width</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="135" />
            <source>รุ่นเครื่องพิมพ์</source>
            <translation>Printer model</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="140" />
            <source>บันทึก</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="141" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="207" />
            <source>กำลังถามสถานะเครื่องพิมพ์…</source>
            <translation>Asking the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="214" />
            <source>สถานะ: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="219" />
            <source>กำลังพิมพ์หน้าทดสอบ…</source>
            <translation>Printing the test page…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="230" />
            <source>โหมดแสดงตัวอย่าง: ดูหน้าทดสอบทางขวา</source>
            <translation>Preview mode: see the test page on the right</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/printer_settings.py" line="233" />
            <source>ส่งหน้าทดสอบแล้ว ตรวจว่าอักษรไทยครบและขีดวัดความกว้างเต็มแผ่น (%1)</source>
            <translation>Test page sent. Check that the Thai text is complete and the ruler spans the paper (%1)</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="222" />
            <source>ต้องตรวจสอบ (ขัดแย้ง/ไม่รับ/พัก)</source>
            <translation>Needs review (conflict/rejected/held)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="223" />
            <source>ทั้งหมด</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="228" />
            <source>ค้นด้วยเลขติดตามเรื่อง</source>
            <translation>Find by tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="229" />
            <source>ปรับปรุง</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="246" />
            <source>ส่งใหม่ทันที</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="66" />
            <location filename="../../ui/widgets/queue_view.py" line="247" />
            <location filename="../../ui/widgets/queue_view.py" line="407" />
            <source>พักการส่ง</source>
            <translation>On hold</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="51" />
            <source>ติดต่อศูนย์ไม่ได้</source>
            <translation>Cannot reach the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="52" />
            <source>ศูนย์ขอให้รอสักครู่ (429)</source>
            <translation>The center asked to wait (429)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="53" />
            <source>ศูนย์ปิดปรับปรุงชั่วคราว (503)</source>
            <translation>The center is down for maintenance (503)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="54" />
            <source>ศูนย์ขัดข้อง (500)</source>
            <translation>The center failed (500)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="55" />
            <source>ศูนย์มีข้อมูลฉบับเดียวกันแต่เนื้อหาต่างกัน</source>
            <translation>The center holds this version with different content</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="56" />
            <source>ศูนย์ไม่รับเพราะข้อมูลไม่ครบหรือไม่ถูกต้อง</source>
            <translation>Rejected by the center: data incomplete or invalid</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="57" />
            <source>ไม่พบไฟล์แนบในเครื่องนี้</source>
            <translation>The attachment is not on this counter</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="58" />
            <source>ศูนย์ไม่รับรหัสของจุดบริการ</source>
            <translation>The center refused the station's token</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="59" />
            <source>ถอนการส่งแล้ว</source>
            <translation>Withdrawn from sending</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="60" />
            <source>ส่งใหม่ตามผลการกระทบยอด</source>
            <translation>Sent again after reconciliation</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="63" />
            <source>ศูนย์แจ้งข้อมูลขัดแย้ง</source>
            <translation>Conflict reported by the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="64" />
            <source>ศูนย์ไม่รับ</source>
            <translation>Rejected by center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="65" />
            <source>สั่งส่งใหม่ทันที</source>
            <translation>Retry ordered</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="67" />
            <location filename="../../ui/widgets/queue_view.py" line="248" />
            <source>ปล่อยให้ส่งต่อ</source>
            <translation>Release</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="68" />
            <location filename="../../ui/widgets/queue_view.py" line="249" />
            <source>ส่งฉบับแก้ไขใหม่</source>
            <translation>Send a corrected version</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="69" />
            <location filename="../../ui/widgets/queue_view.py" line="250" />
            <location filename="../../ui/widgets/queue_view.py" line="420" />
            <source>ถอนการส่ง</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="90" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="91" />
            <source>ฉบับ</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="92" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="93" />
            <source>สถานะการส่ง</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="94" />
            <source>ส่งไม่สำเร็จ (ครั้ง)</source>
            <translation>Failed attempts</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="95" />
            <source>ข้อผิดพลาดล่าสุด</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="96" />
            <source>ปรับปรุงเมื่อ</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="262" />
            <source>แสดง:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="287" />
            <source>คิวส่งข้อมูลไปยังศูนย์</source>
            <translation>Sync queue to the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="397" />
            <source>ทำรายการไม่สำเร็จ</source>
            <translation>Could not complete</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/queue_view.py" line="433" />
            <source>ส่งฉบับใหม่แทนฉบับที่ขัดแย้ง</source>
            <translation>Send a new version in place of the conflicting one</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPreview</name>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="56" />
            <source>บันทึกเรื่องเรียบร้อยแล้ว</source>
            <translation>Complaint saved</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="59" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="73" />
            <source>ย่อให้พอดีหน้าจอ</source>
            <translation>Fit to screen</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="80" />
            <source>พิมพ์ใบรับเรื่อง (Ctrl+P)</source>
            <translation>Print receipt (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="84" />
            <source>รับเรื่องใหม่ (Ctrl+N)</source>
            <translation>Next complaint (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="125" />
            <source>บันทึกเมื่อ %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="127" />
            <source>ฉบับแก้ไขครั้งที่ %1</source>
            <translation>Amendment %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="129" />
            <source>กำหนดแจ้งผลเบื้องต้นภายใน %1</source>
            <translation>First answer due by %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="133" />
            <source>กำลังจัดทำใบรับเรื่อง…</source>
            <translation>Preparing the receipt…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/receipt_preview.py" line="141" />
            <source>(ตัวอย่างใบรับเรื่องยังไม่พร้อมใช้งาน)</source>
            <translation>(Receipt preview not available)</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationView</name>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="81" />
            <source>กระทบยอดกับศูนย์</source>
            <translation>Reconcile with the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="96" />
            <location filename="../../ui/widgets/reconciliation_view.py" line="101" />
            <location filename="../../ui/widgets/reconciliation_view.py" line="106" />
            <source>เลขติดตามเรื่อง</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="96" />
            <location filename="../../ui/widgets/reconciliation_view.py" line="101" />
            <location filename="../../ui/widgets/reconciliation_view.py" line="106" />
            <source>ฉบับ</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="96" />
            <source>สถานะการส่ง</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="96" />
            <location filename="../../ui/widgets/reconciliation_view.py" line="101" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="101" />
            <source>รหัสเรื่อง</source>
            <translation>Record ID</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="106" />
            <source>SHA-256 จุดบริการ</source>
            <translation>SHA-256 (station)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="106" />
            <source>SHA-256 ศูนย์</source>
            <translation>SHA-256 (center)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="108" />
            <source>ส่งเรื่องที่ศูนย์ยังไม่มีอีกครั้ง</source>
            <translation>Send again what the center does not have</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="110" />
            <location filename="../../ui/widgets/reconciliation_view.py" line="297" />
            <source>บันทึกรายงาน PDF</source>
            <translation>Save PDF report</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="112" />
            <source>ลงนามรับรองผลประจำวัน</source>
            <translation>Sign off the day</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="118" />
            <source>วันที่:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="124" />
            <source>บันทึกที่จุดบริการ</source>
            <translation>Recorded at the station</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="126" />
            <source>ศูนย์ยืนยันการรับแล้ว</source>
            <translation>Acknowledged by the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="128" />
            <source>ศูนย์แจ้งว่ามีอยู่ในระบบ</source>
            <translation>Held by the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="137" />
            <source>กระทบยอดข้อมูลกับศูนย์</source>
            <translation>Reconciliation with the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="143" />
            <source>มีที่จุดบริการ แต่ศูนย์ไม่มี</source>
            <translation>At the station, missing at the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="145" />
            <source>ศูนย์มี แต่จุดบริการไม่มี</source>
            <translation>At the center, missing at the station</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="147" />
            <source>รหัสและฉบับตรงกันแต่เนื้อหาต่างกัน</source>
            <translation>Same ID and version, different content</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="177" />
            <source>กำลังตรวจสอบกับศูนย์…</source>
            <translation>Checking with the center…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="193" />
            <source>ข้อมูลตรงกันทั้งหมด ไม่พบความแตกต่าง</source>
            <translation>Everything matches; no differences</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="197" />
            <source>พบความแตกต่าง %1 รายการ</source>
            <translation>%1 differences found</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="264" />
            <source>ส่งเรื่องเข้าคิวแล้ว — กดกระทบยอดอีกครั้งหลังส่งเสร็จ</source>
            <translation>Queued for sending — reconcile again once sent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="280" />
            <source>บันทึกรายงานแล้ว: %1</source>
            <translation>Report saved: %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/reconciliation_view.py" line="294" />
            <source>ลงนามรับรองแล้ว</source>
            <translation>Signed off</translation>
        </message>
    </context>
    <context>
        <name>RecordDetailView</name>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="63" />
            <source>ประวัติการบันทึกและแก้ไข</source>
            <translation>History of versions</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="68" />
            <source>ฉบับที่</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="69" />
            <source>วันเวลา</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="70" />
            <source>เจ้าหน้าที่</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="71" />
            <source>เหตุผลการแก้ไข</source>
            <translation>Reason for amendment</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="72" />
            <source>สถานะส่งข้อมูล</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="92" />
            <source>เลือกรายการเพื่อดูรายละเอียด</source>
            <translation>Select a record to see its details</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="98" />
            <source>  (ฉบับที่ %1)</source>
            <translation>  (version %1)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="107" />
            <source>บันทึกครั้งแรก</source>
            <translation>First registration</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="141" />
            <source>เลขติดตาม</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="142" />
            <source>รับเรื่องเมื่อ</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="143" />
            <source>กำหนดแจ้งผลเบื้องต้น</source>
            <translation>First answer due</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="144" />
            <source>เจ้าหน้าที่ผู้รับเรื่อง</source>
            <translation>Receiving officer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="145" />
            <source>สถานะส่งข้อมูลไปศูนย์</source>
            <translation>Sync state with the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="146" />
            <source>เลขเรื่องที่ศูนย์</source>
            <translation>Center case number</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="147" />
            <source>สถานะที่ศูนย์</source>
            <translation>Status at the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="148" />
            <source>ส่งต่อหน่วยงาน</source>
            <translation>Forwarded to</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="149" />
            <source>บันทึกจากศูนย์</source>
            <translation>Note from the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="163" />
            <source>การเปิดเผยตัวตน</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="166" />
            <source>ชื่อผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="168" />
            <source>หนังสือเดินทาง</source>
            <translation>Passport</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="169" />
            <source>สัญชาติ</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="171" />
            <source>เลขประจำตัวประชาชน</source>
            <translation>National ID number</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="172" />
            <source>โทรศัพท์</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="173" />
            <source>อีเมล</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="174" />
            <source>LINE ID</source>
            <translation>LINE ID</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="175" />
            <source>ที่อยู่</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="178" />
            <source>ประเภทเรื่อง</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="182" />
            <source>หมวดเรื่อง</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="183" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="184" />
            <source>รายละเอียด</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="186" />
            <source>สถานที่เกิดเหตุ</source>
            <translation>Where it happened</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="190" />
            <source>หน่วยงานที่ถูกร้องเรียน</source>
            <translation>Agency complained about</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="193" />
            <source>หน่วยงานที่ควรรับผิดชอบ</source>
            <translation>Suggested responsible agency</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="195" />
            <source>สิ่งที่ผู้ร้องขอ</source>
            <translation>Requested action</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="196" />
            <source>เอกสารที่รับไว้</source>
            <translation>Documents received</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="198" />
            <source>ความยินยอม</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="199" />
            <source>ยินยอมให้ส่งข้อมูลให้หน่วยงาน</source>
            <translation>Consents to sharing with agencies</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="199" />
            <source>ไม่ยินยอม</source>
            <translation>Does not consent</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="203" />
            <source>เชื่อมโยงกับเรื่องเดิม</source>
            <translation>Linked to earlier case</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="209" />
            <source>หมู่ %1</source>
            <translation>Moo %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="211" />
            <source>ซอย%1</source>
            <translation>Soi %1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/record_detail.py" line="212" />
            <source>ถนน%1</source>
            <translation>%1 Road</translation>
        </message>
    </context>
    <context>
        <name>RecordsModel</name>
        <message>
            <location filename="../../ui/models/records_model.py" line="278" />
            <source>(ไม่ประสงค์ออกนาม)</source>
            <translation>(anonymous)</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="288" />
            <source>รับเรื่องแล้ว</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="300" />
            <source>เลขติดตาม</source>
            <translation>Tracking code</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="301" />
            <source>วันที่รับเรื่อง</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="302" />
            <source>ชื่อผู้ร้อง</source>
            <translation>Complainant</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="303" />
            <source>เรื่อง</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="304" />
            <source>ประเภท</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="305" />
            <source>สถานะส่งข้อมูล</source>
            <translation>Sync state</translation>
        </message>
        <message>
            <location filename="../../ui/models/records_model.py" line="306" />
            <source>สถานะที่ศูนย์</source>
            <translation>Status at the center</translation>
        </message>
    </context>
    <context>
        <name>RecordsView</name>
        <message>
            <location filename="../../ui/widgets/records_view.py" line="55" />
            <source>ค้นหา: ชื่อ เรื่อง เลขติดตาม เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์ (Ctrl+F)</source>
            <translation>Search: name, subject, tracking code, national ID or phone (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/records_view.py" line="87" />
            <source>แก้ไขเรื่องนี้…</source>
            <translation>Amend this case…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/records_view.py" line="91" />
            <source>พิมพ์ใบรับเรื่องซ้ำ</source>
            <translation>Reprint receipt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/records_view.py" line="130" />
            <source>%n รายการ</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/widgets/records_view.py" line="211" />
            <source>กำลังส่งไปพิมพ์…</source>
            <translation>Sending to the printer…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/records_view.py" line="214" />
            <source>ส่งใบรับเรื่อง (สำเนา) ไปที่เครื่องพิมพ์แล้ว</source>
            <translation>Receipt copy sent to the printer</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/records_view.py" line="223" />
            <source>พิมพ์ไม่สำเร็จ</source>
            <translation>Printing failed</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="192" />
            <source>รหัสกู้คืนฐานข้อมูล</source>
            <translation>Database recovery code</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="193" />
            <source>รหัสนี้แสดงเพียงครั้งเดียว</source>
            <translation>This code is shown only once</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="197" />
            <source>หากกุญแจฐานข้อมูลในเครื่องนี้สูญหาย (เช่น เปลี่ยนเครื่องหรือระบบปฏิบัติการเสียหาย) ต้องใช้รหัสนี้เปิดฐานข้อมูลและไฟล์สำรอง ไม่เช่นนั้นข้อมูลทั้งหมดจะเปิดไม่ได้อีก
กรุณาพิมพ์หรือจดรหัสนี้ ให้หัวหน้างานเก็บไว้ในตู้นิรภัย และอย่าบันทึกไว้ในเครื่องนี้</source>
            <translation>If the database key on this computer is lost (a new computer, a broken operating system), this code is the only way to open the database and its backups; without it nothing can be opened again.
Print or write down this code, have the supervisor keep it in the safe, and do not store it on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="215" />
            <source>คัดลอกรหัส</source>
            <translation>Copy code</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="218" />
            <source>ข้าพเจ้าพิมพ์หรือจดรหัสกู้คืนไว้แล้ว และจะเก็บไว้ในตู้นิรภัย</source>
            <translation>I have printed or written down the recovery code and will keep it in the safe</translation>
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
            <location filename="../../ui/records/scan_dialog.py" line="218" />
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
            <location filename="../../ui/records/scan_dialog.py" line="224" />
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
            <location filename="../../ui/records/scan_dialog.py" line="218" />
            <source>หยุดสแกน</source>
            <translation>Stop scanning</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <location filename="../../ui/fields/wedge_scanner.py" line="148" />
            <source>รหัสที่สแกนไม่ใช่เลขที่เรื่องหรือใบรับเรื่องของศูนย์ฯ</source>
            <translation>The scanned code is not a case number or receipt of the center</translation>
        </message>
        <message>
            <location filename="../../ui/fields/wedge_scanner.py" line="159" />
            <source>ไม่พบเรื่องเลขที่ %1 ในเครื่องนี้ (อาจรับเรื่องที่จุดบริการอื่น)</source>
            <translation>Case %1 is not on this counter (it may have been registered at another service point)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="47" />
            <source>เจ้าหน้าที่รับเรื่อง</source>
            <translation>Counter officer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="48" />
            <source>เจ้าหน้าที่ประสานมวลชน</source>
            <translation>Mass-coordination officer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="49" />
            <source>หัวหน้างาน</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="50" />
            <source>ผู้ดูแลระบบ</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="68" />
            <source>ตั้งค่า</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="83" />
            <source>บันทึก</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="85" />
            <source>ปิด</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="101" />
            <source>ภาษาที่ใช้แสดง</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="105" />
            <source> นาที</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="108" />
            <source>ล็อกหน้าจอเมื่อไม่ใช้งานนาน</source>
            <translation>Lock the screen after</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="113" />
            <source>ที่อยู่เว็บติดตามเรื่อง (ใน QR)</source>
            <translation>Tracking web address (in the QR code)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="115" />
            <source>รหัสจุดบริการ</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="117" />
            <source>ตั้งค่าเครื่องพิมพ์ใบรับเรื่อง…</source>
            <translation>Receipt printer settings…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="121" />
            <source>เครื่องพิมพ์</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="123" />
            <source>การตั้งค่าอื่นทำได้โดยผู้ดูแลระบบเท่านั้น</source>
            <translation>Other settings are for the administrator only</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="126" />
            <source>ทั่วไป</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="150" />
            <source>ที่อยู่เว็บต้องขึ้นต้นด้วย https://</source>
            <translation>The web address must start with https://</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="184" />
            <location filename="../../ui/dialogs/settings_dialog.py" line="193" />
            <source>ชื่อผู้ใช้</source>
            <translation>Username</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="184" />
            <location filename="../../ui/dialogs/settings_dialog.py" line="196" />
            <source>ชื่อ-นามสกุล</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="184" />
            <location filename="../../ui/dialogs/settings_dialog.py" line="201" />
            <source>บทบาท</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="184" />
            <source>สถานะ</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="205" />
            <source>รหัสผ่านเริ่มต้น</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="207" />
            <source>เพิ่มผู้ใช้</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="217" />
            <source>ผู้ใช้</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="227" />
            <source>ใช้งาน</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="227" />
            <source>ระงับ</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="229" />
            <source>ถูกล็อกชั่วคราว</source>
            <translation>Locked for a while</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="250" />
            <source>เพิ่มผู้ใช้ %1 แล้ว</source>
            <translation>User %1 added</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="269" />
            <source>วันหยุดพิเศษนอกเหนือจากวันหยุดราชการประจำปี ใช้คำนวณวันกำหนดแจ้งผล</source>
            <translation>Extra holidays besides the yearly public holidays, used for the answer due dates</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="272" />
            <source>วันที่</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="272" />
            <source>ชื่อวันหยุด</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="287" />
            <source>ชื่อวันหยุด เช่น วันหยุดพิเศษตามมติคณะรัฐมนตรี</source>
            <translation>Holiday name, e.g. special holiday by cabinet resolution</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="289" />
            <source>เพิ่ม</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="294" />
            <source>ลบที่เลือก</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="299" />
            <source>วันหยุดพิเศษ</source>
            <translation>Extra holidays</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="346" />
            <source>เกี่ยวกับ</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="356" />
            <source>โปรแกรมรับเรื่องราวร้องทุกข์ ณ จุดบริการ (PSC Counter)</source>
            <translation>Walk-in complaint counter (PSC Counter)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="357" />
            <source>รุ่น</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="358" />
            <source>ศูนย์รับเรื่องราวร้องทุกข์ของรัฐบาล 1111 สำนักงานปลัดสำนักนายกรัฐมนตรี</source>
            <translation>Government Complaint Center 1111, Office of the Permanent Secretary, Office of the Prime Minister</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="359" />
            <source>ข้อมูลและแบบอักษรที่ใช้</source>
            <translation>Data and fonts</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/settings_dialog.py" line="360" />
            <source>สัญญาอนุญาตอยู่ในไฟล์ resources/fonts/OFL.txt</source>
            <translation>licence in resources/fonts/OFL.txt</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="244" />
            <source>ตั้งค่าเครื่องรับเรื่องร้องทุกข์ครั้งแรก</source>
            <translation>First-time set-up of the complaint counter</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="248" />
            <source>ถัดไป &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="249" />
            <source>&lt; ย้อนกลับ</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="250" />
            <source>เสร็จสิ้น</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="251" />
            <source>ยกเลิก</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="57" />
            <source>ตั้งค่าจุดบริการ</source>
            <translation>Service point set-up</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="58" />
            <source>กรอกรหัสจุดบริการที่ศูนย์ 1111 กำหนดให้ และชื่อจุดบริการ</source>
            <translation>Enter the station code assigned by the 1111 center and the station name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="63" />
            <source>ตัวเลข 1–999</source>
            <translation>A number 1–999</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="65" />
            <source>รหัสจุดบริการ</source>
            <translation>Station code</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="69" />
            <source>ชื่อจุดบริการ</source>
            <translation>Station name</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="78" />
            <source>รหัสจุดบริการต้องเป็นตัวเลข 1–999</source>
            <translation>The station code must be a number 1–999</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/wizard.py" line="82" />
            <source>กรุณากรอกชื่อจุดบริการ</source>
            <translation>Please enter the station name</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="27" />
            <source>ติดต่อศูนย์ไม่ได้ — ระบบจะลองส่งใหม่อัตโนมัติ</source>
            <translation>Cannot reach the center — sending will be retried automatically</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="28" />
            <source>ศูนย์ไม่ว่างชั่วคราว — ระบบจะลองส่งใหม่อัตโนมัติ</source>
            <translation>The center is busy — sending will be retried automatically</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="29" />
            <source>ศูนย์ไม่รับรหัสของจุดบริการนี้ — แจ้งผู้ดูแลระบบ</source>
            <translation>The center refused this station's token — tell the administrator</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="30" />
            <source>คำตอบจากศูนย์ผิดรูปแบบ — แจ้งผู้ดูแลระบบ</source>
            <translation>The center's answer was malformed — tell the administrator</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="31" />
            <source>ข้อมูลใหญ่เกินที่ศูนย์รับได้ — แจ้งผู้ดูแลระบบ</source>
            <translation>Too large for the center to accept — tell the administrator</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="32" />
            <source>ยังไม่ได้ตั้งค่าการเชื่อมต่อศูนย์</source>
            <translation>The connection to the center is not set up</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="80" />
            <source>ส่งข้อมูลทันที</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="82" />
            <source>ส่งเรื่องที่รออยู่ไปยังศูนย์และรับสถานะล่าสุดทันที</source>
            <translation>Send waiting records to the center and fetch the latest status now</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="164" />
            <source>● ออนไลน์</source>
            <translation>● Online</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="167" />
            <source>● ออฟไลน์</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="170" />
            <location filename="../../ui/widgets/sync_status.py" line="197" />
            <source>○ ยังไม่เชื่อมต่อศูนย์</source>
            <translation>○ Not connected to the center</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="173" />
            <source>○ กำลังตรวจสอบ…</source>
            <translation>○ Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="177" />
            <source>รอส่ง %1 เรื่อง</source>
            <translation>%1 waiting to send</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="179" />
            <source>รอหัวหน้าตรวจสอบ %1</source>
            <translation>%1 awaiting supervisor review</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/sync_status.py" line="186" />
            <source>ส่งสำเร็จล่าสุด %1</source>
            <translation>Last successful sync %1</translation>
        </message>
    </context>
</TS>
