package com.afterdesk.cli;

import com.afterdesk.scripts.suggest.CategoryScore;
import com.afterdesk.scripts.suggest.Classification;
import com.afterdesk.scripts.suggest.Classifier;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code classify}: JSON Lines in on stdin ({@code {"id","text"}}), one line out per input line
 * ({@code {"id","categories":[{"id","score"}...],"emotion"}}, all categories best first). A line that is not such
 * an object gets no output line; it is reported on stderr with its line number and id, the other lines are still
 * classified, and the exit code is 2 at the end. Needs no data folder.
 */
@Command(name = "classify", mixinStandardHelpOptions = true)
final class ClassifyCommand implements Callable<Integer> {

    @picocli.CommandLine.ParentCommand
    Cli root;

    @Override
    public Integer call() {
        Classifier classifier = new Classifier();
        ObjectMapper mapper = Json.mapper();
        int bad = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode in;
                try {
                    in = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    bad++;
                    root.err().println(root.messages().tr("cli.classify.badLine", n, "-", e.getOriginalMessage()));
                    continue;
                }
                JsonNode id = in == null ? null : in.get("id");
                JsonNode text = in == null ? null : in.get("text");
                if (in == null || !in.isObject() || text == null || !text.isTextual()) {
                    bad++;
                    root.err().println(root.messages().tr("cli.classify.badLine", n,
                            id == null ? "-" : id.asText(), root.messages().tr("cli.classify.needText")));
                    continue;
                }
                Classification c = classifier.classify(text.asText());
                ObjectNode out = mapper.createObjectNode();
                out.set("id", id == null ? mapper.nullNode() : id);
                ArrayNode cats = out.putArray("categories");
                for (CategoryScore s : c.categories()) {
                    cats.addObject().put("id", s.category().name()).put("score", round(s.score()));
                }
                out.put("emotion", c.emotion().name());
                ArrayNode also = out.putArray("alsoAbout");
                c.secondary().forEach(x -> also.add(x.name()));
                root.out().println(mapper.writeValueAsString(out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.err().flush();
        return bad == 0 ? Cli.OK : Cli.BAD_INPUT;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
