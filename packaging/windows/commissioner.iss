; Windows installer for Commissioner (Inno Setup 6).
;
; Build the program first (packaging/build.sh), then from the repository root:
;     iscc packaging\windows\commissioner.iss
; Output: dist\Commissioner-<version>-windows-x64-setup.exe
;
; Name, id, version and the two executables' names are not written here: the PyInstaller spec
; generates them from the package into build\meta\app.iss (packaging/platform_meta.py), and the
; files come from the spec's output folder dist\Commissioner. Paths are relative to this file.
;
; Signing (optional): sign dist\Commissioner\*.exe with signtool before running iscc, and pass
; a sign tool to sign the installer too, e.g.
;     iscc /DSIGN "/Ssigntool=signtool.exe sign /fd sha256 /td sha256 /tr <timestamp-url> /f <pfx> /p <password> $f" packaging\windows\commissioner.iss
; packaging/ci/build.yml does both when its WINDOWS_CERTIFICATE_* secrets are set.

#include "..\..\build\meta\app.iss"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\commissioner.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
#ifdef SIGN
SignTool=signtool
SignedUninstaller=yes
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-dir build: Commissioner.exe (windowed), commissioner-cli.exe (console), _internal\.
Source: "..\..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's bundled libraries must not linger next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; "App Paths" lets the console twin be started by name from Run (Win+R) and `start`.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppCliExeName}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppCliExeName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
