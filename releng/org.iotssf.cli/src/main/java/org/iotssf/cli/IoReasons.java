// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Says in words why a file operation failed, without Java class names or a bare path. */
final class IoReasons {

	private IoReasons() {
	}

	/** Each kind of failure with its reason, most specific first. */
	private static final List<Map.Entry<Class<? extends IOException>, String>> REASONS = List.of(
			Map.entry(AccessDeniedException.class, "permission denied"),
			Map.entry(NoSuchFileException.class, "no such file or folder"),
			Map.entry(FileAlreadyExistsException.class, "a file of that name is in the way"),
			Map.entry(NotDirectoryException.class, "it is not a folder"),
			Map.entry(DirectoryNotEmptyException.class, "a folder of that name is in the way"),
			Map.entry(FileSystemLoopException.class, "the folders link to each other in a loop"),
			Map.entry(NotLinkException.class, "it is not a symbolic link"),
			Map.entry(CharacterCodingException.class, "the text cannot be encoded as UTF-8"));

	/** The reason of an I/O failure, as a phrase: "permission denied", "no such file or folder", ... */
	static String of(IOException e) {
		for (Map.Entry<Class<? extends IOException>, String> reason : REASONS) {
			if (reason.getKey().isInstance(e)) {
				return reason.getValue();
			}
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(Locale.ROOT);
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? "the system gave no reason" : message;
	}
}
