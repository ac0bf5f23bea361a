// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.iotssf.dsl.conversion.SsfValueConverterService;
import org.iotssf.dsl.linking.SsfLinkingDiagnosticMessageProvider;
import org.iotssf.dsl.naming.SsfQualifiedNameProvider;
import org.iotssf.dsl.parser.SsfParser;
import org.iotssf.dsl.parser.SsfSyntaxErrorMessageProvider;
import org.iotssf.dsl.resource.SsfResource;
import org.iotssf.dsl.validation.SsfDiagnosticConverter;

import com.google.inject.Binder;

/** The runtime customizations of the .ssf language, one binding each. */
public class SsfRuntimeModule extends AbstractSsfRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SsfQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SsfValueConverterService.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return SsfLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return SsfDiagnosticConverter.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SsfSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return SsfParser.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return SsfResource.class;
	}

	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> "UTF-8");
	}
}
