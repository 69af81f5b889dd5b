package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.IntegrationTest;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI description of /api/** and Swagger UI, for signed-in users and HTTP Basic clients. */
@IntegrationTest
class ApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void demoUsers() {
        testUsers.signInable(DemoUsers.CADRE);
    }

    @Test
    void descriptionWithBasicThenTitleAndBasicSecurityScheme() throws Exception {
        JsonNode doc = description();

        assertThat(doc.at("/info/title").asText()).isEqualTo("Jingzhun API");
        assertThat(doc.at("/info/description").asText()).contains("HTTP Basic");
        assertThat(doc.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/security/0").has("basic")).isTrue();
    }

    @Test
    void descriptionListsExactlyTheApiEndpointsAndNoPage() throws Exception {
        Set<String> paths = new TreeSet<>();
        description().at("/paths").fieldNames().forEachRemaining(paths::add);

        assertThat(paths).isEqualTo(apiEndpoints()).doesNotContain("/", "/login");
    }

    @Test
    void descriptionWhenSignedInOnThePagesThenServed() throws Exception {
        mvc.perform(get("/api/openapi.json").with(user(DemoUsers.CADRE)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void descriptionWhenAnonymousClientThenBasicChallenge() throws Exception {
        mvc.perform(get("/api/openapi.json").accept(MediaType.APPLICATION_JSON))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Realm\""));
    }

    @Test
    void swaggerUiWhenAnonymousBrowserThenLoginPage() throws Exception {
        mvc.perform(get("/api/docs").accept(MediaType.TEXT_HTML))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void swaggerUiWhenSignedInThenOpensOnOurDescription() throws Exception {
        String location = mvc.perform(get("/api/docs").with(user(DemoUsers.CADRE)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        assertThat(location).startsWith("/api/swagger-ui/index.html");

        mvc.perform(get("/api/swagger-ui/index.html").with(user(DemoUsers.CADRE))).andExpect(status().isOk());
        String config = mvc.perform(get("/api/openapi.json/swagger-config").with(user(DemoUsers.CADRE)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(json.readTree(config).at("/url").asText()).isEqualTo("/api/openapi.json");
    }

    private JsonNode description() throws Exception {
        String body = mvc.perform(get("/api/openapi.json").with(httpBasic(DemoUsers.CADRE, TestUsers.PASSWORD)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString();
        return json.readTree(body);
    }

    /** Our controllers' paths under /api/, leaving out springdoc's own (the description and Swagger UI). */
    private Set<String> apiEndpoints() {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods()
            .keySet()
            .forEach(info -> info.getPatternValues()
                .stream()
                .filter(p -> p.startsWith("/api/"))
                .filter(p -> !p.startsWith("/api/openapi.json") && !p.startsWith("/api/docs")
                        && !p.startsWith("/api/swagger-ui"))
                .forEach(paths::add));
        return paths;
    }

}
