package vn.dangbo.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sends an upload over the size limit back to its form with a Vietnamese message. Tomcat fails
 * such a request the first time anyone reads a parameter, which is Spring Security's CSRF check,
 * before any controller or advice could answer; the result would be Tomcat's own English 413 page.
 * So this runs ahead of security: it refuses by Content-Length, and catches the failure of a
 * request that did not say its length. Our upload forms post to the address that shows them.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Ahead of Spring Security's filter chain (-100). */
    static final int ORDER = -110;
    private static final Pattern SAFE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9/_.\\-]*");

    private final long maxBytes;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFile, MessageSource messages,
                      LocaleResolver locales) {
        this.maxBytes = maxFile.toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isUpload(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            sendBack(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IllegalStateException e) {
            if (response.isCommitted() || !tooLarge(e)) {
                throw e;
            }
            sendBack(request, response);
        }
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SizeException || t instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }

    private void sendBack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SAFE_PATH.matcher(path).matches()) {
            // this runs before the firewall: never echo "//host" into a Location header
            path = "/";
        }
        FlashMap flash = new FlashMap();
        String key = path.startsWith("/documents/") || path.startsWith("/study/") ? "documents.tooLarge"
                : path.startsWith("/newsroom/") ? "newsroom.image.tooLarge" : "import.tooLarge";
        flash.put("flashError", messages.getMessage(key, null, locales.resolveLocale(request)));
        flash.setTargetRequestPath(request.getContextPath() + path);
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + path);
    }
}
