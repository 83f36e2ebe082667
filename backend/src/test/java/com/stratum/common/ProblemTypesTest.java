package com.stratum.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.stratum.support.Api;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The list of problem types in the contract is true: every type the code can send is listed (with a row in
 * openapi.yaml's description), and every listed type is one the code sends.
 */
class ProblemTypesTest {
    /** The ways the code names a problem type: a constructor, the conflict factory, the edge's refusals, typeUri. */
    private static final List<Pattern> SENT = List.of(
            Pattern.compile("new ApiProblem\\(\\d+,\\s*\"([a-z-]+)\""),
            Pattern.compile("ApiProblem\\.conflict\\(\\s*\"([a-z-]+)\""),
            Pattern.compile("refuse\\(ctx,\\s*\\d+,\\s*\"([a-z-]+)\""),
            Pattern.compile("typeUri\\(\"([a-z-]+)\"\\)"));
    /** Statuses ProblemMapper answers for the framework (unknown path or method, Accept, Content-Type). */
    private static final List<Integer> FRAMEWORK_STATUSES = List.of(400, 404, 405, 406, 415);

    @Test
    void everyTypeTheCodeSendsIsListedAndEveryListedTypeIsSent() throws IOException {
        Set<String> sent = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : SENT) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        sent.add(matcher.group(1));
                    }
                }
            }
        }
        for (int status : FRAMEWORK_STATUSES) {
            // ProblemMapper.webApplication: the reason phrase, lower case, spaces as hyphens.
            sent.add(Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'));
        }
        assertThat(sent).as("problem types the code sends; list new ones in common/ProblemTypes")
                .isSubsetOf(ProblemTypes.all().keySet());
        assertThat(ProblemTypes.all().keySet()).as("problem types listed in common/ProblemTypes that nothing sends")
                .isSubsetOf(sent);
    }

    @Test
    void theContractAndTheReadmeListEveryTypeWithItsStatusAndMeaning() throws IOException {
        String contract = Files.readString(Api.CONTRACT_FILE);
        String readme = Files.readString(Api.CONTRACT_FILE.resolveSibling("README.md"));
        ProblemTypes.all().forEach((slug, type) -> {
            assertThat(contract).as(slug).contains("| `" + slug + "` | " + type.status() + " |");
            assertThat(readme).as("README.md's problem types table: " + slug)
                    .contains("| `" + slug + "` | " + type.status() + " | " + type.meaning() + " |");
        });
    }
}
