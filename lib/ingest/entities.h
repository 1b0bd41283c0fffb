#pragma once

#include <QString>

namespace Lectern {

// Decodes HTML character references (named, decimal, hex) exactly once, the way a browser does
// in text: "&amp;lt;" becomes "&lt;", never "<". Tags are not interpreted: "a <b> c" stays as is.
// The HTML5 rules (and its full named-reference table) come from gumbo, not a table of ours.
QString decodeEntities(const QString &text);

} // namespace Lectern
