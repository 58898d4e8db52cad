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

    @Resource(name = "blLoyaltyAdminSection")
    protected LoyaltyAdminSection section;

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!(exception instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        long limit = ((MaxUploadSizeExceededException) exception).getMaxUploadSize();
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

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
