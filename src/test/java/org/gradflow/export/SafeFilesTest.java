package org.gradflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.attribute.PosixFilePermission;

class SafeFilesTest {

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        SafeFiles.write(file, SafeFiles.Existing.REFUSE, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("hello");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFullDiskMidwayLeavesNeitherAPartialFileNorTheOldOneDamaged(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("figure.png"), "the old figure");
        assertThatThrownBy(() -> SafeFiles.write(file, SafeFiles.Existing.REPLACE, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class)
                .hasMessage("could not write figure.png: the disk is full; nothing was written");
        assertThat(Files.readString(file)).isEqualTo("the old figure");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void anExistingFileIsRefusedUnlessReplacingIsAsked(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "old");
        assertThatThrownBy(() -> SafeFiles.write(file, SafeFiles.Existing.REFUSE, out -> out.write(1)))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.fileExists()).isTrue())
                .hasMessageContaining("exists already");
        assertThat(Files.readString(file)).isEqualTo("old");
        SafeFiles.write(file, SafeFiles.Existing.REPLACE, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void missingAndUnwritableFoldersAreNamed(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SafeFiles.write(dir.resolve("no/such/a.png"), SafeFiles.Existing.REFUSE,
                out -> out.write(1))).hasMessageContaining("does not exist");
        Path notAFolder = Files.writeString(dir.resolve("plain"), "");
        assertThatThrownBy(() -> SafeFiles.write(notAFolder.resolve("a.png"), SafeFiles.Existing.REFUSE,
                out -> out.write(1))).hasMessageContaining("is not a folder");
        Path unwritable = Unwritable.folder(dir);
        assertThatThrownBy(() -> SafeFiles.write(unwritable.resolve("a.png"), SafeFiles.Existing.REFUSE,
                out -> out.write(1))).hasMessageContaining("no permission to write in");
        assertThatThrownBy(() -> SafeFiles.write(dir, SafeFiles.Existing.REPLACE, out -> out.write(1)))
                .hasMessageContaining("a folder of that name");
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.png");
        SafeFiles.write(file, SafeFiles.Existing.REFUSE, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(file))
                .contains(PosixFilePermission.OTHERS_READ);
    }
}
