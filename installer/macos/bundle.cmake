# macOS: an app bundle (Lectern.app with Info.plist.in and an icns) in a drag-and-drop DMG
# (cpack -G DragNDrop; the DMG has the usual link to /Applications). The deployment script
# (installer/CMakeLists.txt) runs macdeployqt on the installed bundle, which copies the Qt
# frameworks and QtWebEngineCore.framework with its QtWebEngineProcess helper app inside.
set_target_properties(lectern PROPERTIES
  OUTPUT_NAME Lectern # Lectern.app/Contents/MacOS/Lectern; Info.plist gets the name from CMake
  MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/installer/macos/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER app.lectern.Lectern
  MACOSX_BUNDLE_BUNDLE_NAME Lectern
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})

# The icon, made from resources/lectern.svg at build time: rsvg-convert (brew install librsvg)
# renders the iconset's ten PNGs and iconutil (part of macOS) packs them into lectern.icns.
find_program(LECTERN_RSVG_CONVERT rsvg-convert)
find_program(LECTERN_ICONUTIL iconutil)
if(LECTERN_RSVG_CONVERT AND LECTERN_ICONUTIL)
  set(svg ${PROJECT_SOURCE_DIR}/resources/lectern.svg)
  set(iconset ${CMAKE_CURRENT_BINARY_DIR}/lectern.iconset)
  set(icns ${CMAKE_CURRENT_BINARY_DIR}/lectern.icns)
  set(render)
  foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND render
      COMMAND ${LECTERN_RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png ${svg}
      COMMAND ${LECTERN_RSVG_CONVERT} -w ${double} -h ${double}
              -o ${iconset}/icon_${size}x${size}@2x.png ${svg})
  endforeach()
  add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${render}
    COMMAND ${LECTERN_ICONUTIL} -c icns -o ${icns} ${iconset}
    DEPENDS ${svg} VERBATIM)
  add_custom_target(lectern_icns DEPENDS ${icns})
  add_dependencies(lectern lectern_icns)
  # The bundle copies it into Contents/Resources; Info.plist names it.
  set_source_files_properties(${icns} TARGET_DIRECTORY lectern
    PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
  target_sources(lectern PRIVATE ${icns})
  set_target_properties(lectern PROPERTIES MACOSX_BUNDLE_ICON_FILE lectern.icns)
else()
  message(WARNING "Lectern: rsvg-convert or iconutil not found; Lectern.app gets no icon "
                  "(brew install librsvg)")
endif()

set(CPACK_DMG_VOLUME_NAME "Lectern")
set(CPACK_DMG_FORMAT "UDBZ")
