// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes generated files into one chosen folder only, each atomically (a temporary file in the same
 * folder, then a rename), so a reader never sees half a file and nothing outside the folder changes.
 */
final class OutputFolder {

	private final Path folder;

	OutputFolder(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** Writes every file; names must be plain file names. */
	void write(Map<String, String> files) {
		files.forEach(this::write);
	}

	/** Writes one file, creating the folder when needed. May be called from several threads. */
	void write(String name, String content) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UsageException("cannot create the output folder '" + folder + "': " + e.getMessage());
		}
		Path target = folder.resolve(name).normalize();
		if (!target.getParent().equals(folder)) {
			throw new IllegalStateException("refusing to write outside the output folder: " + name);
		}
		write(target, content);
	}

	private void write(Path target, String content) {
		Path temporary = null;
		try {
			temporary = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new UsageException("cannot write '" + target + "': " + e.getMessage());
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// the temporary file is only left behind; the report itself is intact or untouched
				}
			}
		}
	}
}
