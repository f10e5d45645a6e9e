# Precompiled headers: the Qt (and Catch) headers nearly every file includes are parsed once per
# target instead of once per file. Parsing them is about half of compiling a GUI or test file;
# with them a file compiles up to twice as fast (SectionPage.cpp 4.3 s to 2.0 s, MainWindow.cpp
# 7.0 s to 4.3 s), which the README's test command, building everything from nothing, feels. QDF_PCH=OFF builds without them, e.g. to check
# that every file includes what it uses.
option(QDF_PCH "Precompile the common Qt and Catch headers" ON)

set(QDF_PCH_CORE <QCoreApplication> <QString> <QStringList> <QVector> <QMap> <QHash> <QSet> <QFile> <QFileInfo>
    <QDir> <QJsonArray> <QJsonDocument> <QJsonObject> <QSqlDatabase> <QSqlQuery> <QSqlError> <QDateTime> <QVariant>
    <algorithm> <functional> <memory> <optional> <vector>)
set(QDF_PCH_WIDGETS ${QDF_PCH_CORE} <QApplication> <QWidget> <QLabel> <QPushButton> <QVBoxLayout> <QHBoxLayout>
    <QListWidget> <QTableWidget> <QHeaderView> <QComboBox> <QLineEdit> <QPlainTextEdit> <QDialog> <QMenu>)

# qdf_precompile(TARGET core|widgets [catch]): `catch` adds Catch's header; the test mains,
# which include it with CATCH_CONFIG_RUNNER first, are left out.
function(qdf_precompile target kind)
    if(NOT QDF_PCH)
        return()
    endif()
    set(headers ${QDF_PCH_CORE})
    if(kind STREQUAL "widgets")
        set(headers ${QDF_PCH_WIDGETS})
    endif()
    if("catch" IN_LIST ARGN)
        list(APPEND headers <catch2/catch.hpp>)
        get_target_property(sources ${target} SOURCES)
        foreach(source ${sources})
            if(source MATCHES "TestMain\\.cpp$")
                set_source_files_properties(${source} TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
            endif()
        endforeach()
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
