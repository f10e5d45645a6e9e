# The application icon is drawn once, as SVG (resources/icons); its PNG sizes, for icon themes
# that want them and for the window icon built into the program, are rendered from it at build
# time by rsvg-convert (Debian: librsvg2-bin).
find_program(RSVG_CONVERT rsvg-convert)
if(NOT RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert not found: install the Debian package librsvg2-bin (scripts/setup.sh does)")
endif()
set(QDF_ICON_SVG ${CMAKE_SOURCE_DIR}/resources/icons/${QDF_APP_ID}.svg)
set(QDF_ICON_SIZES 16 24 32 48 64 128 256)
set(QDF_ICON_DIR ${CMAKE_BINARY_DIR}/icons/hicolor)

# Adds the rules that render the PNGs (in the calling directory, whose target must list them as
# sources) and sets `out` to their paths, hicolor/NxN/apps/<id>.png under the build's icons/.
function(qdf_icon_pngs out)
    set(pngs "")
    foreach(size ${QDF_ICON_SIZES})
        set(png ${QDF_ICON_DIR}/${size}x${size}/apps/${QDF_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${QDF_ICON_DIR}/${size}x${size}/apps
            COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${QDF_ICON_SVG}
            DEPENDS ${QDF_ICON_SVG}
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND pngs ${png})
    endforeach()
    set(${out} ${pngs} PARENT_SCOPE)
endfunction()
