package org.jingzhun.system;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /api/openapi.json (title, description and paths in application.yaml): every operation
 * needs HTTP Basic, as {@code SecurityConfig} enforces for /api/**.
 */
@Configuration
class ApiDocsConfig {

    static final String BASIC = "basic";

    @Bean
    GlobalOpenApiCustomizer basicAuthentication() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            openApi.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
        };
    }

}
