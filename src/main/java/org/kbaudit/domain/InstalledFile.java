package org.kbaudit.domain;

import java.util.Objects;

/** A file of the hotfix as found on the server ({@code Netcfgx.dll}, {@code Wnetcfgx.dll}). */
public record InstalledFile(String name, FileVersion version, Long size, String path) {

    public InstalledFile {
        Objects.requireNonNull(name, "file name");
        Objects.requireNonNull(version, "file version");
    }

    public boolean isNamed(String fileName) {
        return name.equalsIgnoreCase(fileName);
    }
}
