// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deterministic mutation fuzzer over the examples and the built-in libraries, run through the
 * command line as a user runs it. For every input: nothing escapes, no stack trace is printed, every
 * issue line is well formed and inside the file, and the exit code agrees with the issues; for inputs
 * without errors, analyze, report (every format, both languages) and diff succeed with valid output.
 * Inputs that once failed are kept in {@code src/test/resources/fuzz-corpus/} and replayed first.
 *
 * <p>The normal build runs {@value #DEFAULT_INPUTS} inputs; {@code -Diotssf.fuzz.inputs=N} runs more
 * and {@code -Diotssf.fuzz.seed=S} starts elsewhere.
 */
class RobustnessFuzzTest {

	static final int DEFAULT_INPUTS = 3000;

	private static final Path EXAMPLES = Path.of("../../examples");

	@TempDir
	Path work;

	private final Set<String> seen = new HashSet<>();
	private int valid;

	@Test
	void theCorpusOfOnceFailingInputsStaysFixed() throws Exception {
		Path corpus = Path.of("src/test/resources/fuzz-corpus");
		List<Path> inputs;
		try (Stream<Path> files = Files.list(corpus)) {
			inputs = files.filter(p -> p.toString().endsWith(".ssf")).sorted().toList();
		}
		assertTrue(inputs.size() >= 10, "the corpus lost its inputs");
		for (Path input : inputs) {
			check(input.getFileName().toString(), Files.readAllBytes(input), null);
		}
	}

	@Test
	void mutatedModelsNeverBreakTheCommandLine() throws Exception {
		int inputs = Integer.getInteger("iotssf.fuzz.inputs", DEFAULT_INPUTS);
		long seed = Long.getLong("iotssf.fuzz.seed", 20261129L);
		List<String> seeds = seeds();
		Mutator mutator = new Mutator(seed);
		for (int i = 0; i < inputs; i++) {
			String original = seeds.get(mutator.nextInt(seeds.size()));
			byte[] bytes = mutator.mutate(original);
			String label = "input " + i + " of seed " + seed;
			try {
				check(label, bytes, original);
			} catch (AssertionError | Exception e) {
				Path kept = work.resolve("failing-" + i + ".ssf");
				Files.write(kept, bytes);
				throw new AssertionError(label + " failed (its bytes: " + kept + "): " + e.getMessage(), e);
			}
		}
		// the mix must reach both worlds: broken models and models that go through every command
		assertTrue(valid >= inputs / 50, "only " + valid + " of " + inputs + " inputs were valid models");
	}

	private void check(String label, byte[] bytes, String original) throws Exception {
		Path folder = Files.createTempDirectory(work, "in");
		Path file = folder.resolve("model.ssf");
		Files.write(file, bytes);
		Run check = run("check", "--max-issues", "0", file.toString());
		OutputChecks.noTrace(label + ": check", check.out, check.err);
		assertTrue(check.code == 0 || check.code == 1, label + ": check exited with " + check.code + "\n" + check.err);
		int errors = OutputChecks.issues(check.out, file, decoded(bytes));
		assertEquals(errors > 0 ? 1 : 0, check.code, label + ": exit code and printed errors disagree\n" + OutputChecks.head(check.out));
		assertTrue(check.err.contains(errors + (errors == 1 ? " error," : " errors,")), label + ": the summary miscounts\n" + check.err);
		if (errors > 0 || !seen.add(new String(bytes, StandardCharsets.ISO_8859_1))) {
			return;
		}
		valid++;
		Run analyze = run("analyze", "--format", "json", "--as-of", "2026-01-15", file.toString());
		OutputChecks.noTrace(label + ": analyze", analyze.out, analyze.err);
		assertEquals(0, analyze.code, label + ": analyze failed\n" + analyze.err);
		Json.check("analysis", analyze.out);
		for (String language : List.of("en", "ja")) {
			Path out = folder.resolve("report-" + language);
			Run report = run("report", file.toString(), "-o", out.toString(), "--lang", language, "--as-of", "2026-01-15");
			OutputChecks.noTrace(label + ": report", report.out, report.err);
			assertEquals(0, report.code, label + ": report --lang " + language + " failed\n" + report.err);
			OutputChecks.reportFiles(out);
		}
		if (original != null) {
			Path old = folder.resolve("old.ssf");
			Files.writeString(old, original);
			Run diff = run("diff", old.toString(), file.toString(), "--format", "json");
			OutputChecks.noTrace(label + ": diff", diff.out, diff.err);
			assertTrue(diff.code == 0 || diff.code == 1, label + ": diff exited with " + diff.code + "\n" + diff.err);
			if (diff.code == 0) {
				Json.check("diff", diff.out);
			}
		}
	}

	/** The text the file holds, or null when it is not UTF-8 (then issue positions are in bytes). */
	private static String decoded(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	private static List<String> seeds() throws IOException {
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.walk(EXAMPLES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".ssf")).sorted().toList()) {
				seeds.add(Files.readString(f));
			}
		}
		// the libraries under names of their own, so that a copy does not clash with the built-in one
		for (String library : BuiltinLibraries.FILES) {
			try (InputStream in = BuiltinLibraries.open(library)) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				seeds.add(text.replaceAll("(?m)^(method|catalog) (\\S+)", "$1 fuzz.$2"));
			}
		}
		return seeds;
	}

	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}
}
