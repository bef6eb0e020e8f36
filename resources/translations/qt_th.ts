<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Thai for the texts Qt itself puts on standard buttons (QMessageBox.warning's "OK", QDialogButtonBox
     standard buttons). Qt ships no Thai catalogue; ui/i18n.py installs this one while the interface is
     Thai. Compiled to qt_th.qm by `make translations`. -->
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>ตกลง</translation></message>
    <message><source>Save</source><translation>บันทึก</translation></message>
    <message><source>Open</source><translation>เปิด</translation></message>
    <message><source>&amp;Yes</source><translation>ใช่</translation></message>
    <message><source>&amp;No</source><translation>ไม่ใช่</translation></message>
    <message><source>Yes to &amp;All</source><translation>ใช่ทั้งหมด</translation></message>
    <message><source>N&amp;o to All</source><translation>ไม่ใช่ทั้งหมด</translation></message>
    <message><source>Abort</source><translation>ยุติ</translation></message>
    <message><source>Retry</source><translation>ลองใหม่</translation></message>
    <message><source>Ignore</source><translation>ข้าม</translation></message>
    <message><source>Close</source><translation>ปิด</translation></message>
    <message><source>Cancel</source><translation>ยกเลิก</translation></message>
    <message><source>Discard</source><translation>ไม่บันทึก</translation></message>
    <message><source>Help</source><translation>ช่วยเหลือ</translation></message>
    <message><source>Apply</source><translation>ใช้</translation></message>
    <message><source>Reset</source><translation>ตั้งค่าใหม่</translation></message>
    <message><source>Restore Defaults</source><translation>คืนค่าเริ่มต้น</translation></message>
</context>
</TS>
