package org.jingzhun.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Model texts for the modeler tests, and the way back to the release after a test deployed a real model. */
final class ModelFixtures {

    static final String TEST_PROCESS = "ModelerTestProcess";

    private ModelFixtures() {
    }

    static String testProcess() {
        try (InputStream in = ModelFixtures.class.getResourceAsStream("/modeler/" + TEST_PROCESS + ".bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release's file of a model, as in bpmn/ and forms/. */
    static String release(ModelKind kind, String key) {
        try {
            return Files.readString(Path.of(kind.resourceName(key)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the latest version of a real model equal to the release again, so later tests' households run the
     * release (the engine is shared by the whole suite). Does nothing when it already is.
     */
    static void restoreRelease(ModelDeployments deployments, ModelKind kind, String key) {
        var outcome = deployments.deploy(new ModelDeployments.Request(kind, key, null,
                release(kind, key).getBytes(StandardCharsets.UTF_8), "restore the release after a test",
                DeploymentSource.EDITOR, "test", false));
        if (!outcome.deployed() && !outcome.problems().equals(java.util.List.of(ModelProblem.of(
                "modeler.problem.unchanged")))) {
            throw new IllegalStateException("could not restore " + key + ": " + outcome.problems());
        }
    }

}
