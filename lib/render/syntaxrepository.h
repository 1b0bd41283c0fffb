#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Lectern {

// The process-wide KSyntaxHighlighting repository. Loading it reads ~400 definition files, so
// it is created once, on first use. Repository is not thread-safe: use it from one thread
// (the render layer owns it and is called from the thread that renders).
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Lectern
