#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace qdf::gui {

// Opens a file kept inside the workbook (a reference material, review evidence) with the
// desktop's own program: a copy goes to a private temporary folder named after `key`.
Status openCopy(const QString &key, const QString &fileName, const QByteArray &data);

} // namespace qdf::gui
