package org.jingzhun.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class FormRenderingTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final FormParser parser = new FormParser();

    private final FormPages pages = new FormPages();

    @AfterEach
    void close() {
        pages.close();
    }

    static List<Path> forms() throws IOException {
        return FormParserTest.forms().toList();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyFormWhenRenderedThenEveryKeyHasALabelledInput(Path file) throws IOException {
        FormDefinition form = parser.parse(Files.readString(file));

        HtmlPage page = pages.page(FormView.of(form, Map.of()), CHINESE);

        assertThat(page.querySelectorAll(".form-unsupported")).isEmpty();
        for (String name : names(form.fields(), "")) {
            List<DomElement> inputs = page.getElementsByName(name);
            assertThat(inputs).as(name).isNotEmpty();
            for (DomElement input : inputs) {
                assertThat(page.querySelectorAll("label[for='" + input.getId() + "']"))
                        .as("label of " + name).hasSize(1);
                assertThat(page.querySelector("label[for='" + input.getId() + "']").getTextContent())
                        .as("label text of " + name).isNotBlank();
            }
        }
    }

    @Test
    void choicesWhenRenderedThenGroupedInAFieldsetWhoseLegendIsTheLabel() {
        HtmlPage page = pages.page(FormView.of(form("survey"), Map.of()), CHINESE);

        DomElement checklist = page.getElementById("f-secondaryCauses");
        assertThat(checklist.getTagName()).isEqualTo("fieldset");
        assertThat(checklist.querySelector("legend").getTextContent()).contains("其他致贫原因");
        assertThat(checklist.querySelectorAll("input[type=checkbox][name=secondaryCauses]")).hasSize(13);
        assertThat(page.getElementById("f-housingGrade").getAttribute("aria-describedby"))
                .isEqualTo("f-housingGrade-hint");
        assertThat(page.getElementById("f-incomeYear").getAttribute("type")).isEqualTo("number");
        assertThat(page.getElementById("f-incomeYear").getAttribute("step")).isEqualTo("1");
        assertThat(page.getElementById("f-wageIncome").getAttribute("step")).isEqualTo("0.01");
        assertThat(page.getElementById("f-incomeYear").getAttribute("min")).isEqualTo("2010");
        assertThat(page.getElementById("f-incomeYear").hasAttribute("required")).isTrue();
        assertThat(page.getElementById("f-surveyNotes").getTagName()).isEqualTo("textarea");
        assertThat(page.querySelector("h3").getTextContent()).isEqualTo("入户调查");
    }

    @Test
    void errorsWhenRenderedThenBesideTheirFieldAndLinkedFromTheSummary() {
        FormDefinition form = form("measure-plan");
        Map<String, Object> values = Map.of("measures", List.of(
                Map.of("path", "INDUSTRY", "content", "养殖肉牛", "startDate", "2025-07-01"),
                Map.of("path", "EMPLOYMENT", "cost", "12.345", "startDate", "2025-07-01")));
        FormResult result = new FormValidator().validate(form, values);

        HtmlPage page = pages.page(FormView.of(form, values, result.errors(), Map.of()), CHINESE);

        DomElement content = page.getElementById("f-measures-1-content");
        assertThat(content.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(content.getAttribute("aria-describedby")).isEqualTo("f-measures-1-content-error");
        DomElement error = page.getElementById("f-measures-1-content-error");
        assertThat(error.getTextContent()).contains("此项为必填项。");
        assertThat(error.getParentNode()).isSameAs(content.getParentNode());
        assertThat(page.getElementById("f-measures-1-cost-error").getTextContent())
                .contains("最多保留2位小数。");
        assertThat(page.getElementById("f-measures-1-cost").getAttribute("value")).isEqualTo("12.345");
        assertThat(page.getElementById("f-measures-0-content").hasAttribute("aria-invalid")).isFalse();
        assertThat(page.getElementById("f-measures-0-content-error")).isNull();
        assertThat(page.querySelectorAll(".form-error-summary a")).extracting(a -> ((DomElement) a)
                .getAttribute("href")).containsExactly("#f-measures-1-content", "#f-measures-1-cost");
        assertThat(page.querySelector(".form-error-summary").getTextContent()).contains("帮扶措施 第2项");
    }

    @Test
    void radioErrorWhenRenderedThenInItsFieldsetAndTheSummaryLinksTheFirstChoice() {
        FormDefinition form = form("exit-agreement");
        FormResult result = new FormValidator().validate(form, Map.of());

        HtmlPage page = pages.page(FormView.of(form, Map.of(), result.errors(), Map.of()), Locale.ENGLISH);

        DomElement decision = page.getElementById("f-decision");
        assertThat(decision.querySelector(".form-error").getTextContent()).contains("This field is required.");
        assertThat(page.getElementById("f-decision-0").getAttribute("aria-describedby"))
                .isEqualTo("f-decision-error");
        assertThat(page.<DomElement>querySelector(".form-error-summary a").getAttribute("href"))
                .isEqualTo("#f-decision-0");
        assertThat(page.querySelector(".form-error-summary h2").getTextContent())
                .isEqualTo("Please correct the following");
    }

    @Test
    void variableInATextWhenItHoldsMarkupThenEscaped() {
        String html = pages.render(FormView.of(form("measure-plan"),
                Map.of("recommendedPaths", "<script>alert('x')</script>")), CHINESE);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(html).contains("<strong>系统建议帮扶路径：</strong>");
    }

    @Test
    void submittedValuesWhenRenderedAgainThenEscapedAndShownInTheirControls() {
        FormDefinition form = form("survey");
        Map<String, Object> values = Map.of("surveyNotes", "\"><script>alert(1)</script>", "safeDrinkingWater", true,
                "housingGrade", "C", "secondaryCauses", List.of("SKILLS", "LABOUR"), "incomeYear", 2024L);

        String html = pages.render(FormView.of(form, values, List.of(), values), CHINESE);
        HtmlPage page = pages.page(FormView.of(form, values, List.of(), values), CHINESE);

        assertThat(html).doesNotContain("<script>");
        assertThat(page.getElementById("f-surveyNotes").getTextContent()).isEqualTo("\"><script>alert(1)</script>");
        assertThat(page.getElementById("f-safeDrinkingWater").hasAttribute("checked")).isTrue();
        assertThat(page.<DomElement>querySelector("#f-housingGrade option[value=C]").hasAttribute("selected")).isTrue();
        assertThat(page.querySelectorAll("input[name=secondaryCauses][checked]")).hasSize(2);
        assertThat(page.getElementById("f-incomeYear").getAttribute("value")).isEqualTo("2024");
    }

    @Test
    void addRowButtonWhenClickedWithoutJavaScriptThenTheFormComesBackWithOneMoreRow() throws IOException {
        FormDefinition form = form("measure-plan");
        HtmlPage page = pages.page(FormView.of(form, Map.of()), CHINESE);
        page.getElementByName("measures[0].content").setAttribute("value", "养殖肉牛");

        HtmlButton add = page.querySelector("button[name=_addRow]");
        assertThat(add.getAttribute("value")).isEqualTo("measures");
        assertThat(add.hasAttribute("formnovalidate")).isTrue();
        add.click();
        MultiValueMap<String, String> post = posted();
        Map<String, Object> values = RowAction.from(post).orElseThrow()
                .applyTo(form, new FormBinder().bind(form, post));
        HtmlPage again = pages.page(FormView.of(form, values, List.of(), Map.of()), CHINESE);

        assertThat(again.querySelectorAll(".form-row")).hasSize(2);
        assertThat(again.getElementById("f-measures-0-content").getAttribute("value")).isEqualTo("养殖肉牛");
        assertThat(again.querySelectorAll("button[name=_removeRow]")).extracting(b -> ((DomElement) b)
                .getAttribute("value")).containsExactly("measures[0]", "measures[1]");
    }

    @Test
    void removeRowButtonWhenClickedThenOnlyThatRowIsGone() throws IOException {
        FormDefinition form = form("measure-plan");
        Map<String, Object> values = Map.of("measures",
                List.of(Map.of("content", "一"), Map.of("content", "二"), Map.of("content", "三")));
        HtmlPage page = pages.page(FormView.of(form, values, List.of(), Map.of()), Locale.ENGLISH);

        HtmlButton remove = (HtmlButton) page.querySelectorAll("button[name=_removeRow]").get(1);
        assertThat(remove.getTextContent()).isEqualTo("Remove row 2 of 帮扶措施");
        remove.click();
        MultiValueMap<String, String> post = posted();
        Map<String, Object> after = RowAction.from(post).orElseThrow()
                .applyTo(form, new FormBinder().bind(form, post));
        HtmlPage again = pages.page(FormView.of(form, after, List.of(), Map.of()), Locale.ENGLISH);

        assertThat(again.getElementById("f-measures-0-content").getAttribute("value")).isEqualTo("一");
        assertThat(again.getElementById("f-measures-1-content").getAttribute("value")).isEqualTo("三");
        assertThat(again.getElementById("f-measures-2-content")).isNull();
    }

    private MultiValueMap<String, String> posted() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        for (NameValuePair pair : pages.connection().getLastParameters()) {
            post.add(pair.getName(), pair.getValue());
        }
        return post;
    }

    private FormDefinition form(String id) {
        return parser.parse(getClass().getResourceAsStream("/forms/" + id + ".form"));
    }

    // The HTML names of every input as first shown: a dynamic list shows its default rows.
    private static List<String> names(List<FormComponent> fields, String prefix) {
        List<String> names = new ArrayList<>();
        for (FormComponent field : fields) {
            if (field.type() == ComponentType.DYNAMICLIST) {
                for (int row = 0; row < field.defaultRepetitions(); row++) {
                    names.addAll(names(field.fields(), prefix + field.key() + "[" + row + "]."));
                }
            }
            else {
                names.add(prefix + field.key());
            }
        }
        return names;
    }
}
