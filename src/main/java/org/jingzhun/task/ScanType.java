package org.jingzhun.task;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types a scan may have, recognised by their first bytes: a name or a browser's content type can be anything,
 * so an executable renamed "scan.pdf" is still refused.
 */
enum ScanType {

    PDF("application/pdf", List.of("pdf"), new byte[] { '%', 'P', 'D', 'F', '-' }),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", List.of("png"),
            new byte[] { (byte) 0x89, 'P', 'N', 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A });

    private final String contentType;

    private final List<String> extensions;

    private final byte[] magic;

    ScanType(String contentType, List<String> extensions, byte[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    String contentType() {
        return contentType;
    }

    /** The type the content really has, if it is one of ours. */
    static Optional<ScanType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.starts(content)).findFirst();
    }

    boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean starts(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

}
