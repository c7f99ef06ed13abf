; Inno Setup 6 script for CRM Desk (https://jrsoftware.org/isinfo.php).
; Built by `python installer\build.py` on Windows, which runs:
;   iscc /DAppVersion=0.1.0 "/DSourceDir=C:\...\dist\CRM Desk" /OC:\...\dist installer\windows\crmdesk.iss
; SourceDir is the PyInstaller folder (dist\CRM Desk) holding "CRM Desk.exe" (the window) and
; crmdesk.exe (the command line). Give it as an absolute path, in quotes (it has a space): a
; relative path is taken from this script's folder, not from the current one.
;
; Installs per user by default (no administrator needed; the user may choose all users), adds a
; Start-menu shortcut (and, if asked, one on the desktop) with the program's icon, and registers
; an uninstaller in Settings → Apps. The user's data lives in %APPDATA%\CRM Desk, outside the
; install folder: upgrading or uninstalling never touches it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CRM Desk"
#endif
#define AppName "CRM Desk"
#define AppExe "CRM Desk.exe"

[Setup]
; AppId identifies CRM Desk across versions: never change it, or upgrades install side by side.
AppId={{7B0E5C1A-3D2F-4E8B-9A61-5C0D2E4F8A17}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CRM Desk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icon\crmdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputBaseFilename=CRM-Desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Closing a running CRM Desk before files are replaced: everything it holds is already saved.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder; files no longer shipped by a new version are removed below.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's folder wholesale (never the data folder, which is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Comment: "Your leads, prospects and opportunities"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
