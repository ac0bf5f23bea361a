// SPDX-License-Identifier: EPL-2.0
'use strict';
// The VS Code client of the IoT-SSF language server: starts `java -jar server/iotssf.jar lsp` over stdio for
// .ssf files, and adds the command "IoT-SSF: Show report".
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findJava } = require('./java');
const { showReport } = require('./report');

let client;

function activate(context) {
  const jar = context.asAbsolutePath(path.join('server', 'iotssf.jar'));
  const found = findJava(vscode.workspace.getConfiguration('iotssf').get('java.home', ''), process.env);
  context.subscriptions.push(vscode.commands.registerCommand('iotssf.showReport',
    () => 'java' in found ? showReport(context, found.java, jar) : vscode.window.showErrorMessage(found.error)));
  if (!('java' in found)) {
    vscode.window.showErrorMessage(found.error);
    return;
  }
  const serverOptions = { command: found.java, args: ['-XX:+UseParallelGC', '-jar', jar, 'lsp'], transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'ssf' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.ssf') },
    initializationOptions: {},
  };
  client = new LanguageClient('iotssf', 'IoT-SSF language server', serverOptions, clientOptions);
  client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
