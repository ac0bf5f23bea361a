// SPDX-License-Identifier: EPL-2.0
package org.iotssf.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotssf.analysis.output.Labels;

/**
 * The semantic difference between two analyses of versions of the same models: risks added or
 * removed, cells raised or lowered, viewpoints newly required or dropped, findings appearing or
 * resolved, coverage gained or lost. Systems, risks and viewpoints are matched by name.
 */
public final class AnalysisDiff {

	/** The kinds of change, with stable names used in output and in --fail-on. */
	public enum Kind {
		SYSTEM_ADDED("systemAdded"), SYSTEM_REMOVED("systemRemoved"), RISK_ADDED("riskAdded"), RISK_REMOVED("riskRemoved"),
		CELL_RAISED("cellRaised"), CELL_LOWERED("cellLowered"), CELL_CHANGED("cellChanged"), VIEWPOINT_REQUIRED("viewpointRequired"),
		VIEWPOINT_DROPPED("viewpointDropped"), STRENGTH_CHANGED("strengthChanged"), FINDING_APPEARED("findingAppeared"), FINDING_RESOLVED("findingResolved"),
		COVERAGE_GAINED("coverageGained"), COVERAGE_LOST("coverageLost");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One change: its kind, the system and subject, what it was and what it is, and for findings their severity. */
	public record Change(Kind kind, String system, String subject, String before, String after, Severity severity) {
	}

	private AnalysisDiff() {
	}

	public static List<Change> compare(List<SystemAnalysis> before, List<SystemAnalysis> after) {
		Map<String, SystemAnalysis> old = byName(before);
		Map<String, SystemAnalysis> now = byName(after);
		List<Change> changes = new ArrayList<>();
		for (String name : union(old.keySet(), now.keySet())) {
			SystemAnalysis o = old.get(name);
			SystemAnalysis n = now.get(name);
			if (o == null) {
				changes.add(new Change(Kind.SYSTEM_ADDED, name, name, "", n.risks().size() + " risks", null));
			} else if (n == null) {
				changes.add(new Change(Kind.SYSTEM_REMOVED, name, name, o.risks().size() + " risks", "", null));
			} else {
				risks(name, o, n, changes);
				findings(name, o, n, changes);
			}
		}
		return changes;
	}

	private static void risks(String system, SystemAnalysis o, SystemAnalysis n, List<Change> changes) {
		Map<String, RiskResult> old = new LinkedHashMap<>();
		o.risks().forEach(r -> old.put(r.risk().getName(), r));
		Map<String, RiskResult> now = new LinkedHashMap<>();
		n.risks().forEach(r -> now.put(r.risk().getName(), r));
		for (String name : union(old.keySet(), now.keySet())) {
			RiskResult a = old.get(name);
			RiskResult b = now.get(name);
			if (a == null) {
				changes.add(new Change(Kind.RISK_ADDED, system, name, "", key(b.cell()), null));
				b.viewpoints().forEach(v -> changes.add(new Change(Kind.VIEWPOINT_REQUIRED, system, name + " " + v.requirement().name(),
						"", v.requirement().strengthName(), null)));
				continue;
			}
			if (b == null) {
				changes.add(new Change(Kind.RISK_REMOVED, system, name, key(a.cell()), "", null));
				continue;
			}
			Kind cell = cellChange(a.cell(), b.cell());
			if (cell != null) {
				changes.add(new Change(cell, system, name, key(a.cell()), key(b.cell()), null));
			}
			viewpoints(system, name, a, b, changes);
		}
	}

	private static void viewpoints(String system, String risk, RiskResult a, RiskResult b, List<Change> changes) {
		Map<String, RiskViewpoint> old = new LinkedHashMap<>();
		a.viewpoints().forEach(v -> old.put(v.requirement().name(), v));
		Map<String, RiskViewpoint> now = new LinkedHashMap<>();
		b.viewpoints().forEach(v -> now.put(v.requirement().name(), v));
		for (String name : union(old.keySet(), now.keySet())) {
			RiskViewpoint x = old.get(name);
			RiskViewpoint y = now.get(name);
			String subject = risk + " " + name;
			if (x == null) {
				changes.add(new Change(Kind.VIEWPOINT_REQUIRED, system, subject, "", y.requirement().strengthName(), null));
			} else if (y == null) {
				changes.add(new Change(Kind.VIEWPOINT_DROPPED, system, subject, x.requirement().strengthName(), "", null));
			} else if (!x.requirement().strengthName().equals(y.requirement().strengthName())) {
				changes.add(new Change(Kind.STRENGTH_CHANGED, system, subject, x.requirement().strengthName(), y.requirement().strengthName(), null));
			}
			if (x != null && y != null && x.coverage() != y.coverage()) {
				boolean gained = y.coverage() == CoverageStatus.COVERED;
				boolean lost = x.coverage() == CoverageStatus.COVERED;
				if (gained || lost) {
					changes.add(new Change(gained ? Kind.COVERAGE_GAINED : Kind.COVERAGE_LOST, system, subject, x.coverage().label(),
							y.coverage().label(), null));
				}
			}
		}
	}

	private static void findings(String system, SystemAnalysis o, SystemAnalysis n, List<Change> changes) {
		Map<String, Finding> old = identities(o);
		Map<String, Finding> now = identities(n);
		for (String id : union(old.keySet(), now.keySet())) {
			if (!old.containsKey(id)) {
				Finding f = now.get(id);
				changes.add(new Change(Kind.FINDING_APPEARED, system, f.code(), "", f.message(), f.severity()));
			} else if (!now.containsKey(id)) {
				Finding f = old.get(id);
				changes.add(new Change(Kind.FINDING_RESOLVED, system, f.code(), f.message(), "", f.severity()));
			}
		}
	}

	/** Findings by identity: code, location and involved objects, which survive edits elsewhere in the model. */
	private static Map<String, Finding> identities(SystemAnalysis a) {
		Map<String, Finding> byId = new LinkedHashMap<>();
		for (Finding f : a.findings()) {
			byId.putIfAbsent(f.code() + "|" + Labels.of(f.location()) + "|"
					+ String.join(",", f.involved().stream().map(Labels::of).toList()), f);
		}
		return byId;
	}

	/** Raised when no axis went down and one went up; lowered the other way round; changed when both. */
	static Kind cellChange(Cell a, Cell b) {
		if (a == null || b == null) {
			return a == b ? null : Kind.CELL_CHANGED;
		}
		boolean up = false;
		boolean down = false;
		for (RatedLevel level : b.levels()) {
			RatedLevel before = a.on(level.axis());
			if (before == null) {
				return Kind.CELL_CHANGED;
			}
			up |= level.rank() > before.rank();
			down |= level.rank() < before.rank();
		}
		return up && down ? Kind.CELL_CHANGED : up ? Kind.CELL_RAISED : down ? Kind.CELL_LOWERED : null;
	}

	private static String key(Cell cell) {
		return cell == null ? "not rated" : cell.key();
	}

	private static Map<String, SystemAnalysis> byName(List<SystemAnalysis> analyses) {
		Map<String, SystemAnalysis> map = new LinkedHashMap<>();
		analyses.forEach(a -> map.put(a.system().getName(), a));
		return map;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}
}
