# A Debian package of the installed tree (cmake/Install.cmake), built by CPack:
#   scripts/setup.sh package      (or: cmake --build build --target package)
# Runtime dependencies come from the programs' shared libraries (dpkg-shlibdeps), plus what
# they load without linking it: Qt's SQLite driver and platform plugins, and the report font.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME qdf-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "QDF Workbench contributors")
set(CPACK_PACKAGE_CONTACT "${QDF_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbooks for commissioning with the CAREMORE method")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # qdf-workbench_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(QDF_HOMEPAGE_URL)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${QDF_HOMEPAGE_URL})
endif()
# The extended description; CPack indents it and turns the empty lines into " ." for dpkg.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "QDF Workbench is for teams in health and social care who commission
services together with NHS Wales' CAREMORE method. Every participant keeps
a workbook: the seven CAREMORE sections with their open questions, working
examples, reference materials and draft Schedules that mature, are signed
off and become the published Quality and Delivery Framework.

A production team keeps the master copy, merges participants' contributions
into it and sends updates back. Beside the workbook are the Catalyst for
Change self-assessment and the commissioning-review checklists.

This package has the desktop program, qdf-workbench, and its command line,
qdf.")
include(CPack)
