// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.cli.SourceFiles.SourceFile;
import org.iotssf.dsl.SsfStandaloneSetup;

import com.google.inject.Injector;

/**
 * Loads model files into one resource set with the built-in libraries, and validates them. Files
 * that are not UTF-8 text are reported, not loaded; nothing here throws on bad input.
 */
public final class SsfWorkspace {

	private final Injector injector;

	public SsfWorkspace() {
		injector = new SsfStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	/** A loaded file: its resource, or the problem that kept it from loading. */
	public record LoadedFile(SourceFile source, Resource resource, Problem problem) {
	}

	/** The result of loading: every file in argument order, and the resource set they share. */
	public record Loaded(List<LoadedFile> files, XtextResourceSet resourceSet) {
	}

	/** Loads every file; an unreadable file is an I/O problem for the caller (exit 2). */
	public Loaded load(List<SourceFile> sources) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		BuiltinLibraries.loadInto(resourceSet);
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		List<LoadedFile> files = new ArrayList<>();
		for (SourceFile source : sources) {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(source.path());
			} catch (IOException e) {
				throw new UsageException("cannot read '" + source.display() + "': " + IoReasons.of(e));
			}
			ModelText.Decoded decoded = ModelText.decode(source.display(), bytes);
			if (decoded.problem() != null) {
				files.add(new LoadedFile(source, null, decoded.problem()));
				continue;
			}
			URI uri = URI.createFileURI(source.path().toAbsolutePath().normalize().toString());
			Resource resource = factory.createResource(uri);
			resourceSet.getResources().add(resource);
			try {
				resource.load(new ByteArrayInputStream(decoded.text().getBytes(StandardCharsets.UTF_8)), Map.of());
			} catch (IOException e) {
				throw new UsageException("cannot read '" + source.display() + "': " + IoReasons.of(e));
			}
			files.add(new LoadedFile(source, resource, null));
		}
		return new Loaded(files, resourceSet);
	}

	/** Every problem of every loaded file, in file order, then by position. */
	public List<List<Problem>> validate(Loaded loaded) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		List<List<Problem>> result = new ArrayList<>();
		for (LoadedFile file : loaded.files()) {
			List<Problem> problems = new ArrayList<>();
			if (file.problem() != null) {
				problems.add(file.problem());
			} else {
				for (Issue issue : validator.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
					problems.add(Problem.of(file.source().display(), issue));
				}
			}
			problems.sort(Problem.BY_POSITION);
			result.add(problems);
		}
		return result;
	}

	/** The injector of the language, for commands that need its services. */
	public Injector injector() {
		return injector;
	}
}
