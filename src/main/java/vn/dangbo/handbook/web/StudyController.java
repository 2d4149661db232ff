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
import vn.dangbo.handbook.HandbookException;
import vn.dangbo.handbook.StudyBook;
import vn.dangbo.handbook.StudyCampaignForm;
import vn.dangbo.handbook.StudyCampaignNotFound;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Study campaigns: members of the assigned cells read them and mark them studied with a reflection;
 * the cell secretary follows their cell; the committee sets campaigns and follows every cell.
 */
@Controller
class StudyController {

    private final StudyBook book;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    StudyController(StudyBook book, OrganizationDirectory organization, MessageSource messages) {
        this.book = book;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/study")
    String listCampaigns(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("campaigns", book.list(viewer));
        model.addAttribute("today", book.today());
        model.addAttribute("mayManage", StudyBook.mayManage(viewer));
        return "handbook/study-list";
    }

    @GetMapping("/study/{id}")
    String showCampaign(@PathVariable long id, @RequestParam(required = false) @Nullable Long cellId,
                        Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("campaign", book.campaign(viewer, id));
        model.addAttribute("today", book.today());
        model.addAttribute("mustStudy", book.mustStudy(viewer, id));
        model.addAttribute("mine", book.own(viewer, id).orElse(null));
        model.addAttribute("maxReflection", 20_000);
        boolean follows = viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null);
        if (follows) {
            model.addAttribute("progress", book.progress(viewer, id, viewer.seesAllCells() ? cellId : null));
            model.addAttribute("reflections", book.reflections(viewer, id));
        }
        model.addAttribute("cellId", viewer.seesAllCells() ? cellId : null);
        model.addAttribute("mayManage", StudyBook.mayManage(viewer));
        return "handbook/study";
    }

    @GetMapping("/study/new")
    String initCreationForm(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(StudyBook.mayManage(viewer));
        return form(model, viewer, null, new StudyCampaignForm("", "", List.of(), true, List.of(), book.today().plusDays(30)));
    }

    @PostMapping("/study")
    String processCreationForm(@RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String description,
                               @RequestParam(name = "documentIds", required = false) @Nullable List<String> documentIds,
                               @RequestParam(required = false) @Nullable String scope,
                               @RequestParam(name = "cellIds", required = false) @Nullable List<String> cellIds,
                               @RequestParam(required = false) @Nullable String deadline,
                               Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        StudyCampaignForm form = form(title, description, documentIds, scope, cellIds, deadline);
        long id;
        try {
            id = book.open(viewer, form);
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            return form(model, viewer, null, form);
        }
        redirect.addFlashAttribute("flash", message("study.saved"));
        return "redirect:/study/" + id;
    }

    @GetMapping("/study/{id}/edit")
    String initUpdateForm(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(StudyBook.mayManage(viewer));
        return form(model, viewer, id, StudyCampaignForm.of(book.campaign(viewer, id)));
    }

    @PostMapping("/study/{id}")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) @Nullable String title,
                             @RequestParam(required = false) @Nullable String description,
                             @RequestParam(name = "documentIds", required = false) @Nullable List<String> documentIds,
                             @RequestParam(required = false) @Nullable String scope,
                             @RequestParam(name = "cellIds", required = false) @Nullable List<String> cellIds,
                             @RequestParam(required = false) @Nullable String deadline,
                             Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        StudyCampaignForm form = form(title, description, documentIds, scope, cellIds, deadline);
        try {
            book.revise(viewer, id, form);
        } catch (HandbookException e) {
            if (e instanceof StudyCampaignNotFound) {
                throw e;
            }
            model.addAttribute("flashError", e.getMessage());
            return form(model, viewer, id, form);
        }
        redirect.addFlashAttribute("flash", message("study.saved"));
        return "redirect:/study/" + id;
    }

    @PostMapping("/study/{id}/studied")
    String processStudied(@PathVariable long id, @RequestParam(required = false) @Nullable String reflection,
                          @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                          Authentication authentication, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        try {
            boolean given = file != null && !file.isEmpty();
            book.markStudied(viewer, id, reflection, given ? file.getOriginalFilename() : null, given ? file.getBytes() : null);
            redirect.addFlashAttribute("flash", message("study.marked"));
        } catch (HandbookException e) {
            if (e instanceof StudyCampaignNotFound) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
            // what was typed comes back to the form, so a refused file does not cost the text
            redirect.addFlashAttribute("reflectionDraft", reflection == null || reflection.length() > 25_000 ? "" : reflection);
        } catch (IOException e) {
            redirect.addFlashAttribute("flashError", message("import.uploadFailed"));
        }
        return "redirect:/study/" + id;
    }

    /** Where the upload limit filter sends an oversized upload back: on to the campaign, with its message. */
    @GetMapping("/study/{id}/studied")
    String returnToCampaign(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null && flash.get("flashError") instanceof String error) {
            redirect.addFlashAttribute("flashError", error);
        }
        return "redirect:/study/" + id;
    }

    @GetMapping("/study/{id}/reflections/{memberId}/file")
    ResponseEntity<Resource> downloadReflection(@PathVariable long id, @PathVariable long memberId, Authentication authentication) {
        StudyBook.ReflectionFile file = book.reflectionFile(Viewer.of(authentication), id, memberId);
        if (!Files.isRegularFile(file.path())) {
            throw StudyCampaignNotFound.forId(id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(new FileSystemResource(file.path()));
    }

    private String form(Model model, Viewer viewer, @Nullable Long id, StudyCampaignForm form) {
        model.addAttribute("campaignId", id);
        model.addAttribute("form", form);
        model.addAttribute("documents", book.choosableDocuments(viewer));
        model.addAttribute("cells", organization.activeCells());
        return "handbook/study-form";
    }

    private static StudyCampaignForm form(@Nullable String title, @Nullable String description, @Nullable List<String> documentIds,
                                          @Nullable String scope, @Nullable List<String> cellIds, @Nullable String deadline) {
        LocalDate date = null;
        if (deadline != null && !deadline.isBlank()) {
            try {
                date = LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                // stays empty: the book says the deadline is missing
            }
        }
        return new StudyCampaignForm(title, description, ids(documentIds), !"CELLS".equals(scope), ids(cellIds), date);
    }

    /** Ids from checkboxes; anything that is not a number is dropped (a forged value chooses nothing). */
    private static List<Long> ids(@Nullable List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String v : values.subList(0, Math.min(values.size(), 200))) {
                try {
                    ids.add(Long.parseLong(v.strip()));
                } catch (NumberFormatException e) {
                    // not a choice the form offers
                }
            }
        }
        return ids;
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
