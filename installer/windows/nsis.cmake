# NSIS installer for Windows (cpack -G NSIS): installs into Program Files\Lectern with Qt and
# WebEngine deployed beside bin\lectern.exe by the deployment script (installer/CMakeLists.txt).
# The Start-menu folder gets "Lectern" (from CPACK_PACKAGE_EXECUTABLES "lectern;Lectern", set in
# installer/CMakeLists.txt) and "Uninstall" (CMake's NSIS template always adds it); the
# uninstaller is registered under Apps & Features and removes both links.
set(CPACK_NSIS_DISPLAY_NAME "Lectern")
set(CPACK_NSIS_PACKAGE_NAME "Lectern")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# The icon Apps & Features shows: the one inside the program.
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lectern.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "Lectern ${PROJECT_VERSION}")
