package org.jingzhun.modeler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Everything a model must pass before it is deployed, cheapest and safest first: the file's kind and size, a
 * hardened XML (or JSON) parse before anything else reads the bytes, the engine's own parser, then our house rules.
 * The first stage that fails ends the check: later stages never see bytes an earlier one refused.
 */
@Component
public class ModelValidator {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final EngineParsers parsers;

    private final EngineModels engine;

    private final ApplicationContext context;

    private final ObjectMapper json = new ObjectMapper();

    private final DataSize maxSize;

    ModelValidator(EngineParsers parsers, EngineModels engine, ApplicationContext context,
            @Value("${jingzhun.modeler.max-model-size:1MB}") DataSize maxSize) {
        this.parsers = parsers;
        this.engine = engine;
        this.context = context;
        this.maxSize = maxSize;
    }

    /** The outcome: the model's kind and key (null when unknown) and every problem found. */
    public record Checked(ModelKind kind, String key, List<ModelProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * @param kind the kind the caller expects; null to take it from the file name
     * @param fileName the uploaded file's name; null for the editor
     * @param expectedKey the model being edited; null for an upload or a new model
     */
    public Checked check(ModelKind kind, String fileName, byte[] content, String expectedKey) {
        ModelKind byName = fileName == null ? kind : ModelKind.ofFileName(fileName).orElse(null);
        if (byName == null || kind != null && byName != kind) {
            return refused(kind, ModelProblem.of("modeler.problem.extension"));
        }
        kind = byName;
        if (content == null || content.length == 0) {
            return refused(kind, ModelProblem.of("modeler.problem.empty"));
        }
        if (content.length > maxSize.toBytes()) {
            return refused(kind, ModelProblem.of("modeler.problem.tooLarge", kilobytes(content.length),
                    kilobytes(maxSize.toBytes())));
        }
        return kind.isXml() ? checkXml(kind, content, expectedKey) : checkForm(content, expectedKey);
    }

    private Checked checkXml(ModelKind kind, byte[] content, String expectedKey) {
        SafeXml.Result xml = SafeXml.parse(content);
        if (xml.problem() != null) {
            return refused(kind, xml.problem());
        }
        Element root = xml.document().getDocumentElement();
        boolean bpmn = BPMN_NS.equals(root.getNamespaceURI());
        boolean dmn = String.valueOf(root.getNamespaceURI()).matches("https?://www\\.omg\\.org/spec/DMN/.*");
        if (!"definitions".equals(root.getLocalName()) || kind == ModelKind.BPMN && !bpmn
                || kind == ModelKind.DMN && !dmn) {
            return refused(kind, ModelProblem.of("modeler.problem.wrongContent", kind.extension()));
        }
        String key = kind == ModelKind.BPMN ? firstId(xml.document(), BPMN_NS, "process")
                : firstId(xml.document(), root.getNamespaceURI(), "decision");
        if (key == null || !ModelKind.KEY.matcher(key).matches()) {
            return refused(kind, ModelProblem.of("modeler.problem.noKey"));
        }
        List<ModelProblem> engineProblems = kind == ModelKind.BPMN
                ? parsers.parseBpmn(content, kind.resourceName(key)) : parsers.parseDmn(content);
        if (!engineProblems.isEmpty()) {
            return new Checked(kind, key, engineProblems);
        }
        List<ModelProblem> lint = kind == ModelKind.BPMN
                ? new ModelLint(engine.latest(ModelKind.FORM).keySet(), context::containsBean).lintBpmn(content,
                        expectedKey)
                : DecisionLint.lint(content, expectedKey);
        return new Checked(kind, key, lint);
    }

    private Checked checkForm(byte[] content, String expectedKey) {
        String source = new String(content, StandardCharsets.UTF_8);
        JsonNode form;
        try {
            form = json.readTree(source);
        }
        catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return refused(ModelKind.FORM, ModelProblem.at(null, Math.max(line, 0), "modeler.problem.json",
                    e.getOriginalMessage()));
        }
        if (form == null || !form.isObject()) {
            return refused(ModelKind.FORM, ModelProblem.of("modeler.problem.wrongContent", ".form"));
        }
        String key = form.path("id").asText(null);
        return new Checked(ModelKind.FORM, key, FormLint.lint(form, source, expectedKey));
    }

    private static String firstId(Document document, String namespace, String localName) {
        NodeList elements = document.getElementsByTagNameNS(namespace, localName);
        if (elements.getLength() == 0) {
            return null;
        }
        String id = ((Element) elements.item(0)).getAttribute("id");
        return id.isBlank() ? null : id;
    }

    private static Checked refused(ModelKind kind, ModelProblem problem) {
        return new Checked(kind, null, List.of(problem));
    }

    private static String kilobytes(long bytes) {
        return String.valueOf((bytes + 1023) / 1024);
    }

    static Set<String> kinds() {
        return Set.of(".bpmn", ".dmn", ".form");
    }

}
