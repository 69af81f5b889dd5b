package org.jingzhun.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The first reader of every uploaded or edited XML model: a parser that refuses any DOCTYPE (so no external entity
 * and no entity expansion can reach the engine's parser or anything else) and resolves nothing outside the file.
 */
final class SafeXml {

    private static final String DOCTYPE_FEATURE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    /** The parsed document, or the problem that refused it. */
    record Result(Document document, ModelProblem problem) {

        Optional<Document> parsed() {
            return Optional.ofNullable(document);
        }
    }

    static Result parse(byte[] content) {
        try {
            return new Result(builder().parse(new ByteArrayInputStream(content)), null);
        }
        catch (SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                return new Result(null, ModelProblem.at(null, e.getLineNumber(), "modeler.problem.doctype"));
            }
            return new Result(null, ModelProblem.at(null, Math.max(e.getLineNumber(), 0), "modeler.problem.xml",
                    message));
        }
        catch (SAXException | IOException e) {
            return new Result(null, ModelProblem.of("modeler.problem.xml", String.valueOf(e.getMessage())));
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(DOCTYPE_FEATURE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            return builder;
        }
        catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser without the features that keep it safe", e);
        }
    }

    /** Fatal errors reach us as exceptions; nothing is printed to the console. */
    private static final ErrorHandler QUIET = new ErrorHandler() {

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    };

}
