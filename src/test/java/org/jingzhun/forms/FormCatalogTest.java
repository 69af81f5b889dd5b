package org.jingzhun.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;

class FormCatalogTest {

    private final RepositoryService repositoryService = mock(RepositoryService.class);

    private final FormCatalog catalog = new FormCatalog(repositoryService, new FormParser());

    @Test
    void formOfADeploymentWhenAskedTwiceThenReadFromTheEngineOnce() {
        when(repositoryService.getResourceAsStream("d1", "forms/survey.form"))
                .thenReturn(getClass().getResourceAsStream("/forms/survey.form"));

        FormDefinition first = catalog.forDeployment("d1", "survey");
        FormDefinition second = catalog.forDeployment("d1", "survey");

        assertThat(first.id()).isEqualTo("survey");
        assertThat(second).isSameAs(first);
        verify(repositoryService, times(1)).getResourceAsStream("d1", "forms/survey.form");
    }

    @Test
    void formFromTheClasspathWhenItExistsThenParsed() {
        assertThat(catalog.fromClasspath("measure-plan").field("measures")).isPresent();
    }

    @Test
    void formIdWhenItCouldEscapeTheFormsFolderThenRejected() {
        assertThatThrownBy(() -> catalog.fromClasspath("../application")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.fromClasspath("nothing-here")).isInstanceOf(IllegalArgumentException.class);
    }
}
