// SPDX-License-Identifier: EPL-2.0
package org.iotssf.model.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.iotssf.model.IotssfPackage.Literals;
import org.iotssf.model.Risk;
import org.iotssf.model.SafetyParameters;
import org.iotssf.model.SafetyStandard;

/**
 * The tables from which safety levels are derived (ISO 26262 ASIL, IEC 61508 SIL risk graph, ISO 13849-1
 * PLr), read from {@code safety-levels.properties}: data, not code, so that a table is calibrated by editing
 * it. Each standard has parameter groups (one code of each must be stated) and one value per combination.
 */
public final class SafetyTables {

	/** One standard's table. */
	public record Table(SafetyStandard standard, List<List<String>> groups, Set<String> quiet, String source,
			Map<String, String> values) {

		/** The group a code belongs to, or -1. */
		public int groupOf(String code) {
			for (int i = 0; i < groups.size(); i++) {
				if (groups.get(i).contains(code)) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * Reads a risk's codes into the groups: the code of each group (the last one when a group is given
		 * twice), the codes of no group, and the codes that repeat a group, each with its position.
		 */
		public Reading read(List<String> codes) {
			String[] chosen = new String[groups.size()];
			List<Integer> unknown = new ArrayList<>();
			List<Integer> repeated = new ArrayList<>();
			List<String> repeatedOf = new ArrayList<>();
			for (int i = 0; i < codes.size(); i++) {
				int group = groupOf(codes.get(i));
				if (group < 0) {
					unknown.add(i);
					continue;
				}
				if (chosen[group] != null) {
					repeated.add(i);
					repeatedOf.add(chosen[group]);
				}
				chosen[group] = codes.get(i);
			}
			List<String> missing = new ArrayList<>();
			for (int g = 0; g < chosen.length; g++) {
				if (chosen[g] == null) {
					missing.add(String.join("/", groups.get(g)));
				}
			}
			return new Reading(Arrays.asList(chosen), unknown, repeated, repeatedOf, missing);
		}

		/** The value for one code of each group, in the groups' order. */
		public Optional<String> value(List<String> codes) {
			return Optional.ofNullable(values.get(String.join(".", codes)));
		}

		/** Whether the value needs no safety measures beyond the ordinary (QM; SIL '-' and 'a'). */
		public boolean quiet(String value) {
			return quiet.contains(value);
		}
	}

	/**
	 * Codes read into a table's groups.
	 *
	 * @param chosen the code of each group, null where none is given
	 * @param unknown the positions of codes of no group
	 * @param repeated the positions of codes of a group already given
	 * @param repeatedOf for each of those, the code given before it
	 * @param missing the groups without a code, as "F1/F2"
	 */
	public record Reading(List<String> chosen, List<Integer> unknown, List<Integer> repeated, List<String> repeatedOf,
			List<String> missing) {
	}

	private static final Map<SafetyStandard, Table> TABLES = load();

	private SafetyTables() {
	}

	public static Table of(SafetyStandard standard) {
		return TABLES.get(standard);
	}

	/**
	 * The codes a risk states for a standard, as written: for ISO 26262 its {@code severity},
	 * {@code exposure} and {@code controllability} classes (S3, E4, C2) and any {@code iso26262 …} parameters,
	 * for the others their parameters.
	 */
	public static List<String> codes(Risk risk, SafetyStandard standard) {
		List<String> codes = new ArrayList<>();
		if (standard == SafetyStandard.ISO26262) {
			if (risk.eIsSet(Literals.RISK__SEVERITY)) {
				codes.add("S" + risk.getSeverity());
			}
			if (risk.eIsSet(Literals.RISK__EXPOSURE_CLASS)) {
				codes.add("E" + risk.getExposureClass());
			}
			if (risk.eIsSet(Literals.RISK__CONTROLLABILITY)) {
				codes.add("C" + risk.getControllability());
			}
		}
		for (SafetyParameters parameters : risk.getSafetyParameters()) {
			if (parameters.getStandard() == standard) {
				codes.addAll(parameters.getParameters());
			}
		}
		return codes;
	}

	/** Whether a risk states any parameter of a standard. */
	public static boolean states(Risk risk, SafetyStandard standard) {
		return !codes(risk, standard).isEmpty();
	}

	private static Map<SafetyStandard, Table> load() {
		Properties properties = new Properties();
		try (InputStream in = SafetyTables.class.getResourceAsStream("safety-levels.properties")) {
			if (in == null) {
				throw new IllegalStateException("safety-levels.properties is missing from the model bundle");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<SafetyStandard, Table> tables = new EnumMap<>(SafetyStandard.class);
		for (SafetyStandard standard : SafetyStandard.VALUES) {
			String prefix = standard.getLiteral() + ".";
			List<List<String>> groups = Arrays.stream(properties.getProperty(prefix + "groups").split("\\|"))
					.map(g -> List.of(g.trim().split("\\s+"))).toList();
			Set<String> quiet = Set.of(Arrays.stream(properties.getProperty(prefix + "quiet", "").split(","))
					.map(String::trim).filter(v -> !v.isEmpty()).toArray(String[]::new));
			Map<String, String> values = new HashMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith(prefix) && !key.equals(prefix + "groups") && !key.equals(prefix + "quiet")
						&& !key.equals(prefix + "source")) {
					values.put(key.substring(prefix.length()), properties.getProperty(key).trim());
				}
			}
			tables.put(standard, new Table(standard, groups, quiet, properties.getProperty(prefix + "source"), Map.copyOf(values)));
		}
		return tables;
	}
}
