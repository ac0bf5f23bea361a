// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.util.List;

import picocli.CommandLine.Parameters;

/** The FILE|DIR... arguments shared by the commands that read models. */
public class ModelPaths {

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Model files, or folders searched for .ssf files.")
	private List<String> paths;

	/** The model files named or found, in a stable order. */
	public List<SourceFiles.SourceFile> sources() {
		return SourceFiles.expand(paths);
	}
}
