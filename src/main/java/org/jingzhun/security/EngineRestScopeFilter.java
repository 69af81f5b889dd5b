package org.jingzhun.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jingzhun.inbox.InboxService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API knows nothing of our areas, so outside administrators it is narrowed to what our own pages
 * allow: the per-task resources ({@code /engine-rest/task/{id}/…}: read, form variables, claim, complete) of a task
 * the inbox shows the user — assigned to them or offered to their groups, in their areas. A task of another area
 * answers 404 like a missing one; every other resource (lists, process instances, deployments…) answers 403.
 */
class EngineRestScopeFilter extends OncePerRequestFilter {

    static final Pattern TASK = Pattern.compile("^/engine-rest/task/([0-9a-fA-F-]{8,})(/.*)?$");

    private final InboxService inbox;

    EngineRestScopeFilter(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UserScope scope = CurrentUser.scope(authentication);
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
        if (anonymous || scope.isAdmin()) {
            // anonymous calls go on to the authorization check, which answers 401
            chain.doFilter(request, response);
            return;
        }
        Matcher task = TASK.matcher(path(request));
        if (!task.matches()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Only administrators may use this resource; use /api for lists");
            return;
        }
        if (inbox.find(task.group(1), scope).isEmpty()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "NotFound", "No such task");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static void refuse(HttpServletResponse response, int status, String type, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

}
