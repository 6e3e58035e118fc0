package org.gradflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a user's machine differs from the build's, one line says what is missing. */
class WindowLauncherTest {

    @Test
    void noDisplayAndWaylandOnlyAreToldApart() {
        assertThat(WindowLauncher.missingDisplay("Linux", null, null, null))
                .isEqualTo("there is no display (DISPLAY is not set)");
        assertThat(WindowLauncher.missingDisplay("Linux", null, "wayland-0", null))
                .startsWith("this desktop offers Wayland only").contains("XWayland");
        assertThat(WindowLauncher.missingDisplay("Linux", ":0", "wayland-0", null)).isNull();
        assertThat(WindowLauncher.missingDisplay("Linux", null, null, "Monocle")).isNull();
        assertThat(WindowLauncher.missingDisplay("Mac OS X", null, null, null)).isNull();
    }

    @Test
    void aMissingGtkOrFontIsNamedWithWhatToInstall() {
        assertThat(WindowLauncher.explain(new RuntimeException(new UnsatisfiedLinkError(
                "Unable to load glass GTK library."))))
                .startsWith("GTK 3, which the window draws with, is missing").endsWith("sudo apt install libgtk-3-0")
                .doesNotContain("\n");
        assertThat(WindowLauncher.explain(new IllegalStateException("No fonts found"))).contains("fonts-dejavu-core");
        assertThat(WindowLauncher.explain(new IllegalStateException("something else\nat line 2")))
                .isEqualTo("something else");
    }
}
