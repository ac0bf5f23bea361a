// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.ide;

import java.util.Map;

import org.iotssf.analysis.CoverageStatus;

/**
 * The fixed words of hovers and code lenses in English and Japanese (the framework's terms, domain.md §6),
 * in the client's language ({@link ClientLocale}).
 */
public final class EditorTexts {

	private static final Map<String, String[]> TEXTS = Map.ofEntries(
			Map.entry("category", new String[] { "Category", "カテゴリ" }),
			Map.entry("method", new String[] { "method", "手法" }),
			Map.entry("required", new String[] { "Required by method {0} as of {1}:", "手法 {0} が求める観点（{1} 時点）:" }),
			Map.entry("noneRequired", new String[] { "Method {0} requires no viewpoint for this category.",
					"手法 {0} はこのカテゴリに観点を求めていない。" }),
			Map.entry("deMinimis", new String[] { "de minimis under method {0}", "手法 {0} の許容範囲内" }),
			Map.entry("unrated", new String[] { "Not categorized: no rating on {0}.", "カテゴリ未決定：{0} の評価がない。" }),
			Map.entry("why", new String[] { "Why", "理由" }),
			Map.entry("agreed", new String[] { "agreed", "合意済み" }),
			Map.entry("proposed", new String[] { "proposed", "提案" }),
			Map.entry("nobody", new String[] { "no stakeholder", "担い手なし" }),
			Map.entry("anyEvidence", new String[] { "any evidence", "確認レベルの指定なし" }),
			Map.entry("inUsage", new String[] { "in usage {0}: **{1}** · {3} (risks: {2})",
					"利用形態 {0}: **{1}** · {3}（リスク {2} 件）" }),
			Map.entry("noUsage", new String[] { "In no usage: not categorized.", "どの利用形態にも含まれず、カテゴリ未決定。" }),
			Map.entry("noRisk", new String[] { "in usage {0}: no rated risk", "利用形態 {0}: 評価済みのリスクなし" }),
			Map.entry("openItem", new String[] { "open item: ", "未対応項目：" }),
			// code lenses: "{cell} · {viewpoints}" on a risk, per usage on an element
			Map.entry("lens.noViewpoint", new String[] { "no viewpoint", "観点なし" }),
			Map.entry("lens.deMinimis", new String[] { "de minimis", "許容範囲内" }),
			Map.entry("lens.unrated", new String[] { "not categorized: no rating on {0}", "カテゴリ未決定：{0} の評価がない" }),
			Map.entry("lens.noRisk", new String[] { "no rated risk in {0}", "{0} に評価済みのリスクなし" }),
			Map.entry("lens.noUsage", new String[] { "in no usage: not categorized", "どの利用形態にも含まれず、カテゴリ未決定" }));

	private EditorTexts() {
	}

	public static String get(String key, String language, Object... args) {
		String text = TEXTS.get(key)["ja".equals(language) ? 1 : 0];
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	/** The coverage in the analysis's words, an uncovered viewpoint as an open item. */
	public static String coverage(CoverageStatus status, String language) {
		return (status == CoverageStatus.NO_MEASURE ? get("openItem", language) : "") + status.label(language);
	}
}
