package vn.dangbo.handbook.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.dangbo.handbook.DocumentForm;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.handbook.DocumentQuery;
import vn.dangbo.handbook.DocumentType;
import vn.dangbo.handbook.DocumentVisibility;
import vn.dangbo.handbook.HandbookException;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The document library: everyone searches and reads what they may; the committee adds, edits and attaches files. */
@Controller
class DocumentController {

    private final DocumentLibrary library;
    private final MessageSource messages;

    DocumentController(DocumentLibrary library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String listDocuments(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String type,
                         @RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String issuer,
                         @RequestParam(defaultValue = "0") String page, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        DocumentType chosenType = parse(DocumentType.class, type);
        Integer chosenYear = number(year);
        String chosenIssuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        String text = q == null ? "" : q.strip();
        Integer pageNumber = number(page);
        try {
            model.addAttribute("hits", library.search(viewer, new DocumentQuery(text, chosenType, chosenYear, chosenIssuer),
                    pageNumber == null ? 0 : pageNumber));
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            text = "";
            model.addAttribute("hits", library.search(viewer, new DocumentQuery(null, chosenType, chosenYear, chosenIssuer), 0));
        }
        model.addAttribute("q", text);
        model.addAttribute("type", chosenType);
        model.addAttribute("year", chosenYear);
        model.addAttribute("issuer", chosenIssuer);
        model.addAttribute("types", DocumentType.values());
        DocumentLibrary.Filters filters = library.filters(viewer);
        model.addAttribute("years", filters.years());
        model.addAttribute("issuers", filters.issuers());
        model.addAttribute("mayEdit", DocumentLibrary.mayEdit(viewer));
        return "handbook/documents";
    }

    @GetMapping("/documents/{id}")
    String showDocument(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("document", library.document(viewer, id));
        model.addAttribute("mayEdit", DocumentLibrary.mayEdit(viewer));
        return "handbook/document";
    }

    @GetMapping("/documents/new")
    String initCreationForm(Authentication authentication, Model model) {
        Viewer.of(authentication).require(DocumentLibrary.mayEdit(Viewer.of(authentication)));
        return form(model, null, new DocumentForm(null, "", "", null, "", "", "", DocumentVisibility.ALL_MEMBERS));
    }

    @PostMapping("/documents")
    String processCreationForm(@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String number,
                               @RequestParam(required = false) @Nullable String issuer, @RequestParam(required = false) @Nullable String issuedOn,
                               @RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String summary,
                               @RequestParam(required = false) @Nullable String fullText, @RequestParam(required = false) @Nullable String visibility,
                               Authentication authentication, Model model, RedirectAttributes redirect) {
        DocumentForm form = form(type, number, issuer, issuedOn, title, summary, fullText, visibility);
        long id;
        try {
            id = library.add(Viewer.of(authentication), form);
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            return form(model, null, form);
        }
        redirect.addFlashAttribute("flash", message("documents.saved"));
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}/edit")
    String initUpdateForm(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(DocumentLibrary.mayEdit(viewer));
        return form(model, id, DocumentForm.of(library.document(viewer, id)));
    }

    @PostMapping("/documents/{id}")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) @Nullable String type,
                             @RequestParam(required = false) @Nullable String number, @RequestParam(required = false) @Nullable String issuer,
                             @RequestParam(required = false) @Nullable String issuedOn, @RequestParam(required = false) @Nullable String title,
                             @RequestParam(required = false) @Nullable String summary, @RequestParam(required = false) @Nullable String fullText,
                             @RequestParam(required = false) @Nullable String visibility,
                             Authentication authentication, Model model, RedirectAttributes redirect) {
        DocumentForm form = form(type, number, issuer, issuedOn, title, summary, fullText, visibility);
        try {
            library.edit(Viewer.of(authentication), id, form);
        } catch (HandbookException e) {
            if (e instanceof vn.dangbo.handbook.DocumentNotFound) {
                throw e;
            }
            model.addAttribute("flashError", e.getMessage());
            return form(model, id, form);
        }
        redirect.addFlashAttribute("flash", message("documents.saved"));
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/attachments")
    String processAttachment(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                             Authentication authentication, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        try {
            byte[] content = file == null ? null : file.getBytes();
            library.attach(viewer, id, file == null ? null : file.getOriginalFilename(), content);
            redirect.addFlashAttribute("flash", message("documents.attached"));
        } catch (HandbookException e) {
            if (e instanceof vn.dangbo.handbook.DocumentNotFound) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        } catch (IOException e) {
            redirect.addFlashAttribute("flashError", message("import.uploadFailed"));
        }
        return "redirect:/documents/" + id;
    }

    /** Where the upload limit filter sends an oversized upload back: on to the document, with its message. */
    @GetMapping("/documents/{id}/attachments")
    String returnToDocument(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null && flash.get("flashError") instanceof String error) {
            redirect.addFlashAttribute("flashError", error);
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> downloadAttachment(@PathVariable long id, @PathVariable long attachmentId, Authentication authentication) {
        DocumentLibrary.AttachmentFile file = library.attachment(Viewer.of(authentication), id, attachmentId);
        if (!Files.isRegularFile(file.path())) {
            throw vn.dangbo.handbook.DocumentNotFound.forId(id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(file.path()));
    }

    private String form(Model model, @Nullable Long id, DocumentForm form) {
        model.addAttribute("documentId", id);
        model.addAttribute("form", form);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("visibilities", DocumentVisibility.values());
        return "handbook/document-form";
    }

    private static DocumentForm form(@Nullable String type, @Nullable String number, @Nullable String issuer, @Nullable String issuedOn,
                                     @Nullable String title, @Nullable String summary, @Nullable String fullText, @Nullable String visibility) {
        LocalDate date = null;
        if (issuedOn != null && !issuedOn.isBlank()) {
            try {
                date = LocalDate.parse(issuedOn.strip());
            } catch (DateTimeParseException e) {
                // stays empty: the library says the date is missing
            }
        }
        return new DocumentForm(parse(DocumentType.class, type), number, issuer, date, title, summary, fullText,
                parse(DocumentVisibility.class, visibility));
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> kind, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer number(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > 6) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
