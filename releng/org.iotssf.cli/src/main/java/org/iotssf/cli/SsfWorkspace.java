// SPDX-License-Identifier: EPL-2.0
package org.iotssf.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.iotssf.catalog.BuiltinLibraries;
import org.iotssf.cli.SourceFiles.SourceFile;
import org.iotssf.dsl.SsfRuntimeModule;
import org.iotssf.dsl.SsfStandaloneSetup;
import org.iotssf.model.Catalog;
import org.iotssf.model.Method;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Loads model files into one resource set with the built-in libraries, and validates them. Files
 * that are not UTF-8 text are reported, not loaded; nothing here throws on bad input.
 */
public final class SsfWorkspace {

	private static Injector shared;

	private final Injector injector;

	public SsfWorkspace() {
		injector = languageInjector();
	}

	/**
	 * Starts making the language's services on a background thread, so that they are (nearly) ready when
	 * the first workspace needs them; a failure there is left for that first use to meet and report.
	 */
	static void prepareInBackground() {
		Thread thread = new Thread(() -> {
			try {
				languageInjector();
			} catch (RuntimeException | LinkageError e) {
				// the first workspace makes the services again and reports what goes wrong
			}
		}, "iotssf-prepare");
		thread.setDaemon(true);
		thread.start();
	}

	/** The language's services, made once per process: they hold no state of any one run. */
	private static synchronized Injector languageInjector() {
		if (shared == null) {
			shared = new SsfStandaloneSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(Modules.override(new SsfRuntimeModule())
							.with(binder -> binder.bind(ILinkingService.class).to(BatchLinkingService.class)));
				}
			}.createInjectorAndDoEMFRegistration();
		}
		return shared;
	}

	/** A loaded file: its resource, or the problem that kept it from loading. */
	public record LoadedFile(SourceFile source, Resource resource, Problem problem) {
	}

	/** The result of loading: every file in argument order, and the resource set they share. */
	public record Loaded(List<LoadedFile> files, XtextResourceSet resourceSet) {
	}

	/**
	 * Loads every file; an unreadable file is an I/O problem for the caller (exit 2). Files are read and
	 * parsed in parallel, each into a resource of its own, and then joined into the resource set in
	 * argument order, where they are linked lazily. The built-in libraries are parsed first, on this
	 * thread, which also initializes the language's shared services before the parallel parses use them.
	 */
	public Loaded load(List<SourceFile> sources) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		BuiltinLibraries.loadInto(resourceSet);
		IResourceFactory factory = injector.getInstance(IResourceFactory.class);
		List<LoadedFile> files = sources.parallelStream().map(source -> parse(source, factory)).toList();
		for (LoadedFile file : files) {
			if (file.resource() != null) {
				resourceSet.getResources().add(file.resource());
			}
		}
		index(resourceSet);
		return new Loaded(files, resourceSet);
	}

	/**
	 * Gives the resource set an index of every exported name. Without one, Xtext answers a look-up in the
	 * global scope by asking every file in turn, so a model of many files links in time that grows with
	 * the square of their number. The set does not change after loading, so the index stays right.
	 */
	private void index(XtextResourceSet resourceSet) {
		IResourceDescription.Manager manager = injector.getInstance(IResourceDescription.Manager.class);
		// each file's names are computed on its own (caches live on the file's own resource), so in parallel
		List<IResourceDescription> descriptions = new ArrayList<>(resourceSet.getResources()).parallelStream().map(resource -> {
			IResourceDescription description = manager.getResourceDescription(resource);
			description.getExportedObjects().forEach(IEObjectDescription::getName);
			return description;
		}).toList();
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}

	private static LoadedFile parse(SourceFile source, IResourceFactory factory) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(source.path());
		} catch (IOException e) {
			throw new UsageException("cannot read '" + source.display() + "': " + IoReasons.of(e));
		}
		ModelText.Decoded decoded = ModelText.decode(source.display(), bytes);
		if (decoded.problem() != null) {
			return new LoadedFile(source, null, decoded.problem());
		}
		URI uri = URI.createFileURI(source.path().toAbsolutePath().normalize().toString());
		Resource resource = factory.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(decoded.text().getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UsageException("cannot read '" + source.display() + "': " + IoReasons.of(e));
		}
		return new LoadedFile(source, resource, null);
	}

	/**
	 * Every problem of every loaded file, in file order, then by position. Files are linked in parallel
	 * when that is safe (see {@link #linkInParallel}), and validated in parallel when, after linking,
	 * every reference of every file resolved: validation then only reads the models.
	 */
	public List<List<Problem>> validate(Loaded loaded) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		boolean parallel = linkInParallel(loaded);
		Stream<LoadedFile> files = parallel ? loaded.files().parallelStream() : loaded.files().stream();
		return files.map(file -> problems(file, validator)).toList();
	}

	private static List<Problem> problems(LoadedFile file, IResourceValidator validator) {
		List<Problem> problems = new ArrayList<>();
		if (file.problem() != null) {
			problems.add(file.problem());
		} else {
			for (Issue issue : validator.validate(file.resource(), CheckMode.ALL, CancelIndicator.NullImpl)) {
				problems.add(Problem.of(file.source().display(), issue));
			}
		}
		problems.sort(Problem.BY_POSITION);
		return problems;
	}

	/**
	 * Links the files on all processors when nothing they share can change under them, and says whether
	 * every reference of every file then resolved. Xtext links a file by resolving its own proxies; what a
	 * file's linking reads of the others is their index entries and, through scopes, the methods and
	 * catalogs (a method's base, a catalog's viewpoints), which are resolved here first, on this thread,
	 * with the built-in libraries. The caches files share are made here too, so that threads only read
	 * and fill them (Xtext's cache of a file is a concurrent map, but its making is not thread-safe). A
	 * method or catalog with an unresolved reference would be resolved again by every thread that reads it:
	 * then, and with another cache than Xtext's, files are linked one after the other, as validation links
	 * them. Returns false when linking was not done here or left any reference unresolved.
	 */
	private boolean linkInParallel(Loaded loaded) {
		IResourceScopeCache cache = injector.getInstance(IResourceScopeCache.class);
		if (!(cache instanceof OnChangeEvictingCache caches)) {
			return false;
		}
		List<Resource> resources = new ArrayList<>(loaded.resourceSet().getResources());
		resources.forEach(caches::getOrCreate);
		Set<Resource> files = new HashSet<>();
		loaded.files().forEach(file -> {
			if (file.resource() != null) {
				files.add(file.resource());
			}
		});
		for (Resource resource : resources) {
			if (!files.contains(resource)) {
				EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			}
			for (EObject root : resource.getContents()) {
				for (EObject shared : sharedParts(root)) {
					// resolves every reference of the method or catalog, and finds those that did not resolve
					if (!EcoreUtil.UnresolvedProxyCrossReferencer.find(shared).isEmpty()) {
						return false;
					}
				}
			}
		}
		files.parallelStream().forEach(file -> EcoreUtil2.resolveLazyCrossReferences(file, CancelIndicator.NullImpl));
		return resources.stream().allMatch(resource -> resource.getErrors().isEmpty());
	}

	/** The methods and catalogs of a file (declared at its top level only): what linking other files reads beyond the index. */
	private static List<EObject> sharedParts(EObject root) {
		return root.eContents().stream().filter(object -> object instanceof Method || object instanceof Catalog).toList();
	}

	/** The injector of the language, for commands that need its services. */
	public Injector injector() {
		return injector;
	}
}
