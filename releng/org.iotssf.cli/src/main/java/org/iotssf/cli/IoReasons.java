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

/** Says in words why a file operation failed, without Java class names or a bare path. */
final class IoReasons {

	private IoReasons() {
	}

	/** The reason of an I/O failure, as a phrase: "permission denied", "no such file or folder", ... */
	static String of(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		if (e instanceof NotDirectoryException) {
			return "it is not a folder";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "a folder of that name is in the way";
		}
		if (e instanceof FileSystemLoopException) {
			return "the folders link to each other in a loop";
		}
		if (e instanceof NotLinkException) {
			return "it is not a symbolic link";
		}
		if (e instanceof CharacterCodingException) {
			return "the text cannot be encoded as UTF-8";
		}
		if (e instanceof FileSystemException fs && fs.getReason() != null) {
			return fs.getReason().toLowerCase(java.util.Locale.ROOT);
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? "the system gave no reason" : message;
	}
}
