package vn.dangbo.members.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.members.ImportStatus;
import vn.dangbo.members.MemberException;
import vn.dangbo.members.MemberExport;
import vn.dangbo.members.MemberImport;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/** Import from and export to xlsx. The import page shows a job's progress and then its outcome. */
@Controller
class MemberImportController {

    private final MemberImport imports;
    private final MemberExport export;
    private final MessageSource messages;

    private final DataSize maxUpload;
    /** A small file is checked and saved within this; a large one continues while the page polls. */
    private final Duration waitInRequest;

    MemberImportController(MemberImport imports, MemberExport export, MessageSource messages,
                           @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxUpload,
                           @Value("${dangbo.import.wait-in-request:3s}") Duration waitInRequest) {
        this.imports = imports;
        this.export = export;
        this.messages = messages;
        this.maxUpload = maxUpload;
        this.waitInRequest = waitInRequest;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxRows", MemberImport.MAX_ROWS);
        model.addAttribute("maxBytes", maxUpload.toBytes());
    }

    /** What the page's script reads while it polls. */
    record Progress(String state, int done, int total, boolean finished, String text) {
    }

    @GetMapping("/members/import")
    String initImportForm(Authentication authentication) {
        requireManager(authentication);
        return "members/import";
    }

    @GetMapping("/members/import/template.xlsx")
    void downloadTemplate(Authentication authentication, HttpServletResponse response) throws IOException {
        imports.template(Viewer.of(authentication)).send(response);
    }

    @PostMapping("/members/import")
    String processImport(@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication, Model model) {
        Viewer viewer = requireManager(authentication);
        if (file == null || file.isEmpty()) {
            model.addAttribute("flashError", messages.getMessage("import.noFile", null, LocaleContextHolder.getLocale()));
            return "members/import";
        }
        String id;
        // the browser's file name is never used: not as a path, not even in a message
        try (InputStream upload = file.getInputStream()) {
            id = imports.start(upload, viewer);
        } catch (MemberException e) {
            model.addAttribute("flashError", e.getMessage());
            return "members/import";
        } catch (IOException e) {
            model.addAttribute("flashError", messages.getMessage("import.uploadFailed", null, LocaleContextHolder.getLocale()));
            return "members/import";
        }
        imports.awaitFinish(id, viewer, waitInRequest);
        return "redirect:/members/import/" + id;
    }

    @GetMapping("/members/import/{jobId}")
    String showImport(@PathVariable String jobId, Authentication authentication, Model model, HttpServletResponse response) {
        Viewer viewer = requireManager(authentication);
        Optional<ImportStatus> status = imports.status(jobId, viewer);
        if (status.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("flashError", messages.getMessage("import.unknownJob", null, LocaleContextHolder.getLocale()));
            return "members/import";
        }
        model.addAttribute("job", status.get());
        model.addAttribute("progress", progress(status.get()));
        return "members/import";
    }

    @GetMapping(value = "/members/import/{jobId}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Progress showProgress(@PathVariable String jobId, Authentication authentication, HttpServletResponse response) {
        Viewer viewer = requireManager(authentication);
        Optional<ImportStatus> status = imports.status(jobId, viewer);
        if (status.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return new Progress("UNKNOWN", 0, 0, true, messages.getMessage("import.unknownJob", null, LocaleContextHolder.getLocale()));
        }
        return progress(status.get());
    }

    /** The filters of {@code /members}, so the file holds exactly the list on screen. */
    @GetMapping("/members/export.xlsx")
    void exportMembers(@ModelAttribute MemberFilters selected, Authentication authentication, HttpServletResponse response)
            throws IOException {
        export.export(selected.toQuery(), Viewer.of(authentication)).send(response);
    }

    private Progress progress(ImportStatus status) {
        String key = "import.progress." + status.state() + (status.state() == ImportStatus.State.CHECKING_ROWS && status.total() == 0 ? ".open" : "");
        String text = messages.getMessage(key, new Object[]{status.done(), status.total()}, LocaleContextHolder.getLocale());
        return new Progress(status.state().name(), status.done(), status.total(), status.finished(), text);
    }

    private static Viewer requireManager(Authentication authentication) {
        return MemberController.requireManager(authentication);
    }
}
