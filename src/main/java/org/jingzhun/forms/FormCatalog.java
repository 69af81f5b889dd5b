package org.jingzhun.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * Finds a task's form. With {@code camunda:formRefBinding="deployment"} the form is the one deployed together with
 * the process, under the stable name "forms/&lt;id&gt;.form" that ModelDeployer gives it. A deployment never changes,
 * so its parsed forms are cached for good.
 */
@Component
public class FormCatalog {

    private final RepositoryService repositoryService;

    private final FormParser parser;

    private final Map<String, FormDefinition> cache = new ConcurrentHashMap<>();

    public FormCatalog(RepositoryService repositoryService, FormParser parser) {
        this.repositoryService = repositoryService;
        this.parser = parser;
    }

    public FormDefinition forDeployment(String deploymentId, String formId) {
        String name = resourceName(formId);
        return cache.computeIfAbsent(deploymentId + "/" + name,
                k -> read(name, deploymentResource(deploymentId, name)));
    }

    /** The form as built into the application, for tests and previews. */
    public FormDefinition fromClasspath(String formId) {
        String name = resourceName(formId);
        return read(name, FormCatalog.class.getClassLoader().getResourceAsStream(name));
    }

    InputStream deploymentResource(String deploymentId, String resourceName) {
        return repositoryService.getResourceAsStream(deploymentId, resourceName);
    }

    private FormDefinition read(String name, InputStream resource) {
        if (resource == null) {
            throw new IllegalArgumentException("No such form: " + name);
        }
        try (InputStream in = resource) {
            return parser.parse(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceName(String formId) {
        if (formId == null || !formId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Not a form id: " + formId);
        }
        return "forms/" + formId + ".form";
    }
}
