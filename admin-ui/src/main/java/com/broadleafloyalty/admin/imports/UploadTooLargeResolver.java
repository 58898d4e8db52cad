package com.broadleafloyalty.admin.imports;

import com.broadleafloyalty.admin.customer.LoyaltyAdminSection;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * An upload above the admin's limit ({@code asset.server.max.uploadable.file.size}) fails in the multipart resolver,
 * before any controller runs. Instead of Broadleaf's error page: back to the loyalty page it came from with the
 * sentence in the admin's language, or, anywhere else in the admin, a 413 with the sentence.
 */
public class UploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

    /** How much of an oversized upload is read before answering: this many times the limit. */
    static final long DRAIN_FACTOR = 4;

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!(exception instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        long limit = ((MaxUploadSizeExceededException) exception).getMaxUploadSize();
        drain(request, Math.max(limit, 1L) * DRAIN_FACTOR);
        String sentence = section.message("loyalty.import.file.tooLarge",
                Math.max(1L, Math.round(limit / 1048576d)));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/loyalty-")) {
            int end = path.indexOf('/', 1);
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("refusal", sentence);
            return new ModelAndView(new RedirectView(request.getContextPath()
                    + (end < 0 ? path : path.substring(0, end)), false));
        }
        try {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(sentence.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /**
     * Reads (and drops) the rest of the upload, up to {@code most} bytes: the size check refuses on the declared
     * length before reading the body, and a server that answers while the browser is still sending closes the
     * connection, so the browser shows "connection reset" instead of the sentence.
     */
    private static void drain(HttpServletRequest request, long most) {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            InputStream body = request.getInputStream();
            int n;
            while (read < most && (n = body.read(buffer)) > 0) {
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // nothing more to read, or the body was taken as a reader: answer all the same
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
