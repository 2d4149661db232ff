package vn.dangbo.accounts;

public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
