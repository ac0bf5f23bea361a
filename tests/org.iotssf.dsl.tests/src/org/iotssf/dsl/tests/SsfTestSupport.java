// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.model.SsfModel;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Parses models from text blocks into a resource set that has the built-in libraries loaded. */
public class SsfTestSupport {

	@Inject
	private ParseHelper<SsfModel> parser;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** A fresh resource set with the built-in libraries. */
	public XtextResourceSet newResourceSet() {
		XtextResourceSet resourceSet = resourceSets.get();
		BuiltinLibraries.loadInto(resourceSet);
		return resourceSet;
	}

	/** Parses one model with the built-in libraries visible. */
	public SsfModel parse(String text) throws Exception {
		return parser.parse(text, newResourceSet());
	}

	/** Parses several files into one resource set; returns the models in order. */
	public List<SsfModel> parseAll(String... texts) throws Exception {
		XtextResourceSet resourceSet = newResourceSet();
		List<SsfModel> models = new java.util.ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			models.add(parser.parse(texts[i], URI.createURI("file" + i + ".ssf"), resourceSet));
		}
		return models;
	}

	/** Parses files at the given paths (for example {@code a/m.ssf}) under one folder; returns the models in order. */
	public List<SsfModel> parseFiles(String... pathsAndTexts) throws Exception {
		XtextResourceSet resourceSet = newResourceSet();
		List<SsfModel> models = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < pathsAndTexts.length; i += 2) {
			models.add(parser.parse(pathsAndTexts[i + 1], URI.createURI("file:/models/" + pathsAndTexts[i]), resourceSet));
		}
		return models;
	}

	/** Loads every .ssf file under a folder into a resource set with the libraries. */
	public List<Resource> load(Path folder) throws Exception {
		XtextResourceSet resourceSet = newResourceSet();
		List<Path> files;
		try (var walk = Files.walk(folder)) {
			files = walk.filter(p -> p.toString().endsWith(".ssf")).sorted().toList();
		}
		return files.stream()
				.map(f -> resourceSet.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true)).toList();
	}

	/** All issues of a resource (syntax, linking, validation). */
	public List<Issue> issues(Resource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** The issues as "severity code: message" lines, for readable assertions. */
	public String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getLineNumber() + ": " + i.getSeverity() + " " + i.getCode() + ": " + i.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
