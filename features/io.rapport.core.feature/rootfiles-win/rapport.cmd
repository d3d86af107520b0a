@echo off
rem Rapport launcher for Windows (inside the product; the shell script "rapport" on Linux and macOS).
rem No native launcher exists on Maven Central, so this starts the Equinox launcher jar with a Java 21+ runtime.
rem   rapport                  start the workbench (the first launch opens the built-in sample project)
rem   rapport <command> ...    run the headless command line (rapport --help lists the commands)
rem Environment: RAPPORT_JAVA (a java.exe), RAPPORT_VMARGS (extra JVM options), RAPPORT_HOME (per-user state,
rem default %USERPROFILE%\.rapport).
setlocal EnableDelayedExpansion
set "here=%~dp0"
set "here=%here:~0,-1%"

set "JAVA="
for %%J in ("%RAPPORT_JAVA%" "%JAVA_HOME%\bin\java.exe") do (
  if not defined JAVA if not "%%~J"=="" if exist "%%~J" call :accept "%%~J"
)
if not defined JAVA for /f "delims=" %%J in ('where java.exe 2^>nul') do (
  if not defined JAVA call :accept "%%J"
)
if not defined JAVA (
  echo rapport: needs Java 21 or newer ^(set RAPPORT_JAVA or JAVA_HOME^) 1>&2
  exit /b 2
)

set "launcher="
for %%L in ("%here%\plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~fL"
if not defined launcher (
  echo rapport: %here% is not a Rapport installation ^(no Equinox launcher in plugins\^) 1>&2
  exit /b 1
)
if not defined RAPPORT_HOME set "RAPPORT_HOME=%USERPROFILE%\.rapport"
if not exist "%RAPPORT_HOME%" mkdir "%RAPPORT_HOME%"

rem an administrator's plugin_customization.ini next to this script presets preferences for every user
set "customization="
if exist "%here%\plugin_customization.ini" set "customization=-Declipse.pluginCustomization=%here%\plugin_customization.ini"

if "%~1"=="" goto workbench
if /i "%~1"=="workbench" (shift & goto workbench)

rem command line: its own configuration area per process, so several runs (and a workbench) can work at once
set "cli_config=%TEMP%\rapport-cli-%RANDOM%%RANDOM%"
"%JAVA%" -Xmx1g --enable-native-access=ALL-UNNAMED %RAPPORT_VMARGS% -Djava.awt.headless=true ^
  -Djava.util.logging.config.file="%here%\logging.properties" %customization% ^
  -Declipse.p2.data.area="%cli_config%\p2" ^
  -Dosgi.sharedConfiguration.area="%here%\configuration" -jar "%launcher%" ^
  -install "%here%" -configuration "%cli_config%" ^
  -data @none -nosplash -application io.rapport.cli.application %*
set rc=%ERRORLEVEL%
rmdir /s /q "%cli_config%" 2>nul
exit /b %rc%

:workbench
rem the workbench keeps its own configuration and instance area per user; exit code 23 asks for a restart
"%JAVA%" -Xmx2g --enable-native-access=ALL-UNNAMED %RAPPORT_VMARGS% -Dosgi.requiredJavaVersion=21 ^
  -Djava.util.logging.config.file="%here%\logging.properties" %customization% ^
  -Dosgi.sharedConfiguration.area="%here%\configuration" -jar "%launcher%" ^
  -install "%here%" -configuration "%RAPPORT_HOME%\workbench-config" ^
  -data "%RAPPORT_HOME%\workspace" -application io.rapport.app.application
if %ERRORLEVEL%==23 goto workbench
exit /b %ERRORLEVEL%

:accept
rem accepts %1 as JAVA when it is Java 21 or newer
set "major="
for /f "tokens=2 delims==" %%V in ('"%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "major=%%V"
set "major=%major: =%"
if not defined major exit /b 0
if "%major:~0,2%"=="1." exit /b 0
if %major% GEQ 21 set "JAVA=%~1"
exit /b 0
