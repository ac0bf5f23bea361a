// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes generated files into one chosen folder only, each atomically: the content goes to a new
 * temporary file created exclusively (an unpredictable name in the same folder; an existing file or
 * symbolic link of that name makes creation fail rather than be followed), which is then renamed over
 * the final name. A reader never sees half a file, and nothing outside the folder is written.
 * Temporary files left by a killed run are removed when the folder is opened.
 */
final class OutputFolder {

	/** The prefix and suffix of temporary files; nothing else in the folder is named like them. */
	static final String TEMPORARY_PREFIX = ".iotssf-";
	static final String TEMPORARY_SUFFIX = ".tmp";

	private final Path folder;

	/**
	 * Opens (creating when needed) the output folder and removes temporary files a killed run left.
	 *
	 * @throws UsageException when the folder cannot be made or is not a folder
	 */
	OutputFolder(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.folder);
		} catch (IOException e) {
			throw new UsageException("cannot create the output folder '" + folder + "': " + IoReasons.of(e));
		}
		removeLeftovers();
	}

	/** Writes every file; names must be plain file names. */
	void write(Map<String, String> files) {
		files.forEach(this::write);
	}

	/** Writes one text file as UTF-8. May be called from several threads. */
	void write(String name, String content) {
		write(name, out -> out.write(content));
	}

	/** What a text file holds, written to the writer given (UTF-8 to the file). */
	@FunctionalInterface
	interface Content {
		void writeTo(Writer out) throws IOException;
	}

	/**
	 * Writes one text file as UTF-8 as the content is produced, so that it need not be held whole. May be
	 * called from several threads.
	 */
	void write(String name, Content content) {
		writeAtomically(name, out -> {
			Utf8Writer text = new Utf8Writer(out);
			try {
				content.writeTo(text);
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
			text.close();
		});
	}

	/** Writes one file. May be called from several threads. */
	void write(String name, byte[] bytes) {
		writeAtomically(name, out -> out.write(bytes));
	}

	private interface Bytes {
		void writeTo(OutputStream out) throws IOException;
	}

	private void writeAtomically(String name, Bytes content) {
		Path target = folder.resolve(name).normalize();
		if (name.isEmpty() || !folder.equals(target.getParent())) {
			throw new IllegalStateException("refusing to write outside the output folder: " + name);
		}
		Path temporary = null;
		try {
			temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, TEMPORARY_SUFFIX);
			try (OutputStream out = Files.newOutputStream(temporary, LinkOption.NOFOLLOW_LINKS)) {
				content.writeTo(out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
		} catch (Utf8Writer.HalfSurrogateException e) {
			throw new UsageException("cannot write '" + name + "': the model text holds half of a surrogate pair after '"
					+ e.before() + "'; correct that text in the model (write the character itself)");
		} catch (IOException e) {
			throw new UsageException("cannot write '" + target + "': " + IoReasons.of(e));
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// only the temporary file is left behind, removed by the next run; the report is intact or untouched
				}
			}
		}
	}

	private void removeLeftovers() {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX)) {
			for (Path leftover : leftovers) {
				Files.deleteIfExists(leftover);
			}
		} catch (IOException e) {
			throw new UsageException("cannot clean the output folder '" + folder + "': " + IoReasons.of(e));
		}
	}
}
