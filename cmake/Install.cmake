# What `cmake --install` puts where (GNUInstallDirs), beside the programs' own install() rules in
# src/cli and src/gui: the desktop entry, AppStream metainfo, the MIME types, the icon in every
# size, the man pages, bash completion, the licence and the changelog. cmake/Packaging.cmake
# turns the same tree into a .deb. docs/packaging.md says how it fits together.
set(QDF_DESKTOP ${CMAKE_SOURCE_DIR}/resources/desktop)

# AppStream: the version and date from CMakeLists.txt; a home page and screenshots only when the
# project has a public home to point them at (QDF_HOMEPAGE_URL).
set(QDF_METAINFO_URLS "")
if(QDF_HOMEPAGE_URL)
    set(QDF_METAINFO_URLS "\n  <url type=\"homepage\">${QDF_HOMEPAGE_URL}</url>\n  <screenshots>")
    foreach(shot "section|A section: its questions, working examples and Schedules"
                 "qdf-index|The QDF Index of Schedules and their maturity"
                 "catalyst-final|The Catalyst for Change self-assessment's final scores"
                 "sync-conflicts|Merging contributions: a conflict with both sides")
        string(REPLACE "|" ";" parts "${shot}")
        list(GET parts 0 image)
        list(GET parts 1 caption)
        string(APPEND QDF_METAINFO_URLS "\n    <screenshot><caption>${caption}</caption>"
               "<image>${QDF_HOMEPAGE_URL}/docs/images/${image}.png</image></screenshot>")
    endforeach()
    string(APPEND QDF_METAINFO_URLS "\n  </screenshots>")
endif()
set(QDF_METAINFO ${CMAKE_BINARY_DIR}/share/${QDF_APP_ID}.metainfo.xml)
configure_file(${QDF_DESKTOP}/${QDF_APP_ID}.metainfo.xml.in ${QDF_METAINFO} @ONLY)

# Man pages from the programs' own --help (help2man), so they say what the programs do; qdf(1)
# also has every verb's help (cmake/man-verbs.sh). Compressed, as Debian wants them.
find_program(HELP2MAN help2man)
find_program(GZIP gzip)
if(HELP2MAN AND GZIP)
    set(man_dir ${CMAKE_BINARY_DIR}/share/man)
    set(qdf_verbs ${man_dir}/qdf-verbs.h2m)
    add_custom_command(OUTPUT ${qdf_verbs}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${man_dir}
        COMMAND sh ${CMAKE_SOURCE_DIR}/cmake/man-verbs.sh $<TARGET_FILE:qdf> ${qdf_verbs}
        DEPENDS qdf qdf-render qdf-workshop ${CMAKE_SOURCE_DIR}/cmake/man-verbs.sh
        COMMENT "Collecting the help of every qdf verb"
        VERBATIM)
    set(QDF_MAN_PAGES "")
    foreach(page "qdf|the command line of QDF Workbench|qdf|${qdf_verbs}"
                 "qdf-workbench|commissioning workbooks with the CAREMORE method|qdf-workbench|")
        string(REPLACE "|" ";" parts "${page}")
        list(GET parts 0 name)
        list(GET parts 1 summary)
        list(GET parts 2 target)
        list(GET parts 3 extra)
        set(includes --include ${CMAKE_SOURCE_DIR}/resources/man/${name}.h2m)
        if(extra)
            list(APPEND includes --include ${extra})
        endif()
        add_custom_command(OUTPUT ${man_dir}/${name}.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${man_dir}
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                    ${HELP2MAN} --no-info --section 1 --name ${summary} ${includes}
                    --output ${man_dir}/${name}.1 $<TARGET_FILE:${target}>
            COMMAND ${GZIP} -9nf ${man_dir}/${name}.1
            DEPENDS ${target} ${CMAKE_SOURCE_DIR}/resources/man/${name}.h2m ${extra}
            COMMENT "Writing the man page ${name}(1)"
            VERBATIM)
        list(APPEND QDF_MAN_PAGES ${man_dir}/${name}.1.gz)
    endforeach()
    add_custom_target(man ALL DEPENDS ${QDF_MAN_PAGES})
    install(FILES ${QDF_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(WARNING "help2man or gzip not found: no man pages (Debian: apt-get install help2man)")
endif()

# The icons: the SVG for any size, and the PNGs the window icon is made of too.
install(FILES ${QDF_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size ${QDF_ICON_SIZES})
    install(FILES ${QDF_ICON_DIR}/${size}x${size}/apps/${QDF_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

install(FILES ${QDF_DESKTOP}/${QDF_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${QDF_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${QDF_DESKTOP}/${QDF_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${QDF_APP_ID}.xml)
install(FILES ${CMAKE_SOURCE_DIR}/resources/completion/qdf DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Debian's place for the licence is doc/<package>/copyright. Beside it: CHANGELOG.md (what
# changed), and changelog.gz, the one entry a Debian changelog needs for this version, made from
# the version, date and maintainer the package has (so it cannot disagree with them).
execute_process(COMMAND date -u -R -d "${QDF_RELEASE_DATE} 12:00" OUTPUT_VARIABLE QDF_RELEASE_RFC2822
                OUTPUT_STRIP_TRAILING_WHITESPACE)
file(WRITE ${CMAKE_BINARY_DIR}/share/doc/changelog "qdf-workbench (${PROJECT_VERSION}) unstable; urgency=medium

  * Release ${PROJECT_VERSION}: see /usr/share/doc/qdf-workbench/CHANGELOG.md.gz.

 -- ${QDF_MAINTAINER}  ${QDF_RELEASE_RFC2822}
")
set(QDF_CHANGELOGS ${CMAKE_BINARY_DIR}/share/doc/changelog.gz ${CMAKE_BINARY_DIR}/share/doc/CHANGELOG.md.gz)
add_custom_command(OUTPUT ${QDF_CHANGELOGS}
    COMMAND sh -c "gzip -9n < \"$1\" > \"$2\" && gzip -9n < \"$3\" > \"$4\"" sh
            ${CMAKE_BINARY_DIR}/share/doc/changelog ${CMAKE_BINARY_DIR}/share/doc/changelog.gz
            ${CMAKE_SOURCE_DIR}/CHANGELOG.md ${CMAKE_BINARY_DIR}/share/doc/CHANGELOG.md.gz
    DEPENDS ${CMAKE_SOURCE_DIR}/CHANGELOG.md ${CMAKE_BINARY_DIR}/share/doc/changelog
    VERBATIM)
add_custom_target(changelog ALL DEPENDS ${QDF_CHANGELOGS})
install(FILES ${QDF_CHANGELOGS} DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${CMAKE_SOURCE_DIR}/LICENCE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES ${CMAKE_SOURCE_DIR}/docs/cli.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
