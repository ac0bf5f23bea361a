// SPDX-License-Identifier: EPL-2.0
package org.iotssf.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The built-in {@code .ssf} libraries (the default method and the standards catalogs), shipped inside
 * this bundle and made visible to a resource set under stable {@code iotssf:/} URIs, so that models can
 * refer to them by qualified name (for example {@code uses method iotssf.default}) without a path.
 */
public final class BuiltinLibraries {

	/** The URI scheme of built-in libraries. */
	public static final String SCHEME = "iotssf";

	/** The library files, in load order. */
	public static final List<String> FILES = List.of("iotssf.default.ssf", "iotssf.ssf", "cpsf.ssf", "en303645.ssf",
			"nistir8259.ssf", "iec62443.ssf", "labels.ssf");

	private static final String FOLDER = "/libraries/";

	private BuiltinLibraries() {
	}

	/** The URI under which a library file is loaded, for example {@code iotssf:/libraries/iotssf.default.ssf}. */
	public static URI uriOf(String file) {
		return URI.createURI(SCHEME + ":" + FOLDER + file);
	}

	/** Whether a resource URI denotes a built-in library. */
	public static boolean isBuiltin(URI uri) {
		return uri != null && SCHEME.equals(uri.scheme());
	}

	/**
	 * Teaches the resource set to read {@code iotssf:/} URIs from this bundle and loads every built-in
	 * library into it. The language's resource factory must already be registered for {@code .ssf}.
	 * Calling it twice is harmless.
	 *
	 * @return the library resources
	 */
	public static List<Resource> loadInto(ResourceSet resourceSet) {
		install(resourceSet);
		if (!isLoadedInto(resourceSet)) {
			resourceSet.eAdapters().add(new Loaded());
		}
		return FILES.stream().map(f -> resourceSet.getResource(uriOf(f), true)).toList();
	}

	/**
	 * Whether {@link #loadInto} gave the resource set every library (a library read on demand, by resolving
	 * a reference into it, does not count: the others may be missing).
	 */
	public static boolean isLoadedInto(ResourceSet resourceSet) {
		return resourceSet != null && resourceSet.eAdapters().stream().anyMatch(Loaded.class::isInstance);
	}

	/** Marks a resource set that {@link #loadInto} gave all the libraries. */
	private static final class Loaded extends org.eclipse.emf.common.notify.impl.AdapterImpl {
	}

	/** Installs the URI handler for built-in libraries into the resource set's URI converter. */
	public static void install(ResourceSet resourceSet) {
		List<org.eclipse.emf.ecore.resource.URIHandler> handlers = resourceSet.getURIConverter().getURIHandlers();
		if (handlers.stream().noneMatch(LibraryUriHandler.class::isInstance)) {
			handlers.add(0, new LibraryUriHandler());
		}
	}

	/** Opens a built-in library file by its file name. */
	public static InputStream open(String file) throws IOException {
		InputStream in = BuiltinLibraries.class.getResourceAsStream(FOLDER + file);
		if (in == null) {
			throw new IOException("No built-in library named " + file);
		}
		return in;
	}

	/** Serves {@code iotssf:/libraries/...} URIs from this bundle's class path; they are read-only. */
	static final class LibraryUriHandler extends URIHandlerImpl {
		@Override
		public boolean canHandle(URI uri) {
			return isBuiltin(uri);
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			return open(uri.lastSegment());
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return uri.lastSegment() != null && FILES.contains(uri.lastSegment());
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of(URIConverter.ATTRIBUTE_READ_ONLY, Boolean.TRUE);
		}
	}
}
