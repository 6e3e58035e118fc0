#!/usr/bin/env python3
"""Checks, under a real window manager, that GradFlow's window opens at a usable size on the screen and keeps its
size and state through F1, Export and Open, full screen and a restart; and that its child windows open on the
screen and close with Escape.

Usage (an X server with a window manager on :99, e.g.
    Xvfb :99 -screen 0 1600x1000x24 &  DISPLAY=:99 openbox &):
    python3 src/bench/window-placement.py [--shots DIR] LAUNCHER
    python3 src/bench/window-placement.py --shots /tmp/shots "java -jar target/gradflow.jar"
    python3 src/bench/window-placement.py target/dist/gradflow/bin/gradflow

Needs xdotool, xwininfo and xprop (and ImageMagick's import for --shots). The window's preferences are a fresh node
of their own (JAVA_TOOL_OPTIONS=-Dgradflow.prefsNode=...), removed at the end, so a user's are never touched and
every run starts as a first start. Prints one line per check, "ok" or "FAIL", and exits 1 if any failed.

Without a window manager none of this can go wrong, which is why the headless tests cannot see it: JavaFX 21 on
GTK maps a window at 200 x 200 under one, and a modal dialog un-maximizes its owner.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid

DISPLAY = os.environ.get("DISPLAY", ":99")
ENV = dict(os.environ, DISPLAY=DISPLAY)
MIN_WIDTH, MIN_HEIGHT = 1280, 800
failures = []


def run(*command):
    return subprocess.run(command, env=ENV, capture_output=True, text=True).stdout


PID = []


def windows(name):
    """Visible client windows of the process under test whose title starts with name."""
    out = run("xdotool", "search", "--all", "--onlyvisible", "--pid", str(PID[0]), "--name", "^" + name)
    return [w for w in out.split() if w]


def geometry(window):
    """(x, y, width, height) of the window's frame, decorations included, and its _NET_WM_STATE atoms."""
    info = run("xwininfo", "-id", window)
    values = {}
    for line in info.splitlines():
        key, _, value = line.strip().partition(":")
        values[key] = value.strip()
    x, y = int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"])
    width, height = int(values["Width"]), int(values["Height"])
    extents = run("xprop", "-id", window, "_NET_FRAME_EXTENTS").partition("=")[2]
    left, right, top, bottom = ([int(v) for v in extents.split(",")] if extents.strip() else [0, 0, 0, 0])
    state = run("xprop", "-id", window, "_NET_WM_STATE").partition("=")[2]
    states = {s.strip().replace("_NET_WM_STATE_", "") for s in state.split(",") if s.strip()}
    return (x - left, y - top, width + left + right, height + top + bottom), states


def screen():
    info = run("xwininfo", "-root")
    width = int(next(l for l in info.splitlines() if "Width:" in l).split(":")[1])
    height = int(next(l for l in info.splitlines() if "Height:" in l).split(":")[1])
    return width, height


def check(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + (": " + detail if detail else ""), flush=True)
    if not ok:
        failures.append(what)


