package org.jingzhun.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something the caller asked for does not exist — or exists outside the caller's areas, which must look the same
 * (design.md principle 5: a URL of another area leaks nothing).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }

}
