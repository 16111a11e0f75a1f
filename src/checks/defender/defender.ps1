# The Defender check's one script, run as `powershell.exe -EncodedCommand` (see powershell.ts).
# Windows PowerShell 5.1 compatible. The request ({"mode": "status" | "add" | "remove",
# "paths": [...]}) arrives as JSON in $env:GO_WIN_PREFLIGHT_DEFENDER_REQUEST, never as script text.
# Every cmdlet runs in its own try/catch and reports its FullyQualifiedErrorId (the HRESULT lives
# there; the message text is often a template). Output: one line of compact JSON, non-ASCII
# escaped because stdout uses the OEM code page.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
try { Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue } catch { }
function Get-Failure($record) {
  [ordered]@{ id = [string]$record.FullyQualifiedErrorId; message = [string]$record.Exception.Message }
}
function Get-List($value) {
  if ($null -eq $value) { return $null }
  return ,([string[]]@($value))
}
function Get-Exclusions {
  $preference = Get-MpPreference
  return ,(Get-List $preference.ExclusionPath)
}
$out = [ordered]@{ schema = 1; psVersion = [string]$PSVersionTable.PSVersion }
$request = $null
try {
  $request = $env:GO_WIN_PREFLIGHT_DEFENDER_REQUEST | ConvertFrom-Json
  $out.mode = [string]$request.mode
} catch { $out.requestError = Get-Failure $_ }
try {
  $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
  $principal = New-Object Security.Principal.WindowsPrincipal($identity)
  $out.elevated = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
} catch { $out.elevatedError = Get-Failure $_ }
if ($out.mode -eq 'status') {
  try {
    $status = Get-MpComputerStatus
    $out.computerStatus = [ordered]@{
      AMRunningMode = [string]$status.AMRunningMode
      AMServiceEnabled = $status.AMServiceEnabled
      AntivirusEnabled = $status.AntivirusEnabled
      RealTimeProtectionEnabled = $status.RealTimeProtectionEnabled
      IsTamperProtected = $status.IsTamperProtected
      AMProductVersion = [string]$status.AMProductVersion
    }
  } catch { $out.computerStatusError = Get-Failure $_ }
  try {
    $preference = Get-MpPreference
    $out.preference = [ordered]@{
      DisableRealtimeMonitoring = $preference.DisableRealtimeMonitoring
      ExclusionPath = Get-List $preference.ExclusionPath
      ExclusionProcess = Get-List $preference.ExclusionProcess
      ExclusionExtension = Get-List $preference.ExclusionExtension
      PerformanceModeStatus = [string]$preference.PerformanceModeStatus
    }
  } catch { $out.preferenceError = Get-Failure $_ }
  try {
    $policy = [xml](Get-AppLockerPolicy -Effective -Xml)
    $exe = @($policy.AppLockerPolicy.RuleCollection | Where-Object { $_.Type -eq 'Exe' })
    $mode = 'NotConfigured'
    $rules = 0
    if ($exe.Count -gt 0) {
      if ($exe[0].EnforcementMode) { $mode = [string]$exe[0].EnforcementMode }
      $rules = @($exe[0].ChildNodes | Where-Object { $_.LocalName -like '*Rule' }).Count
    }
    $out.appLocker = [ordered]@{ exeEnforcementMode = $mode; exeRules = $rules }
    try { $out.appLocker.appIdSvc = [string](Get-Service -Name AppIDSvc).Status } catch { }
  } catch { $out.appLockerError = Get-Failure $_ }
} elseif ($out.mode -eq 'add' -or $out.mode -eq 'remove') {
  $out.results = @(foreach ($path in @($request.paths)) {
    try {
      if ($out.mode -eq 'add') { Add-MpPreference -ExclusionPath $path -ErrorAction Stop } else { Remove-MpPreference -ExclusionPath $path -ErrorAction Stop }
      [ordered]@{ path = [string]$path; ok = $true }
    } catch { [ordered]@{ path = [string]$path; ok = $false; error = Get-Failure $_ } }
  })
  try { $out.exclusionPath = Get-Exclusions } catch { $out.readBackError = Get-Failure $_ }
}
$json = ConvertTo-Json -InputObject $out -Compress -Depth 4
$json = [regex]::Replace($json, '[^\x00-\x7e]', { param($m) '\u{0:x4}' -f [int]$m.Value[0] })
[Console]::Out.WriteLine($json)
