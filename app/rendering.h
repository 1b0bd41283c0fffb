#pragma once

namespace Lectern {

// Picks how the window draws, before QApplication exists. On Linux without a GPU device (no
// /dev/dri node, no NVIDIA device: a virtual display, a VM or container without GPU) OpenGL
// would be Mesa's llvmpipe, a software rasterizer that loads LLVM and the gallium driver into
// the process (45 MB) and ~80 MB of heap and anonymous memory with its contexts and JIT code,
// only to composite the web view. There Qt Quick's software renderer is used instead (Qt
// WebEngine follows it with its own software compositing) and Qt's xcb plugin loads no GL at
// all: about 130 MB less (PSS, measured under Xvfb) for the same pixels. With a GPU device
// nothing changes, and any rendering variable the user set wins.
// True when the software path was chosen.
bool preferSoftwareRenderingWithoutGpu();

} // namespace Lectern
