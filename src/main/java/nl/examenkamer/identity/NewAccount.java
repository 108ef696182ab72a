package nl.examenkamer.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What the board fills in to create an account. The constraints are checked wherever the request
 * comes from (page or API); their messages are keys in the message bundle.
 */
public record NewAccount(
        @NotBlank(message = "{account.username.required}")
                @Pattern(regexp = "[A-Za-z0-9._-]{3,80}", message = "{account.username.pattern}")
                String username,
        @NotBlank(message = "{account.displayName.required}") @Size(max = 200, message = "{field.tooLong}")
                String displayName,
        @Email(message = "{account.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        String providerCode) {}
