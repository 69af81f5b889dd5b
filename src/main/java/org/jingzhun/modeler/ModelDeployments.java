package org.jingzhun.modeler;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.jingzhun.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys a model an administrator edited, uploaded or rolled back to as a new version, with the reason recorded.
 * A deployment holds the model and what the engine needs beside it, nothing else: a process comes with the latest
 * forms its user tasks reference ({@code formRefBinding="deployment"}), a form with the latest versions of the
 * processes whose tasks reference it (so new tasks get the new form, running tasks keep theirs), a decision alone
 * (business rule tasks bind to the latest decision). Other models get no new version.
 */
@Service
public class ModelDeployments {

    /** Not ModelDeployer's name: a restart compares the release with the release only and keeps these versions. */
    static final String DEPLOYMENT_NAME = "jingzhun-modeler";

    private static final Logger logger = LoggerFactory.getLogger(ModelDeployments.class);

    private final RepositoryService repositoryService;

    private final EngineModels engine;

    private final ModelValidator validator;

    private final DeploymentLog log;

    private final TransactionTemplate transaction;

    private final MessageSource messages;

    ModelDeployments(RepositoryService repositoryService, EngineModels engine, ModelValidator validator,
            DeploymentLog log, PlatformTransactionManager transactions, MessageSource messages) {
        this.messages = messages;
        this.repositoryService = repositoryService;
        this.engine = engine;
        this.validator = validator;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What was asked: a model's text from the editor or an uploaded file, and why. */
    public record Request(ModelKind kind, String key, String fileName, byte[] content, String reason,
            DeploymentSource source, String user, boolean validateOnly) {
    }

    /** Deployed as {@code version} of {@code model}; or refused with problems (nothing deployed). */
    public record Outcome(ModelRef model, int version, List<ModelProblem> problems) {

        public boolean deployed() {
            return version > 0;
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Outcome deploy(Request request) {
        List<ModelProblem> problems = new ArrayList<>();
        if (!request.validateOnly() && (request.reason() == null || request.reason().isBlank())) {
            problems.add(ModelProblem.of("modeler.problem.reasonRequired"));
        }
        else if (request.reason() != null && request.reason().length() > 900) {
            problems.add(ModelProblem.of("modeler.problem.reasonTooLong", 900));
        }
        ModelValidator.Checked checked = validator.check(request.kind(), request.fileName(), request.content(),
                blankToNull(request.key()));
        problems.addAll(checked.problems());
        ModelRef model = checked.key() == null ? null : new ModelRef(checked.kind(), checked.key());
        if (problems.isEmpty() && !request.validateOnly() && unchanged(model, request.content())) {
            problems.add(ModelProblem.of("modeler.problem.unchanged"));
        }
        if (!problems.isEmpty() || request.validateOnly()) {
            return new Outcome(model, 0, problems);
        }
        try {
            int version = transaction.execute(status -> {
                String deploymentId = deployEngine(model, request.content());
                log.record(deploymentId, request.source(), request.user(), request.reason().trim(), model);
                return engine.deployedIn(deploymentId)
                    .stream()
                    .filter(d -> d.getKey().equals(model.key())
                            && ModelKind.ofResource(d.getResourceName()).orElse(null) == model.kind())
                    .mapToInt(ResourceDefinition::getVersion)
                    .findFirst()
                    .orElseThrow();
            });
            logger.info("Model {} {} deployed as version {} by {}", model.kind(), model.key(), version,
                    request.user());
            return new Outcome(model, version, List.of());
        }
        catch (ProcessEngineException e) {
            return new Outcome(model, 0, List.of(ModelProblem.of("modeler.problem.engine", e.getMessage())));
        }
    }

    /**
     * An earlier version's content deployed again as the newest version, recorded as "rollback to vN: reason" in the
     * administrator's language (the reason itself is theirs too).
     */
    public Outcome rollback(ModelKind kind, String key, int version, String reason, String user) {
        ResourceDefinition definition = engine.definitions(kind, key)
            .stream()
            .filter(d -> d.getVersion() == version)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("model " + key + " v" + version));
        String recorded = reason == null || reason.isBlank() ? null
                : messages.getMessage("modeler.rollbackReason", new Object[] { String.valueOf(version), reason.trim() },
                        LocaleContextHolder.getLocale());
        return deploy(new Request(kind, key, null, engine.content(definition), recorded, DeploymentSource.ROLLBACK,
                user, false));
    }

    private boolean unchanged(ModelRef model, byte[] content) {
        return engine.latest(model.kind(), model.key())
            .map(latest -> Arrays.equals(engine.content(latest), content))
            .orElse(false);
    }

    private String deployEngine(ModelRef model, byte[] content) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put(model.resourceName(), content);
        switch (model.kind()) {
            case BPMN -> addForms(resources, formRefs(content), null);
            case FORM -> processesUsing(model.key()).forEach((processKey, process) -> {
                resources.put(ModelKind.BPMN.resourceName(processKey), process);
                addForms(resources, formRefs(process), model.key());
            });
            case DMN -> {
            }
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME);
        resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        return builder.deployWithResult().getId();
    }

    /** The latest version of each form, except the one being deployed (already in the resources). */
    private void addForms(Map<String, byte[]> resources, Set<String> formRefs, String except) {
        Map<String, ResourceDefinition> forms = engine.latest(ModelKind.FORM);
        for (String ref : formRefs) {
            if (ref.equals(except)) {
                continue;
            }
            Optional.ofNullable(forms.get(ref))
                .ifPresent(form -> resources.put(ModelKind.FORM.resourceName(ref), engine.content(form)));
        }
    }

    /** The latest version of every process whose user tasks reference the form, by process key. */
    private Map<String, byte[]> processesUsing(String formKey) {
        Map<String, byte[]> processes = new LinkedHashMap<>();
        engine.latest(ModelKind.BPMN).forEach((key, definition) -> {
            byte[] content = engine.content(definition);
            if (formRefs(content).contains(formKey)) {
                processes.put(key, content);
            }
        });
        return processes;
    }

    static Set<String> formRefs(byte[] bpmn) {
        Set<String> refs = new LinkedHashSet<>();
        Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn))
            .getModelElementsByType(UserTask.class)
            .forEach(task -> {
                String ref = task.getAttributeValueNs(ModelLint.CAMUNDA, "formRef");
                if (ref != null && !ref.isBlank()) {
                    refs.add(ref);
                }
            });
        return refs;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
