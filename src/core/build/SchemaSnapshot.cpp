// Run at build time: applies the migrations given (in order, the first being version 1) to an
// in-memory database, as the program does, and writes a C++ header with the schema after each
// version (core/WorkbookSchema.cpp compares a file with it on every open). Running the migrations
// at every start cost a program more than 300 million instructions (30 ms, issue 16): the ALTER
// TABLEs of schema 17 each make SQLite parse the whole schema again.

#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace {

std::string literal(const char *text)
{
    std::string out = "\"";
    for (const char *p = text ? text : ""; *p; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == '"' || c == '\\')
            out += '\\', out += char(c);
        else if (c == '\n')
            out += "\\n";
        else if (c < 0x20 || c >= 0x7f) {
            char octal[8];
            std::snprintf(octal, sizeof octal, "\\%03o", c);
            out += octal;
        } else
            out += char(c);
    }
    return out + "\"";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUTPUT.h MIGRATION.sql...\n", argv[0]);
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK)
        return 1;
    std::ostringstream out;
    out << "// Made at build time by core/build/SchemaSnapshot.cpp from resources/migrations: not to be edited.\n"
           "#pragma once\n\nnamespace qdf::workbookfile::snapshot {\n\n"
           "struct Object {\n    const char *name, *type, *table, *sql;\n};\n\n";
    std::string versions = "inline constexpr const Object *kVersions[] = {nullptr";
    std::string counts = "inline constexpr int kCounts[] = {0";
    for (int i = 2; i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        const std::string script((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        char *error = nullptr;
        if (!file || sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", argv[i], error ? error : "cannot be read");
            return 1;
        }
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT name, type, tbl_name, sql FROM sqlite_schema ORDER BY name", -1, &stmt, nullptr);
        const int version = i - 1;
        out << "inline constexpr Object kVersion" << version << "[] = {\n";
        int n = 0;
        while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
            const auto text = [stmt](int c) { return reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)); };
            out << "    {" << literal(text(0)) << ", " << literal(text(1)) << ", " << literal(text(2)) << ",\n     "
                << literal(text(3)) << "},\n";
            ++n;
        }
        sqlite3_finalize(stmt);
        out << "};\n\n";
        versions += ", kVersion" + std::to_string(version);
        counts += ", " + std::to_string(n);
    }
    sqlite3_close(db);
    out << versions << "};\n" << counts << "};\ninline constexpr int kLatest = " << (argc - 2) << ";\n\n"
        << "} // namespace qdf::workbookfile::snapshot\n";
    std::ofstream(argv[1], std::ios::binary) << out.str();
    return 0;
}
