package nl.examenkamer.identity;

import java.util.List;
import java.util.Set;

/**
 * What an account may do. The names are the Jakarta Security group and role names used in
 * {@code web.xml}, {@code @RolesAllowed} and the navigation.
 */
public enum Role {
    CANDIDATE("/candidate/index.xhtml"),
    EXAMINER("/examiner/index.xhtml"),
    PROVIDER("/provider/index.xhtml"),
    BOARD("/board/index.xhtml");

    private final String homePage;

    Role(String homePage) {
        this.homePage = homePage;
    }

    /** The role whose home page a user with several roles lands on: the widest view first. */
    public static Role primary(Set<Role> roles) {
        for (Role role : List.of(BOARD, EXAMINER, PROVIDER, CANDIDATE)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        throw new IllegalArgumentException("No roles");
    }

    /** The page a user with this role lands on after logging in. */
    public String homePage() {
        return homePage;
    }

    public static final String CANDIDATE_NAME = "CANDIDATE";
    public static final String EXAMINER_NAME = "EXAMINER";
    public static final String PROVIDER_NAME = "PROVIDER";
    public static final String BOARD_NAME = "BOARD";
}
