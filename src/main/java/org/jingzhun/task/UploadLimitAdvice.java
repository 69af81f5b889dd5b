package org.jingzhun.task;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * A file beyond the server's upload limit fails before any controller runs (so a controller's own handler cannot
 * catch it): back to the task page with the same message as for a file over the attachment limit.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Pattern TASK_UPLOAD = Pattern.compile("/tasks/([A-Za-z0-9_-]{1,64})/attachments");

    private final AttachmentService attachments;

    private final MessageSource messages;

    UploadLimitAdvice(AttachmentService attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        Matcher upload = TASK_UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!upload.matches()) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        redirect.addFlashAttribute("attachmentError", messages.getMessage("validation.attachment.tooLarge",
                new Object[] { attachments.maxBytes() / (1024 * 1024) }, LocaleContextHolder.getLocale()));
        return "redirect:/tasks/" + upload.group(1) + "#attachments";
    }

}
