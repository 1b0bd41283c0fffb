# macOS: an app bundle (Info.plist) in a drag-and-drop DMG. The deployment script runs
# macdeployqt, which copies the frameworks and QtWebEngineCore's helper app into the bundle.
set_target_properties(lectern PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER app.lectern.Lectern
  MACOSX_BUNDLE_BUNDLE_NAME Lectern
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
set(CPACK_DMG_VOLUME_NAME "Lectern")
set(CPACK_DMG_FORMAT "UDBZ")
