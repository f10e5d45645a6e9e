#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace qdf {

// What went wrong, for a person to read, plus a code a program can act on. The core never
// shows a dialog or prints: it returns an Error, and the GUI or the CLI presents it.
struct Error {
    enum class Code {
        None,
        NotFound,         // the path does not exist
        NotAWorkbook,     // empty, not SQLite, or another program's SQLite database
        NewerSchema,      // written by a newer QDF Workbench
        Damaged,          // truncated or corrupt
        WrongProgramme,   // belongs to another programme
        ReadOnly,         // the file is read-only; it was opened read-only
        Locked,           // another writer has the workbook open (WorkbookLock names them)
        NotAllowed,       // a rule of the domain forbids it (maturity move, signed-off Schedule)
        InvalidArgument,  // an unknown key or id, an empty title
        Io,               // disk full, permission denied, SQLite failed
    };
    Code code = Code::None;
    QString message;
};

// A value or an Error. Small on purpose: C++17 has no std::expected.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    T valueOr(T fallback) const & { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an Error.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return m_error.code == Error::Code::None; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace qdf
