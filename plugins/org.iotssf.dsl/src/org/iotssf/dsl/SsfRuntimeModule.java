// SPDX-License-Identifier: EPL-2.0
package org.iotssf.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.iotssf.dsl.conversion.SsfValueConverterService;
import org.iotssf.dsl.formatting.SsfFormatter;
import org.iotssf.dsl.linking.SsfLinkingDiagnosticMessageProvider;
import org.iotssf.dsl.naming.SsfQualifiedNameProvider;
import org.iotssf.dsl.parser.SsfParser;
import org.iotssf.dsl.parser.SsfSyntaxErrorMessageProvider;
import org.iotssf.dsl.resource.SsfFragmentProvider;
import org.iotssf.dsl.resource.SsfResource;
import org.iotssf.dsl.scoping.SsfGlobalScopeProvider;
import org.iotssf.dsl.scoping.SsfLocalScopeProvider;
import org.iotssf.dsl.validation.SsfDiagnosticConverter;

import com.google.inject.Binder;
import com.google.inject.name.Names;

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

	public Class<? extends IFormatter2> bindIFormatter2() {
		return SsfFormatter.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SsfSyntaxErrorMessageProvider.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return SsfParser.class;
	}

	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return SsfFragmentProvider.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return SsfResource.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return SsfGlobalScopeProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(SsfLocalScopeProvider.class);
	}

	/**
	 * EMF's generic structural checks (multiplicities, proxies, keys) repeat what the parser and the
	 * linker already report with better messages, and cost a tenth of a check; they are not run.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.toInstance(uri -> "UTF-8");
	}
}
