package io.matcher.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.matcher.io.OutputGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code run.json}: what a run was made from, so that any output directory can be reproduced or
 * compared: a hash of the input files, the weights, the planner, the seed and the candidate
 * limit. No clock time, so the same input gives the same bytes.
 */
public final class RunRecord {
  public static final String FILE = "run.json";
  /** The files of an event directory that a run reads. */
  private static final List<String> INPUTS = List.of("event.json", "investors.json", "investors.csv",
      "startups.json", "startups.csv", "preferences.csv", "taxonomy.json", "weights.json");

  private RunRecord() {}

  public static byte[] json(Path eventDir, ScheduleRun run, ScoringInputs inputs, long seed,
      CandidateLimit limit) throws IOException {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode o = m.createObjectNode();
    // the marker that lets a later --force replace this directory (io.matcher.io.OutputGuard)
    o.put(OutputGuard.WRITTEN_BY, OutputGuard.MATCHER);
    String version = RunRecord.class.getPackage().getImplementationVersion();
    o.put("matcher", version == null ? "development" : version);
    o.put("event", run.schedule().event().name());
    o.put("inputSha256", inputHash(eventDir, inputs));
    o.put("planner", run.schedule().planner());
    o.put("seed", seed);
    o.set("weights", m.readTree(run.scores().weights().toJson()));
    o.put("externalScores", inputs.externalScoresFile() == null ? null : inputs.externalScoresFile().getFileName().toString());
    o.put("candidateLimitKeepAllUpTo", limit.keepAllUpTo() == Long.MAX_VALUE ? -1 : limit.keepAllUpTo());
    o.put("candidateLimitPerSide", limit.perSide());
    o.put("candidates", run.problem().candidates().size());
    o.put("candidatesPruned", run.candidatesPruned());
    try {
      return (m.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
  }

  /** The {@code inputSha256} of {@code run.json}: for other run records (the re-planner's). */
  public static String inputSha256(Path eventDir, ScoringInputs inputs) throws IOException {
    return inputHash(eventDir, inputs);
  }

  /** SHA-256 over each input file's name and bytes, in a fixed order. */
  static String inputHash(Path eventDir, ScoringInputs inputs) throws IOException {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      List<Path> files = Stream.concat(INPUTS.stream().map(eventDir::resolve),
              Stream.of(inputs.weightsFile(), inputs.externalScoresFile()))
          .filter(p -> p != null && Files.isRegularFile(p)).toList();
      for (Path f : files) {
        d.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        d.update(Files.readAllBytes(f));
        d.update((byte) 0);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
