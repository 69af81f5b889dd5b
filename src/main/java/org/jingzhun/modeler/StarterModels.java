package org.jingzhun.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/** The text a new model starts from: a minimal model of the kind that follows the house rules as far as it goes. */
@Component
class StarterModels {

    String source(ModelKind kind) {
        String name = "modeler/new" + kind.extension();
        try (InputStream in = StarterModels.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing starter model " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
