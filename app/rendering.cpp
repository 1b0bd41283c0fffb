#include "rendering.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QtGlobal>

namespace Lectern {

bool preferSoftwareRenderingWithoutGpu()
{
#ifdef Q_OS_LINUX
    // The user's (or a test's) own choice of renderer or GL integration is left alone.
    for (const char *name :
         {"QT_QUICK_BACKEND", "QSG_RHI_BACKEND", "QT_XCB_GL_INTEGRATION", "QT_OPENGL"})
        if (qEnvironmentVariableIsSet(name))
            return false;
    // Device nodes are what hardware GL drivers open: DRM (Mesa, also NVIDIA's open modules)
    // or NVIDIA's own. LIBGL_ALWAYS_SOFTWARE asks for llvmpipe even with a GPU.
    const bool gpuDevice =
        !QDir(QStringLiteral("/dev/dri"))
             .entryList({QStringLiteral("renderD*"), QStringLiteral("card*")}, QDir::System)
             .isEmpty() ||
        QFile::exists(QStringLiteral("/dev/nvidiactl"));
    if (gpuDevice && qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 0)
        return false;
    qputenv("QT_QUICK_BACKEND", "software");
    qputenv("QT_XCB_GL_INTEGRATION", "none");
    return true;
#else
    return false;
#endif
}

} // namespace Lectern
