package org.jingzhun.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jingzhun.system.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail in its recipient's language when the event happens: subject from the messages, plain text and HTML
 * from {@code templates/mail/}. A template engine of its own, so the pages' view resolution never meets a mail
 * template; it reads the same messages bundles.
 */
@Component
public class MailRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final MessageSource messages;

    private final Formats formats;

    private final MailLinks links;

    MailRenderer(MessageSource messages, Formats formats, MailLinks links) {
        this.messages = messages;
        this.formats = formats;
        this.links = links;
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "mail/*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "mail/*.html", 2));
    }

    /** Subject arguments depend on the language (a step's name), so they are asked for with the reader's texts. */
    public OutgoingMail render(MailKind kind, String dedupKey, Recipient to, Map<String, ?> model,
            Function<MailTexts, Object[]> subjectArgs) {
        MailTexts texts = texts(to);
        Context context = new Context(to.locale());
        model.forEach(context::setVariable);
        context.setVariable("recipient", to);
        context.setVariable("links", links);
        context.setVariable("texts", texts);
        String subject = messages.getMessage(kind.subjectKey(), subjectArgs.apply(texts), to.locale());
        String text = engine.process(kind.template() + ".txt", context);
        String html = engine.process(kind.template() + ".html", context);
        return new OutgoingMail(dedupKey, kind.name(), to.userId(), to.address(), to.locale(), subject, text, html);
    }

    public MailTexts texts(Recipient to) {
        return new MailTexts(messages, formats, to.locale());
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

}
