// SPDX-License-Identifier: EPL-2.0
package org.iotssf.report.svg;

/** The styles of the charts, inlined into every SVG so each file stands alone. */
public final class Css {

	public static final String CHART = """
			text{font-family:"Noto Sans","Noto Sans CJK JP","Hiragino Sans","Yu Gothic",Arial,sans-serif;font-size:11px;fill:#222}
			.axis-title{font-size:13px;font-weight:bold}.centered{text-anchor:middle}.end{text-anchor:end}
			.level{font-size:11px}.note{fill:#666;font-style:italic}.mark-label{font-size:11px}
			.cell{stroke:#fff;stroke-width:2}.w2{fill:#e8f5e9}.w3{fill:#fff8e1}.w4{fill:#ffe0b2}.w5{fill:#ffccbc}.w6{fill:#ffab91}
			.mark-risk{fill:#c62828}.mark-usage{fill:#1565c0}.mark-element{fill:#2e7d32}.link{stroke:#6a1b9a;stroke-dasharray:4 3;stroke-width:1.5}
			.head{font-weight:bold}.grid{fill:none;stroke:#ccc}.covered{fill:#a5d6a7}.partial{fill:#ffe082}.missing{fill:#ef9a9a}.none{fill:#f5f5f5}
			.domain{fill:#fafafa;stroke:#90a4ae;stroke-dasharray:6 3}.node{stroke:#455a64;stroke-width:1}.l1{fill:#e1bee7}.l2{fill:#bbdefb}.l3{fill:#c8e6c9}.l0{fill:#eeeeee}
			.data{fill:none;stroke:#37474f;stroke-width:1.2}.control{fill:none;stroke:#d84315;stroke-width:1.6;stroke-dasharray:6 3}
			""".replace("\n", "");

	private Css() {
	}
}
