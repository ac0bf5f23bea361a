// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report;

import java.util.List;

/** A piece of document content, rendered alike in HTML and Markdown so both formats say the same. */
public sealed interface Block {

	record Heading(String text) implements Block {
	}

	record Paragraph(String text) implements Block {
	}

	record Items(List<String> items) implements Block {
		public Items {
			items = List.copyOf(items);
		}
	}

	/** A chart: its name (the file suffix of its SVG beside a Markdown document), the SVG, its caption and its short title. */
	record Chart(String name, String svg, String caption, String title) implements Block {
	}

	record Table(List<String> header, List<List<String>> rows) implements Block {
		public Table {
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}
}
