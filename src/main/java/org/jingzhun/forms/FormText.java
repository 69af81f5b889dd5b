package org.jingzhun.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The small markdown subset our text components use (headings, paragraphs, line breaks, "- " lists, **strong**,
 * *emphasis*) with {{variable}} templating. The result is a tree of plain-text spans, never HTML: variable values are
 * inserted after the markdown is read, so a value cannot format itself, and the template escapes every span.
 */
final class FormText {

    private static final Pattern VARIABLE =
            Pattern.compile("\\{\\{\\s*([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\s*}}");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern ITEM = Pattern.compile("[-*+]\\s+(.*)");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");
    // Private-use characters mark where a variable goes; they cannot collide with markdown syntax.
    private static final Pattern SLOT = Pattern.compile("\uE000(\\d+)\uE001");

    private final List<String> slots = new ArrayList<>();

    private FormText() {
    }

    static List<TextBlock> render(String template, Map<String, ?> variables) {
        return new FormText().blocks(template == null ? "" : template, variables == null ? Map.of() : variables);
    }

    private List<TextBlock> blocks(String template, Map<String, ?> variables) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder marked = new StringBuilder();
        while (variable.find()) {
            slots.add(format(lookup(variables, variable.group(1))));
            variable.appendReplacement(marked, "\uE000" + (slots.size() - 1) + "\uE001");
        }
        variable.appendTail(marked);

        List<TextBlock> blocks = new ArrayList<>();
        List<List<TextSpan>> paragraph = new ArrayList<>();
        List<List<TextSpan>> list = new ArrayList<>();
        for (String line : marked.toString().replace("\r\n", "\n").split("\n")) {
            String text = line.strip();
            Matcher heading = HEADING.matcher(text);
            Matcher item = ITEM.matcher(text);
            if (text.isEmpty() || heading.matches() || item.matches()) {
                flush(blocks, TextBlock.Kind.PARAGRAPH, paragraph);
            }
            if (!item.matches()) {
                flush(blocks, TextBlock.Kind.LIST, list);
            }
            if (heading.matches()) {
                int level = Math.max(2, Math.min(6, heading.group(1).length()));
                blocks.add(new TextBlock(TextBlock.Kind.HEADING, level, List.of(spans(heading.group(2)))));
            }
            else if (item.matches()) {
                list.add(spans(item.group(1)));
            }
            else if (!text.isEmpty()) {
                paragraph.add(spans(text));
            }
        }
        flush(blocks, TextBlock.Kind.PARAGRAPH, paragraph);
        flush(blocks, TextBlock.Kind.LIST, list);
        return blocks;
    }

    private static void flush(List<TextBlock> blocks, TextBlock.Kind kind, List<List<TextSpan>> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(kind, 0, lines));
            lines.clear();
        }
    }

    private List<TextSpan> spans(String line) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher inline = INLINE.matcher(line);
        int at = 0;
        while (inline.find()) {
            fill(spans, line.substring(at, inline.start()), false, false);
            boolean strong = inline.group(1) != null;
            fill(spans, strong ? inline.group(1) : inline.group(2), strong, !strong);
            at = inline.end();
        }
        fill(spans, line.substring(at), false, false);
        return spans;
    }

    private void fill(List<TextSpan> spans, String text, boolean strong, boolean emphasis) {
        Matcher slot = SLOT.matcher(text);
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (slot.find()) {
            int index = Integer.parseInt(slot.group(1));
            plain.append(text, at, slot.start()).append(index < slots.size() ? slots.get(index) : slot.group());
            at = slot.end();
        }
        plain.append(text.substring(at));
        if (!plain.isEmpty()) {
            spans.add(new TextSpan(plain.toString(), strong, emphasis));
        }
    }

    private static Object lookup(Map<String, ?> variables, String path) {
        Object value = variables;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    private static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FormText::format).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
