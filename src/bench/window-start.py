#!/usr/bin/env python3
"""Seconds from launching GradFlow until its window is mapped, and until its charts are on screen.

Usage (an X server on :99, e.g. Xvfb :99 -screen 0 1600x1000x24 &):
    python3 src/bench/window-start.py ROUNDS LAUNCHER [LAUNCHER ...]
    python3 src/bench/window-start.py 9 target/dist/gradflow/bin/gradflow "java -jar target/gradflow.jar"

Each round starts every launcher once, in turn, so that a noisy host weighs on all of them alike; the medians
come last. "Mapped" is the first poll that finds a viewable top-level window titled "GradFlow..."; "charts" is
the first poll that finds a dark pixel on a row a third of the way down that window (the charts' axes and
lines), i.e. the first frame is not only drawn but on the screen. "cpu" is the process's CPU seconds (all
threads) at that moment, which varies less than wall time on a shared host. Polling is done with Xlib through
ctypes, in this process, so that it takes no core from the app beyond a few XGetImage calls.
"""
import ctypes
import ctypes.util
import os
import shlex
import statistics
import subprocess
import sys
import time

DISPLAY = os.environ.get("DISPLAY", ":99")
x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
vp, ul, ci = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
x11.XOpenDisplay.restype = vp
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ul
x11.XDefaultRootWindow.argtypes = [vp]
x11.XGetImage.restype = vp
x11.XGetImage.argtypes = [vp, ul, ci, ci, ctypes.c_uint, ctypes.c_uint, ul, ci]
x11.XGetPixel.restype = ul
x11.XGetPixel.argtypes = [vp, ci, ci]
x11.XQueryTree.argtypes = [vp, ul, ctypes.POINTER(ul), ctypes.POINTER(ul), ctypes.POINTER(ctypes.POINTER(ul)),
                           ctypes.POINTER(ctypes.c_uint)]
x11.XFetchName.argtypes = [vp, ul, ctypes.POINTER(ctypes.c_char_p)]


class WindowAttributes(ctypes.Structure):
    _fields_ = [("x", ci), ("y", ci), ("width", ci), ("height", ci), ("border_width", ci), ("depth", ci),
                ("visual", vp), ("root", ul), ("class_", ci), ("bit_gravity", ci), ("win_gravity", ci),
                ("backing_store", ci), ("backing_planes", ul), ("backing_pixel", ul), ("save_under", ci),
                ("colormap", ul), ("map_installed", ci), ("map_state", ci), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ci), ("screen", vp)]


x11.XGetWindowAttributes.argtypes = [vp, ul, ctypes.POINTER(WindowAttributes)]
IS_VIEWABLE = 2

display = x11.XOpenDisplay(DISPLAY.encode())
if not display:
    sys.exit("window-start: cannot open display " + DISPLAY)
root = x11.XDefaultRootWindow(display)


def gradflow_window():
    parent, grand, children, count = ul(), ul(), ctypes.POINTER(ul)(), ctypes.c_uint()
    x11.XQueryTree(display, root, ctypes.byref(parent), ctypes.byref(grand), ctypes.byref(children),
                   ctypes.byref(count))
    for i in range(count.value):
        name = ctypes.c_char_p()
        if x11.XFetchName(display, children[i], ctypes.byref(name)) and name.value \
                and name.value.startswith(b"GradFlow"):
            attributes = WindowAttributes()
            x11.XGetWindowAttributes(display, children[i], ctypes.byref(attributes))
            if attributes.map_state == IS_VIEWABLE:
                return attributes.x, attributes.y, attributes.width, attributes.height
    return None


def has_dark_pixel(x, y, width):
    image = x11.XGetImage(display, root, x, y, width, 1, 0xFFFFFF, 2)
    if not image:
        return False
    for column in range(0, width, 3):
        pixel = x11.XGetPixel(image, column, 0)
        if ((pixel >> 16) & 255) + ((pixel >> 8) & 255) + (pixel & 255) < 600:
            return True
    return False


def cpu_seconds(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_start(command, timeout=30):
    start = time.time()
    process = subprocess.Popen(command, env=dict(os.environ, DISPLAY=DISPLAY), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        geometry = None
        while geometry is None:
            if time.time() - start > timeout:
                return None
            geometry = gradflow_window()
            if geometry is None:
                time.sleep(0.01)
        mapped = time.time() - start
        x, y, width, height = geometry
        while not has_dark_pixel(x + 5, y + height // 3, width - 10):
            if time.time() - start > timeout:
                return None
            time.sleep(0.01)
        charts = time.time() - start
        return mapped, charts, cpu_seconds(process.pid)
    finally:
        time.sleep(0.5)
        process.terminate()
        process.wait()
        time.sleep(1)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds, launchers = int(sys.argv[1]), sys.argv[2:]
    results = {launcher: [] for launcher in launchers}
    for _ in range(rounds):
        for launcher in launchers:
            result = one_start(shlex.split(launcher))
            print("%s: %s" % (launcher, "no window within 30 s" if result is None
                                  else "mapped %.2f s, charts %.2f s, cpu %.2f s" % result), flush=True)
            if result is not None:
                results[launcher].append(result)
    for launcher, values in results.items():
        if values:
            print("median of %d, %s: mapped %.2f s, charts %.2f s, cpu %.2f s" % (
                len(values), launcher, statistics.median(v[0] for v in values),
                statistics.median(v[1] for v in values), statistics.median(v[2] for v in values)))


if __name__ == "__main__":
    main()
