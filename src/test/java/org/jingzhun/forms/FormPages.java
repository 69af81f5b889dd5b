package org.jingzhun.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.htmlunit.MockWebConnection;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Renders the form fragments with the real templates and message bundles, and parses the result with HtmlUnit. */
final class FormPages implements AutoCloseable {

    static final String URL = "http://localhost/task";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>task</title></head><body>
            <div th:replace="~{forms/fragments :: errorSummary(${view})}"></div>
            <form method="post" action="http://localhost/task">
            <div th:replace="~{forms/fragments :: fields(${view})}"></div>
            <button type="submit" name="_complete" value="1">ok</button>
            </form></body></html>""";

    private final SpringTemplateEngine engine = engine();

    private final WebClient client = new WebClient();

    private final MockWebConnection connection = new MockWebConnection();

    FormPages() {
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.setWebConnection(connection);
        connection.setDefaultResponse("<html><body>posted</body></html>", 200, "OK", "text/html");
    }

    String render(FormView view, Locale locale) {
        return engine.process(PAGE, new Context(locale, Map.of("view", view)));
    }

    HtmlPage page(FormView view, Locale locale) {
        try {
            connection.setResponse(new URL(URL), render(view, locale), 200, "OK", "text/html",
                    StandardCharsets.UTF_8, List.of());
            return client.getPage(URL);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MockWebConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        client.close();
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver pages = new StringTemplateResolver();
        pages.setOrder(2);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(pages);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
