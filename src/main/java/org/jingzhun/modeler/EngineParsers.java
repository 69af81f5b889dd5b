package org.jingzhun.modeler;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.BpmnParseFactory;
import org.camunda.bpm.engine.impl.cfg.DefaultBpmnParseFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's own parsers, run without deploying: what the engine would refuse is refused here first, with the
 * element and line the engine reports. Only bytes that passed {@link SafeXml} get here.
 */
@Component
class EngineParsers {

    private final ProcessEngineConfigurationImpl configuration;

    EngineParsers(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    List<ModelProblem> parseBpmn(byte[] content, String resourceName) {
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("validation");
                return bpmnParser().createParse()
                    .deployment(deployment)
                    .sourceInputStream(new ByteArrayInputStream(content))
                    .name(resourceName)
                    .execute();
            });
            return List.of();
        }
        catch (ParseException e) {
            List<ModelProblem> problems = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    problems.add(ModelProblem.at(problem.getMainElementId(), Math.max(problem.getLine(), 0),
                            "modeler.problem.engine", problem.getMessage()));
                }
            }
            return problems.isEmpty() ? List.of(ModelProblem.of("modeler.problem.engine", e.getMessage()))
                    : problems;
        }
        catch (RuntimeException e) {
            return List.of(ModelProblem.of("modeler.problem.engine", rootMessage(e)));
        }
    }

    List<ModelProblem> parseDmn(byte[] content) {
        try {
            configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
            return List.of();
        }
        catch (RuntimeException e) {
            return List.of(ModelProblem.of("modeler.problem.engine", rootMessage(e)));
        }
    }

    private BpmnParser bpmnParser() {
        if (configuration.getDeployers() != null) {
            for (var deployer : configuration.getDeployers()) {
                if (deployer instanceof BpmnDeployer bpmn && bpmn.getBpmnParser() != null) {
                    return bpmn.getBpmnParser();
                }
            }
        }
        BpmnParseFactory factory = configuration.getBpmnParseFactory() != null ? configuration.getBpmnParseFactory()
                : new DefaultBpmnParseFactory();
        return new BpmnParser(configuration.getExpressionManager(), factory);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage() != null ? root.getMessage() : e.getMessage());
    }

}
