package org.jingzhun.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jingzhun.demo.DemoUsers;
import org.jingzhun.support.ServerTest;
import org.jingzhun.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit, Tasklist, Admin and the Welcome page behind our login, over real HTTP (the webapps are servlets MockMvc does not reach):
 * administrators arrive signed in by our session, everybody else is refused.
 */
@ServerTest
class CamundaWebappsTest {

    static final String[] WEBAPPS = { "cockpit", "tasklist", "admin", "welcome" };

    /** What the three webapps call: their own plugin APIs and the engine API they carry. */
    static final String[] WEBAPP_APIS = { "/camunda/api/admin/auth/user/default",
            "/camunda/api/engine/engine/default/task?maxResults=1", "/camunda/api/engine/engine/default/user?maxResults=1",
            "/camunda/api/engine/engine/default/group?maxResults=1",
            "/camunda/api/engine/engine/default/process-definition?maxResults=1",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count" };

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void demoUsers() {
        testUsers.signInable(DemoUsers.CADRE, DemoUsers.COUNTY, DemoUsers.ADMIN);
    }

    @Test
    void cockpitWhenAdminThenOpensSignedInThroughOurSession() throws Exception {
        HttpClient admin = signedIn(DemoUsers.ADMIN);

        HttpResponse<String> entry = get(admin, "/camunda/app/cockpit/");
        HttpResponse<String> cockpit = get(admin, "/camunda/app/cockpit/default/");
        HttpResponse<String> user = get(admin, "/camunda/api/admin/auth/user/default");

        // Camunda's own redirect to the default engine, not our login
        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(entry.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/camunda/app/cockpit/default/"));
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("cockpit").doesNotContain("name=\"password\"");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
    }

    @Test
    void cockpitWhenCadreThenForbidden() throws Exception {
        HttpClient cadre = signedIn(DemoUsers.CADRE);

        assertThat(get(cadre, "/camunda/app/cockpit/").statusCode()).isEqualTo(403);
        assertThat(get(cadre, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(get(cadre, "/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(403);
    }

    @Test
    void tasklistAndAdminWhenAdminThenOpenSignedInThroughOurSession() throws Exception {
        HttpClient admin = signedIn(DemoUsers.ADMIN);

        for (String app : WEBAPPS) {
            HttpResponse<String> page = get(admin, "/camunda/app/" + app + "/default/");
            assertThat(page.statusCode()).as(app).isEqualTo(200);
            assertThat(page.body()).as(app).contains(app).doesNotContain("name=\"password\"");
        }
        for (String api : WEBAPP_APIS) {
            HttpResponse<String> answer = get(admin, api);
            assertThat(answer.statusCode()).as(api).isEqualTo(200);
            assertThat(answer.body()).as(api).isNotBlank();
        }
        assertThat(get(admin, "/camunda/api/admin/auth/user/default").body()).contains("tasklist", "admin");
    }

    @Test
    void everyWebappAndItsApiWhenCadreOrCountyThenForbidden() throws Exception {
        for (String user : new String[] { DemoUsers.CADRE, DemoUsers.COUNTY }) {
            HttpClient client = signedIn(user);
            for (String app : WEBAPPS) {
                assertThat(get(client, "/camunda/app/" + app + "/").statusCode()).as(user + " " + app).isEqualTo(403);
                assertThat(get(client, "/camunda/app/" + app + "/default/").statusCode()).as(user + " " + app)
                    .isEqualTo(403);
            }
            for (String api : WEBAPP_APIS) {
                assertThat(get(client, api).statusCode()).as(user + " " + api).isEqualTo(403);
            }
            HttpResponse<String> complete = send(client, request("/camunda/api/engine/engine/default/task/x/complete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
            assertThat(complete.statusCode()).as(user + " completes through the webapp API").isEqualTo(403);
        }
    }

    @Test
    void everyWebappAndItsApiWhenAnonymousThenLoginPage() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        for (String app : WEBAPPS) {
            HttpResponse<String> page = get(anonymous, "/camunda/app/" + app + "/default/");
            assertThat(page.statusCode()).as(app).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(app)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        for (String api : WEBAPP_APIS) {
            HttpResponse<String> answer = get(anonymous, api);
            assertThat(answer.statusCode()).as(api).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(api)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void forbiddenPageIsOursInTheUsersLanguage() throws Exception {
        HttpClient cadre = signedIn(DemoUsers.CADRE);

        HttpResponse<String> page = send(cadre, request("/camunda/app/tasklist/").header("Accept-Language", "zh-CN")
            .header("Accept", "text/html")
            .build());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("您无权打开此页面", ">cadre<");
    }

    @Test
    void engineRestListsAreForAdministratorsAndOtherUsersGetTheirOwnTasksOnly() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> adminTasks = send(client, request("/engine-rest/task?maxResults=1")
            .header("Authorization", basic(DemoUsers.ADMIN, TestUsers.PASSWORD))
            .build());
        assertThat(adminTasks.statusCode()).isEqualTo(200);
        assertThat(adminTasks.body()).startsWith("[");
        for (String user : new String[] { DemoUsers.CADRE, DemoUsers.COUNTY }) {
            HttpResponse<String> tasks = send(client, request("/engine-rest/task?maxResults=1")
                .header("Authorization", basic(user, TestUsers.PASSWORD))
                .build());
            assertThat(tasks.statusCode()).as(user).isEqualTo(403);
            HttpResponse<String> instances = send(client, request("/engine-rest/process-instance")
                .header("Authorization", basic(user, TestUsers.PASSWORD))
                .build());
            assertThat(instances.statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void engineRestWhenAnonymousOrOnlyASessionCookieThenUnauthorized() throws Exception {
        assertThat(get(HttpClient.newHttpClient(), "/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(get(signedIn(DemoUsers.ADMIN), "/engine-rest/task").statusCode()).isEqualTo(401);
    }

    /** A browser that signed in on our login page: session cookie, CSRF token from the form. */
    HttpClient signedIn(String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher csrf = CSRF.matcher(get(client, "/login").body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + user + "&password=" + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = send(client, request("/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return client;
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return send(client, request(path).build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
