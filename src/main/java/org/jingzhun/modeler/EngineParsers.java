package org.jingzhun.modeler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.xml.sax.SAXParseException;

/**
 * The engine's own parsers, run without deploying: what the engine would refuse is refused here first, with the
 * element and line the engine reports. Only bytes that passed {@link SafeXml} get here.
 */
@Component
class EngineParsers {

    /** A quoted name, also inside a quoted description ("rule 'RuleImpl{id='Rule_Any', …}'"). */
    private static final Pattern QUOTED = Pattern.compile("(?<=')([A-Za-z_][\\w.-]*)(?=')");

    /** How the model API words a schema violation: "Error: URI=null Line=4: cvc-…". */
    private static final Pattern SCHEMA_LINE = Pattern.compile("\\bLine=(\\d{1,9})\\b");

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
            return List.of(ModelProblem.at(null, schemaLine(e), "modeler.problem.engine", rootMessage(e)));
        }
    }

    List<ModelProblem> parseDmn(byte[] content) {
        try {
            // inside a command: the engine's DMN transform reads its history settings from the command context
            configuration.getCommandExecutorTxRequired()
                .execute(context -> configuration.getDmnEngine()
                    .parseDecisionRequirementsGraph(new ByteArrayInputStream(content)));
            return List.of();
        }
        catch (RuntimeException e) {
            SourceLines lines = new SourceLines(new String(content, StandardCharsets.UTF_8));
            String element = namedElement(e, lines);
            int line = element != null ? lines.of(element) : schemaLine(e);
            return List.of(ModelProblem.at(element, line, "modeler.problem.engine", rootMessage(e)));
        }
    }

    /**
     * The DMN engine reports no line, but its messages quote the rule, input or table they are about ("… for rule
     * 'Rule_Any'"): the first quoted word that is an element id of the file, innermost message first.
     */
    static String namedElement(Throwable e, SourceLines lines) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(0, t);
        }
        for (Throwable t : chain) {
            Matcher quoted = QUOTED.matcher(String.valueOf(t.getMessage()));
            while (quoted.find()) {
                if (lines.of(quoted.group(1)) > 0) {
                    return quoted.group(1);
                }
            }
        }
        return null;
    }

    /** The line the XML schema validation names (the model API words it into its message), 0 when none. */
    static int schemaLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException parse) {
                return Math.max(parse.getLineNumber(), 0);
            }
            Matcher line = SCHEMA_LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return Integer.parseInt(line.group(1));
            }
        }
        return 0;
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
