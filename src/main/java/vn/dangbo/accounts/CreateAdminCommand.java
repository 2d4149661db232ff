package vn.dangbo.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * {@code java -jar dangbo.jar create-admin USERNAME}: makes the first administrator where no demo
 * data is loaded. The password comes from DANGBO_ADMIN_PASSWORD or standard input.
 */
@Component
@Profile("command")
class CreateAdminCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AccountManagement accounts;
    private int exitCode;

    CreateAdminCommand(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (args.getSourceArgs().length == 0 || !"create-admin".equals(args.getSourceArgs()[0])) {
            return;
        }
        if (args.getSourceArgs().length != 2) {
            System.err.println("Cách dùng: java -jar dangbo.jar create-admin TÊN_ĐĂNG_NHẬP (mật khẩu từ DANGBO_ADMIN_PASSWORD hoặc nhập vào)");
            exitCode = 2;
            return;
        }
        String username = args.getSourceArgs()[1];
        String password = System.getenv("DANGBO_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            password = readPassword();
        }
        try {
            accounts.create(username, password == null ? "" : password, "Quản trị hệ thống", Role.ADMIN, null, null);
            System.out.println("Đã tạo tài khoản quản trị \"" + username + "\".");
        } catch (AccountException e) {
            System.err.println(e.getMessage());
            exitCode = 1;
        }
    }

    private static String readPassword() throws java.io.IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Mật khẩu: ");
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line.strip();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
