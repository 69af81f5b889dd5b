package org.jingzhun.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ as one deployment under stable resource names ("bpmn/X.bpmn", "forms/x.form"), so that
 * `camunda:formRefBinding="deployment"` resolves and a run from the jar and one from target/classes deploy the same
 * names: an unchanged set makes no new version. Test models live elsewhere and are never picked up. Models an
 * administrator deploys on the models page go under another deployment name, so a restart compares the release with
 * the release only and keeps their versions latest until the release itself changes.
 */
@Component
public class ModelDeployer {

    public static final String DEPLOYMENT_NAME = "jingzhun-models";

    static final String[] PATTERNS = { "classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
            "classpath*:forms/**/*.form" };

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repositoryService;

    private final DeploymentRecorder recorder;

    public ModelDeployer(RepositoryService repositoryService, DeploymentRecorder recorder) {
        this.repositoryService = repositoryService;
        this.recorder = recorder;
        deploy();
    }

    private void deploy() {
        DeploymentBuilder builder = repositoryService.createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("jingzhun")
            .enableDuplicateFiltering(false);
        int count = 0;
        for (Resource resource : resources()) {
            String name = stableName(resource);
            try (InputStream in = resource.getInputStream()) {
                builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read model " + name, e);
            }
            count++;
        }
        var deployment = builder.deployWithResult();
        boolean changed = deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty();
        log.info("Models: {} resources, deployment {} ({})", count, deployment.getId(),
                changed ? "new versions" : "unchanged");
        if (changed) {
            recorder.releaseDeployed(deployment.getId());
        }
    }

    private Resource[] resources() {
        var resolver = new PathMatchingResourcePatternResolver();
        return Arrays.stream(PATTERNS).flatMap(pattern -> {
            try {
                return Arrays.stream(resolver.getResources(pattern));
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sorted(Comparator.comparing(ModelDeployer::stableName)).toArray(Resource[]::new);
    }

    static String stableName(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = Math.max(url.lastIndexOf("/bpmn/"), url.lastIndexOf("/forms/"));
            return url.substring(at + 1);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
