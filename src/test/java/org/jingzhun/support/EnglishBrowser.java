package org.jingzhun.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc as an English browser: without a browser language the product speaks Chinese. */
public final class EnglishBrowser {

    private EnglishBrowser() {
    }

    public static MockMvc of(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .defaultRequest(get("/").header("Accept-Language", "en"))
            .build();
    }

}
