// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Turns the FILE|DIR arguments of a command into the model files to load, in a stable order. */
public final class SourceFiles {

	/** The extension of model files looked for in folders. */
	public static final String EXTENSION = ".ssf";

	private SourceFiles() {
	}

	/** A model file: the path as shown to the user and the real path read. */
	public record SourceFile(String display, Path path) {
	}

	/**
	 * Expands files and folders (recursively, {@code .ssf} files only, hidden folders skipped) into
	 * source files; a file named explicitly is taken whatever its name.
	 *
	 * @throws UsageException when an argument does not exist or a folder holds no model
	 */
	public static List<SourceFile> expand(List<String> arguments) {
		Map<Path, SourceFile> files = new LinkedHashMap<>();
		for (String argument : arguments) {
			Path path = Path.of(argument);
			if (Files.isDirectory(path)) {
				List<Path> found = modelsIn(path);
				if (found.isEmpty()) {
					throw new UsageException("there are no " + EXTENSION + " files in the folder '" + argument + "'");
				}
				found.forEach(f -> files.putIfAbsent(real(f), new SourceFile(f.toString(), f)));
			} else if (Files.isRegularFile(path)) {
				if (!Files.isReadable(path)) {
					throw new UsageException("cannot read '" + argument + "': permission denied");
				}
				files.putIfAbsent(real(path), new SourceFile(path.normalize().toString(), path));
			} else if (Files.exists(path)) {
				throw new UsageException("cannot read '" + argument + "': it is neither a regular file nor a folder");
			} else {
				throw new UsageException("cannot read '" + argument + "': no such file or folder");
			}
		}
		return new ArrayList<>(files.values());
	}

	private static List<Path> modelsIn(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> !hidden(folder.relativize(p)))
					.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(EXTENSION))
					.sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new UsageException("cannot read the folder '" + folder + "': "
					+ (e instanceof UncheckedIOException u ? IoReasons.of(u.getCause()) : IoReasons.of((IOException) e)));
		}
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private static Path real(Path path) {
		try {
			return path.toRealPath();
		} catch (IOException e) {
			return path.toAbsolutePath().normalize();
		}
	}
}
