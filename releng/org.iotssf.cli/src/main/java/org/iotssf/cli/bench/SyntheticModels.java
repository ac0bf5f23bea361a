// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes large, valid synthetic models for benchmarks: {@code elements} elements in systems of 100,
 * one system per file, each system importing the previous one and using its gateway. About ten
 * lines per element. Deterministic: the same arguments give the same files.
 */
public final class SyntheticModels {

	/** Elements per system (and per file). */
	public static final int PER_SYSTEM = 100;

	private static final String[] KINDS = { "sensor", "actuator", "controller", "sensor", "actuator" };

	private SyntheticModels() {
	}

	/** Usage: SyntheticModels OUTDIR ELEMENTS [ELEMENTS_PER_SYSTEM] */
	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: SyntheticModels OUTDIR ELEMENTS [ELEMENTS_PER_SYSTEM]");
			System.exit(2);
		}
		int perSystem = args.length == 3 ? Integer.parseInt(args[2]) : PER_SYSTEM;
		int files = write(Path.of(args[0]), Integer.parseInt(args[1]), perSystem);
		System.out.println("Wrote " + files + " files to " + args[0]);
	}

	/** Writes the model files, {@value #PER_SYSTEM} elements per system, and returns how many were written. */
	public static int write(Path folder, int elements) throws IOException {
		return write(folder, elements, PER_SYSTEM);
	}

	/** Writes the model files with the given number of elements per system (and file). */
	public static int write(Path folder, int elements, int perSystem) throws IOException {
		Files.createDirectories(folder);
		int systems = Math.max(1, (elements + perSystem - 1) / perSystem);
		for (int s = 0; s < systems; s++) {
			int count = Math.min(perSystem, elements - s * perSystem);
			Files.writeString(folder.resolve(String.format("system%05d.ssf", s)), system(s, Math.max(count, 2)),
					StandardCharsets.UTF_8);
		}
		return systems;
	}

	static String system(int s, int count) {
		StringBuilder b = new StringBuilder();
		if (s > 0) {
			b.append("import synthetic.S").append(s - 1).append(".*\n\n");
		}
		b.append("system synthetic.S").append(s).append(" \"Synthetic system ").append(s).append("\" {\n");
		b.append("\tuses method iotssf.default\n");
		b.append("\tdomain Site \"Site network\" administrator Owner\n\tdomain Vendor \"Vendor cloud\" administrator Maker\n");
		b.append("\tstakeholder Maker \"Maker ").append(s % 7).append("\" roles manufacturer, serviceProvider in Vendor\n");
		b.append("\tstakeholder Owner \"Owner\" roles owner, operator in Site\n");
		b.append("\tstakeholder Fitter \"Integrator\" roles systemIntegrator\n\n");
		for (int e = 0; e < count; e++) {
			b.append(element(s, e));
		}
		int usages = (count + 9) / 10;
		for (int u = 0; u < usages; u++) {
			b.append("\tusage U").append(u).append(" \"Usage ").append(u).append("\" elements ");
			for (int e = u * 10; e < Math.min(count, u * 10 + 10); e++) {
				b.append(e == u * 10 ? "" : ", ").append("E").append(e);
			}
			b.append(u == 0 ? ", E" + (count - 1) : "").append(s > 0 && u == 0 ? ", synthetic.S" + (s - 1) + ".E0" : "");
			b.append("\n\t\tenvironment \"Synthetic environment\"\n");
		}
		b.append('\n');
		for (int e = 1; e < count; e++) {
			int u = e / 10;
			int target = e % 10 == 9 || e == count - 1 ? 0 : e + 1;
			int usageOfTarget = target / 10;
			if (usageOfTarget == u || target == 0 && e == count - 1) {
				b.append("\tflow F").append(e).append(": E").append(e).append(" -> E").append(target == 0 ? u * 10 : target)
						.append(e % 3 == 0 ? " control" : " data").append(" \"signal ").append(e).append("\" protocol mqtt\n");
			}
		}
		if (s > 0) {
			b.append("\tflow Link: E0 -> synthetic.S").append(s - 1).append(".E0 data \"uplink\" protected by encryption\n");
		}
		b.append('\n');
		for (int e = 0; e < count; e++) {
			b.append(risk(e));
		}
		b.append("\tmeasure Hardening \"Secure development\" viewpoint V1 stage design by Maker addresses R0, R1\n");
		b.append("\t\tevidence selfDeclaration \"Declaration\" issuer Maker issued 2025-01-01 until 2027-12-31\n");
		b.append("}\n");
		return b.toString();
	}

	private static String element(int s, int e) {
		String kind = e == 0 ? "gateway" : KINDS[e % KINDS.length];
		return "\telement E" + e + " \"Element " + e + " of system " + s + "\" kind " + kind + " layer 2 in Site\n"
				+ "\t\tmaker Maker integrator Fitter owner Owner operator Owner\n"
				+ "\t\tfirmware \"fw-" + (e % 13) + "\" version \"1." + (e % 4) + "\" update " + (e % 5 == 0 ? "none" : "remote")
				+ " exposure " + (e == 0 ? "internet" : "local") + "\n"
				+ "\t\tlife 10 years support " + (5 + e % 10) + " years\n";
	}

	private static String risk(int e) {
		String[] levels = { "low", "medium", "high" };
		return "\trisk R" + e + " \"Function " + e + " fails\" in U" + (e / 10) + " on E" + e + "\n"
				+ "\t\tfunction \"function " + e + "\" impacts " + (e % 2 == 0 || e % 3 == 0 ? "assets" : "lifeBody, assets") + "\n"
				+ "\t\trecovery " + levels[e % 3] + " economic " + levels[(e / 3) % 3] + "\n"
				+ "\t\trationale \"Synthetic rationale " + e + "\"\n";
	}
}
