package org.jingzhun.modeler;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jingzhun.system.NotFoundException;

/**
 * The three kinds of model an administrator edits, with the stable resource name each gets in a deployment (the
 * names ModelDeployer gives the release, so that a form is found under "forms/x.form" in every deployment).
 */
public enum ModelKind {

    BPMN("bpmn", ".bpmn", "bpmn/", "application/xml"),
    DMN("dmn", ".dmn", "bpmn/decisions/", "application/xml"),
    FORM("form", ".form", "forms/", "application/json");

    /** Process, decision and form ids as our models spell them; also keeps keys safe in paths and file names. */
    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private final String path;

    private final String extension;

    private final String folder;

    private final String contentType;

    ModelKind(String path, String extension, String folder, String contentType) {
        this.path = path;
        this.extension = extension;
        this.folder = folder;
        this.contentType = contentType;
    }

    /** The kind as it appears in URLs: bpmn, dmn, form. */
    public String path() {
        return path;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public String resourceName(String key) {
        return folder + key + extension;
    }

    public String fileName(String key) {
        return key + extension;
    }

    public boolean isXml() {
        return this != FORM;
    }

    /** The kind whose resource this is ("bpmn/decisions/X.dmn" is a decision, not a process). */
    static Optional<ModelKind> ofResource(String resourceName) {
        return Arrays.stream(values())
            .filter(kind -> resourceName.startsWith(kind.folder) && resourceName.endsWith(kind.extension))
            .findFirst();
    }

    static Optional<ModelKind> ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> lower.endsWith(kind.extension)).findFirst();
    }

    static ModelKind ofPath(String path) {
        return Arrays.stream(values())
            .filter(kind -> kind.path.equals(path))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("model kind " + path));
    }

    static String checkedKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new NotFoundException("model " + key);
        }
        return key;
    }

}
