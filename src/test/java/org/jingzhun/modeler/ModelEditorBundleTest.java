package org.jingzhun.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jingzhun.task.WebUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jingzhun.support.IntegrationTest;
import org.jingzhun.workflow.AreaGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Maven build bundled the model editors (src/main/frontend) into the jar, where the edit page loads them. */
@IntegrationTest
class ModelEditorBundleTest {

    @Autowired
    MockMvc mvc;

    @Test
    void buildServesTheEditorLoaderEachEditorAndOneStylesheet() throws Exception {
        assertThat(body("/vendor/model-editor.js")).contains("jingzhunEditor", "model-editor-");
        // the three editors are large (bpmn-js, dmn-js, form-js with their dependencies) but minified
        assertThat(body("/vendor/model-editor-bpmn.js").length()).isBetween(500_000, 4_000_000);
        assertThat(body("/vendor/model-editor-dmn.js").length()).isBetween(300_000, 4_000_000);
        assertThat(body("/vendor/model-editor-form.js").length()).isBetween(300_000, 4_000_000);
        assertThat(body("/vendor/model-editor.css")).contains(".djs-container", ".bio-properties-panel", ".tjs-container",
                ".fjs-editor-container", ".model-editor-error");
    }

    @Test
    void editorBundlesNeedSigningIn() throws Exception {
        mvc.perform(get("/vendor/model-editor.js")).andExpect(status().is3xxRedirection());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(as("admin", AreaGroups.ADMINS)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

}
