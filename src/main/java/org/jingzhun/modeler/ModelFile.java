package org.jingzhun.modeler;

/** A version's file as deployed, for download and for the editor. */
public record ModelFile(String fileName, String contentType, byte[] content) {
}
