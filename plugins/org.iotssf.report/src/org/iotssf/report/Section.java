// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.List;

/** A numbered part of a requirement document: an anchor, a title and its content. */
public record Section(String id, String title, List<Block> blocks) {

	public Section {
		blocks = List.copyOf(blocks);
	}
}
