// SPDX-License-Identifier: EPL-2.0
package org.iotssf.design.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.dsl.eclipse.SsfExecutableExtensionFactory;
import org.iotssf.model.SsfModel;
import org.iotssf.model.SystemModel;

/** The bundled examples, loaded as Sirius loads them: through the language's Eclipse injector. */
public final class Examples {

	private Examples() {
	}

	/** Every system of every example, each file in a fresh resource set with the libraries. */
	public static List<SystemModel> all() throws Exception {
		try (var files = Files.walk(Path.of("../../examples"))) {
			return files.filter(f -> f.toString().endsWith(".ssf")).sorted().toList().stream()
					.flatMap(f -> systems(load(f.getParent())).stream().filter(s -> s.eResource().getURI().lastSegment()
							.equals(f.getFileName().toString())))
					.toList();
		}
	}

	public static SystemModel hospital() {
		return systems(load(Path.of("../../examples"))).stream().filter(s -> "HospitalHvac".equals(s.getName())).findFirst()
				.orElseThrow();
	}

	private static XtextResourceSet load(Path folder) {
		XtextResourceSet resourceSet = SsfExecutableExtensionFactory.injector().getInstance(XtextResourceSet.class);
		BuiltinLibraries.loadInto(resourceSet);
		try (var files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".ssf")).sorted()
					.forEach(f -> resourceSet.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true));
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resourceSet);
		return resourceSet;
	}

	private static List<SystemModel> systems(XtextResourceSet resourceSet) {
		return resourceSet.getResources().stream().filter(r -> !BuiltinLibraries.isBuiltin(r.getURI()))
				.map(Resource::getContents).filter(c -> !c.isEmpty()).map(c -> (SsfModel) c.get(0))
				.flatMap(m -> m.getDeclarations().stream()).filter(SystemModel.class::isInstance).map(SystemModel.class::cast)
				.toList();
	}
}
