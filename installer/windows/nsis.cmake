# NSIS installer for Windows: Start-menu entry, uninstaller, per-user or per-machine install.
# The deployment script (installer/CMakeLists.txt) brings Qt, QtWebEngineProcess.exe, its
# resources and locales, and the SQLite and TLS plugins into the package.
set(CPACK_NSIS_DISPLAY_NAME "Lectern")
set(CPACK_NSIS_PACKAGE_NAME "Lectern")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lectern.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MENU_LINKS "bin/lectern.exe" "Lectern")
set(CPACK_NSIS_MODIFY_PATH OFF)