def wait_for(condition, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return None


def key(window, keys):
    run("xdotool", "windowactivate", "--sync", window)
    time.sleep(0.2)
    run("xdotool", "key", "--clearmodifiers", keys)


def shot(shots, name):
    if shots:
        path = os.path.join(shots, name + ".png")
        subprocess.run(["import", "-window", "root", path], env=ENV)
        print("     screenshot " + path, flush=True)


def on_screen(bounds, size):
    x, y, width, height = bounds
    return x >= 0 and y >= 0 and x + width <= size[0] and y + height <= size[1]


def usable(bounds, size):
    return bounds[2] >= min(MIN_WIDTH, size[0]) and bounds[3] >= min(MIN_HEIGHT, size[1])


def through_dialog(main, keys, title, expected, shots, name):
    """Opens a dialog with keys, checks the main window did not move, closes it with Escape, checks again."""
    key(main, keys)
    dialog = wait_for(lambda: windows(title))
    check(name + " opens (" + title + ")", dialog is not None)
    now = geometry(main)
    check("main window keeps its size and state while " + name + " is open", now == expected,
          "%s %s, was %s %s" % (now[0], sorted(now[1]), expected[0], sorted(expected[1])))
    if dialog:
        shot(shots, name.replace(" ", "-"))
        # JavaFX maps it at 200 x 200 (JDK-8316423) until it is given its size again, within a few seconds.
        wait_for(lambda: geometry(dialog[0])[0][2] > 300 or None, 5)
        dialog_bounds, _ = geometry(dialog[0])
        check(name + " is on the screen", on_screen(dialog_bounds, screen()), str(dialog_bounds))
        check(name + " is sized to its content, not 200 x 200", dialog_bounds[2] > 300 and dialog_bounds[3] > 300,
              str(dialog_bounds))
        key(dialog[0], "Escape")
        check(name + " closes with Escape", wait_for(lambda: not windows(title), 10) is not None)
    time.sleep(0.8)
    after = geometry(main)
    check("main window keeps its size and state after " + name, after == expected,
          "%s %s, was %s %s" % (after[0], sorted(after[1]), expected[0], sorted(expected[1])))


def set_maximized(window, on):
    # An EWMH request, as a title bar's button makes it: _NET_WM_STATE, add (1) or remove (0), both directions.
    run("xdotool", "windowactivate", "--sync", window)
    subprocess.run([sys.executable, "-c", MAXIMIZE, DISPLAY, window, "1" if on else "0"], env=ENV)


MAXIMIZE = r"""
import ctypes, ctypes.util, sys
x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class Event(ctypes.Union):
    _fields_ = [("message", ClientMessage), ("pad", ctypes.c_long * 24)]
x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
x.XFlush.argtypes = [ctypes.c_void_p]
d = x.XOpenDisplay(sys.argv[1].encode())
e = Event()
e.message.type = 33
e.message.window = int(sys.argv[2])
e.message.message_type = x.XInternAtom(d, b"_NET_WM_STATE", 0)
e.message.format = 32
e.message.data[0] = int(sys.argv[3])
e.message.data[1] = x.XInternAtom(d, b"_NET_WM_STATE_MAXIMIZED_VERT", 0)
e.message.data[2] = x.XInternAtom(d, b"_NET_WM_STATE_MAXIMIZED_HORZ", 0)
e.message.data[3] = 1
x.XSendEvent(d, x.XDefaultRootWindow(d), 0, (1 << 19) | (1 << 20), ctypes.byref(e))
x.XFlush(d)
"""


def start(launcher, node):
    env = dict(ENV, JAVA_TOOL_OPTIONS="-Dgradflow.prefsNode=" + node)
    process = subprocess.Popen(shlex.split(launcher), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    PID[:] = [process.pid]
    main = wait_for(lambda: windows("GradFlow"), 30)
    if not main:
        process.kill()
        sys.exit("window-placement: no GradFlow window within 30 s")
    time.sleep(2)
    return process, main[0]


def quit_app(process, main):
    key(main, "ctrl+q")
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.terminate()
        process.wait()
    return process.stderr.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shots", help="folder for screenshots of each step")
    parser.add_argument("launcher")
    args = parser.parse_args()
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)
    size = screen()
    node = "org/gradflow-placement-" + uuid.uuid4().hex[:8]
    print("screen %d x %d, preferences node %s" % (size[0], size[1], node), flush=True)
    try:
        process, main_window = start(args.launcher, node)
        opened = geometry(main_window)
        shot(args.shots, "opened")
        check("opens at least %d x %d or the screen" % (MIN_WIDTH, MIN_HEIGHT), usable(opened[0], size),
              str(opened[0]))
        check("opens on the screen", on_screen(opened[0], size), str(opened[0]))
        for keys, title, name in (("F1", "What am I looking at", "help"), ("ctrl+s", "Export", "export"),
                                  ("ctrl+o", "Open scenario", "open")):
            through_dialog(main_window, keys, title, geometry(main_window), args.shots, name)

        key(main_window, "ctrl+i")
        worked = wait_for(lambda: windows("GradFlow · this iteration"))
        check("this iteration, worked opens", worked is not None)
        if worked:
            bounds, _ = geometry(worked[0])
            shot(args.shots, "worked")
            check("the worked window is on the screen, title bar too", on_screen(bounds, size), str(bounds))
            check("the worked window is sized to its content", bounds[2] > 600 and bounds[3] > 400, str(bounds))
            key(worked[0], "Escape")
            check("the worked window closes with Escape",
                  wait_for(lambda: not windows("GradFlow · this iteration"), 10) is not None)

        # A size of the user's own, smaller than the screen: what full screen, maximizing and a restart give back.
        run("xdotool", "windowsize", main_window, str(size[0] * 3 // 4), str(size[1] * 3 // 4))
        time.sleep(1.5)
        normal = geometry(main_window)
        check("takes a size of the user's own", normal[0][2] < size[0], str(normal))
        key(main_window, "F11")
        full = wait_for(lambda: "FULLSCREEN" in geometry(main_window)[1] and geometry(main_window))
        check("F11 fills the screen", bool(full) and full[0][2:] == size, str(full))
        shot(args.shots, "full-screen")
        key(main_window, "F11")
        time.sleep(1.5)
        check("leaving full screen gives back the size before", geometry(main_window) == normal,
              "%s, was %s" % (geometry(main_window), normal))

        set_maximized(main_window, True)
        maximized = wait_for(lambda: "MAXIMIZED_VERT" in geometry(main_window)[1] and geometry(main_window))
        check("maximizes", bool(maximized), str(maximized))
        if maximized:
            for keys, title, name in (("F1", "What am I looking at", "help, maximized"),
                                      ("ctrl+s", "Export", "export, maximized"),
                                      ("ctrl+l", "Open lesson", "open lesson, maximized")):
                through_dialog(main_window, keys, title, maximized, args.shots, name.replace(", ", "-").replace(" ", "-"))
            key(main_window, "F11")
            time.sleep(1.5)
            key(main_window, "Escape")
            time.sleep(1.5)
            check("leaving full screen with Escape keeps it maximized", geometry(main_window) == maximized,
                  str(geometry(main_window)))
            set_maximized(main_window, False)
            time.sleep(1.5)
            check("un-maximized, it has its own size again", geometry(main_window)[0][2:] == normal[0][2:],
                  "%s, was %s" % (geometry(main_window)[0], normal[0]))
            set_maximized(main_window, True)
            time.sleep(1.5)
        stderr = quit_app(process, main_window)
        check("no warning of an unsupported JavaFX configuration", "Unsupported JavaFX" not in stderr)
        dconf = sum(1 for line in stderr.splitlines() if "dconf" in line)
        print("     %d dconf lines on stderr" % dconf, flush=True)

        process, main_window = start(args.launcher, node)
        again = geometry(main_window)
        check("a restart opens maximized, as it was left", "MAXIMIZED_VERT" in again[1], str(again))
        set_maximized(main_window, False)
        time.sleep(1.5)
        check("un-maximized, it has the size it had before", geometry(main_window)[0][2:] == normal[0][2:],
              "%s, was %s" % (geometry(main_window)[0], normal[0]))
        quit_app(process, main_window)
    finally:
        prefs = os.path.join(os.path.expanduser("~"), ".java", ".userPrefs", *node.split("/"))
        shutil.rmtree(prefs, ignore_errors=True)
    print("%d failed" % len(failures) if failures else "all passed", flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
