package org.jingzhun.system;

/**
 * Something the caller asked for does not exist — or exists outside the caller's areas, which must look the same
 * (design.md principle 5: a URL of another area leaks nothing).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }

}
