package com.afterdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.common.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path tmp;

    @Test
    void eachPlatformHasItsUsualPerUserFolder() {
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/AfterDesk"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/ann"))
                .isEqualTo(Path.of("/data/AfterDesk"));
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "/c/Users/ann/AppData/Roaming"), "Windows 11", "/c/u"))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/AfterDesk"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/AfterDesk"));
    }

    @Test
    void homeOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of(DataFolder.ENV_HOME, "/env/home");
        assertThat(DataFolder.resolve("/opt/shop", env, "Linux", "/home/ann")).isEqualTo(Path.of("/opt/shop"));
        assertThat(DataFolder.resolve(null, env, "Linux", "/home/ann")).isEqualTo(Path.of("/env/home"));
    }

    @Test
    void aMissingFolderIsCreated() {
        DataFolder f = DataFolder.open(tmp.resolve("a/b/c"));
        assertThat(f.root()).isDirectory();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> DataFolder.open(file))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("storage.folder.notFolder"));
        assertThatThrownBy(() -> DataFolder.open(file.resolve("inside")))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("storage.folder.notFolder"));
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void anUnwritableFolderIsRefusedWithAClearMessage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "file permissions do not bind root");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            assertThatThrownBy(() -> DataFolder.open(locked)).isInstanceOfSatisfying(UserException.class,
                    e -> assertThat(e.key()).isEqualTo("storage.folder.unwritable"));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
