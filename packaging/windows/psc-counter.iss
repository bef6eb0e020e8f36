; Inno Setup script of PSC Counter for Windows counter PCs (per-machine install, Start menu entry).
; Built by .github/workflows/windows.yml after PyInstaller made dist\psc-counter\ from packaging/psc-counter.spec:
;     iscc /DAppVersion=0.1.0 packaging\windows\psc-counter.iss     -> dist\psc-counter-0.1.0-setup.exe
; NOT TESTED on this project's Linux machines (no Windows, no iscc here); see README "Install".
;
; The counter's data is never under Program Files: the program keeps it in each officer's application-data
; folder (%LOCALAPPDATA%\psc-counter, from platformdirs) or in PSC_COUNTER_HOME, which an IT officer may set
; machine-wide to a folder under %PROGRAMDATA%. Uninstalling or upgrading never deletes that folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1F4E52-2C1A-4C8B-9D51-1111C0DE0001}
AppName=PSC Counter
AppVerName=PSC Counter {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Government Complaint Center 1111
DefaultDirName={autopf}\PSC Counter
DefaultGroupName=PSC Counter
; Per-machine: every officer of the PC gets the program; needs an administrator to install.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=psc-counter-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\psc-counter-gui.exe
; An upgrade installs over the previous version in place (same AppId); the data folder is not touched.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\psc-counter\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\PSC Counter"; Filename: "{app}\psc-counter-gui.exe"; Comment: "จุดบริการรับเรื่องร้องทุกข์ 1111"
Name: "{group}\Uninstall PSC Counter"; Filename: "{uninstallexe}"
Name: "{autodesktop}\PSC Counter"; Filename: "{app}\psc-counter-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\psc-counter.exe"; Parameters: "--version"; Flags: runhidden; StatusMsg: "Checking the installation..."

[UninstallDelete]
; Only what the installer itself created; never {localappdata}\psc-counter (records, keys, backups).
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
