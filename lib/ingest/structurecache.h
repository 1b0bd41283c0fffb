#pragma once

#include "ingest/blocks.h"

#include <QSqlDatabase>
#include <QString>

namespace Lectern {

// A post's recovered structure through the post_structure cache table: read when the stored
// row was written by this version of structure recovery from the same content and category,
// otherwise recovered from posts.raw_content and stored (replacing the stale row).
// An unknown post gives no blocks and, with `error`, a message naming it. When the cache row
// cannot be written (a read-only library) the freshly recovered blocks are still returned.
Blocks cachedStructure(QSqlDatabase db, qint64 postId, QString *error = nullptr);

// Drops every cached row (tests and maintenance); returns how many were removed, -1 on error.
int clearStructureCache(QSqlDatabase db);

} // namespace Lectern
