// SPDX-License-Identifier: EPL-2.0
package org.iotssf.editor;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The language server process behind LSP4E's {@code StreamConnectionProvider}: {@code start} launches it,
 * the three stream getters expose its standard streams, {@code stop} ends it. The interface's default methods
 * (initialization options, trace, message hooks) keep their own behaviour.
 */
final class ServerProcess implements InvocationHandler {

	private final List<String> command;
	private volatile Process process;

	ServerProcess(List<String> command) {
		this.command = List.copyOf(command);
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		switch (method.getName()) {
		case "start":
			start();
			return null;
		case "getInputStream":
			return running().getInputStream();
		case "getOutputStream":
			return running().getOutputStream();
		case "getErrorStream":
			return running().getErrorStream();
		case "stop":
			stop();
			return null;
		case "equals":
			return proxy == args[0];
		case "hashCode":
			return System.identityHashCode(proxy);
		case "toString":
			return "IoT-SSF language server " + command;
		default:
			if (method.isDefault()) {
				return InvocationHandler.invokeDefault(proxy, method, args);
			}
			throw new UnsupportedOperationException(method.toString());
		}
	}

	private synchronized void start() throws IOException {
		if (process == null || !process.isAlive()) {
			process = new ProcessBuilder(command).start();
		}
	}

	private Process running() throws IOException {
		Process current = process;
		if (current == null) {
			throw new IOException("the IoT-SSF language server was not started");
		}
		return current;
	}

	private synchronized void stop() throws InterruptedException {
		Process current = process;
		if (current != null) {
			current.destroy();
			if (!current.waitFor(5, TimeUnit.SECONDS)) {
				current.destroyForcibly();
			}
		}
	}
}
