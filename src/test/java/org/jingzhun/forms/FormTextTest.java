package org.jingzhun.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormTextTest {

    @Test
    void markdownWhenReadThenHeadingsParagraphsLineBreaksAndLists() {
        List<TextBlock> blocks = FormText.render("### 标题\n\n第一行\n第二行\n\n- 甲\n- 乙", Map.of());

        assertThat(blocks).extracting(TextBlock::kind)
                .containsExactly(TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.LIST);
        assertThat(blocks.get(0).level()).isEqualTo(3);
        assertThat(blocks.get(1).lines()).containsExactly(
                List.of(new TextSpan("第一行", false, false)), List.of(new TextSpan("第二行", false, false)));
        assertThat(blocks.get(2).lines()).hasSize(2);
    }

    @Test
    void topLevelHeadingWhenReadThenLevelTwoSoThePageKeepsItsOwnH1() {
        assertThat(FormText.render("# 标题", Map.of()).get(0).level()).isEqualTo(2);
    }

    @Test
    void strongAndEmphasisWhenReadThenStyledSpans() {
        List<TextSpan> spans = FormText.render("**建议：** 先*产业*", Map.of()).get(0).lines().get(0);

        assertThat(spans).containsExactly(new TextSpan("建议：", true, false), new TextSpan(" 先", false, false),
                new TextSpan("产业", false, true));
    }

    @Test
    void variableWhenTemplatedThenItsValueIsPlainTextEvenIfItLooksLikeMarkupOrMarkdown() {
        Map<String, Object> variables = Map.of("recommendedPaths", "<script>x</script> **bold** {{other}}",
                "other", "no");

        List<TextSpan> spans = FormText.render("**路径：** {{ recommendedPaths }}", variables).get(0).lines().get(0);

        assertThat(spans).containsExactly(new TextSpan("路径：", true, false),
                new TextSpan(" <script>x</script> **bold** {{other}}", false, false));
    }

    @Test
    void variableWhenMissingOrAListThenEmptyOrJoined() {
        assertThat(FormText.render("a{{missing}}b {{list}} {{household.head}}",
                Map.of("list", List.of("INDUSTRY", "EMPLOYMENT"), "household", Map.of("head", "张三")))
                .get(0).lines().get(0))
                .containsExactly(new TextSpan("ab INDUSTRY, EMPLOYMENT 张三", false, false));
    }
}
