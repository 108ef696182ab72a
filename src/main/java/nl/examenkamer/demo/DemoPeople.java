package nl.examenkamer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.identity.NewAccount;
import nl.examenkamer.identity.Role;

/** The demo's accounts and candidates, each created only when it is not there yet. */
@ApplicationScoped
class DemoPeople {

    @Inject
    private AccountService accounts;

    @Inject
    private CandidateRegistry registry;

    void account(String username, String name, Role role, String providerCode) {
        if (accounts.find(username).isEmpty()) {
            accounts.createWithPassword(
                    new NewAccount(username, name, username + "@demo.examenkamer.nl", Set.of(role), providerCode),
                    DemoData.PASSWORD,
                    "demo mode");
        }
    }

    /** A registered candidate; returns the candidate number. */
    String candidate(String name, String email, LocalDate dateOfBirth) {
        return registry.register(name, email, dateOfBirth).candidate().candidateNumber();
    }

    /** A registered candidate who logs in with a candidate account of the same name; returns the number. */
    String candidateWithAccount(String username, String name, LocalDate dateOfBirth) {
        account(username, name, Role.CANDIDATE, null);
        String number = candidate(name, username + "@demo.examenkamer.nl", dateOfBirth);
        if (registry.find(CandidateNumber.parse(number))
                .flatMap(Candidate::accountUsername)
                .isEmpty()) {
            registry.linkAccount(CandidateNumber.parse(number), username);
        }
        return number;
    }
}
