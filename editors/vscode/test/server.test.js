// SPDX-License-Identifier: EPL-2.0
'use strict';
// End to end: a real LSP client (vscode-languageserver-protocol) against the jar shipped in the extension,
// started as the extension starts it: open the hospital example, receive its diagnostics, complete after
// `recovery `, hover a risk, rename an element, format.
const test = require('node:test');
const assert = require('node:assert');
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const rpc = require('vscode-languageserver-protocol/node');
const { findJava } = require('../src/java');

const JAR = path.join(__dirname, '..', 'server', 'iotssf.jar');
const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'hospital-hvac.ssf');

function position(text, what, plus) {
  const offset = text.indexOf(what) + plus;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - before.lastIndexOf('\n') - 1 };
}

function offsetOf(text, { line, character }) {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    offset = text.indexOf('\n', offset) + 1;
  }
  return offset + character;
}

function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  return sorted.reduce((result, e) => result.slice(0, offsetOf(text, e.range.start)) + e.newText + result.slice(offsetOf(text, e.range.end)), text);
}

test('the shipped server answers a real client', { timeout: 120000 }, async () => {
  assert.ok(fs.existsSync(JAR), `${JAR} is missing: the build copies the command-line jar there`);
  const found = findJava('', process.env);
  assert.ok(found.java, found.error);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'iotssf-vscode-'));
  const file = path.join(folder, 'hospital-hvac.ssf');
  const text = fs.readFileSync(EXAMPLE, 'utf8');
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();

  const server = childProcess.spawn(found.java, ['-jar', JAR, 'lsp'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = new Map();
  const waiting = [];
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, params => {
    published.set(params.uri, params.diagnostics);
    waiting.splice(0).forEach(resolve => resolve());
  });
  connection.listen();
  const diagnostics = async (condition) => {
    while (!(published.has(uri) && condition(published.get(uri)))) {
      await new Promise((resolve, reject) => {
        waiting.push(resolve);
        setTimeout(() => reject(new Error('no diagnostics as expected: ' + JSON.stringify(published.get(uri)))), 60000);
      });
    }
    return published.get(uri);
  };
  try {
    await connection.sendRequest(rpc.InitializeRequest.type, {
      processId: process.pid, rootUri: null, capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'examples' }],
    });
    connection.sendNotification(rpc.InitializedNotification.type, {});
    connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'ssf', version: 1, text } });
    // the example has no errors or warnings; its notes (severity 3) say, for example, that a rating is explained
    assert.deepStrictEqual((await diagnostics(() => true)).filter(d => d.severity <= 2), []);

    const broken = text.replace('in Wards on Cloud\n\t\tfunction "customer', 'in Wards on Clod\n\t\tfunction "customer');
    connection.sendNotification(rpc.DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }] });
    const errors = (await diagnostics(d => d.some(x => x.severity === 1))).filter(d => d.severity === 1);
    assert.strictEqual(errors[0].code, 'iotssf.unresolvedReference');
    assert.match(errors[0].message, /There is no element named 'Clod'; did you mean 'Cloud'\?/);

    const unrated = text.replace('recovery low economic medium\n\t\trationale "Stopped', 'recovery  economic medium\n\t\trationale "Stopped');
    connection.sendNotification(rpc.DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: 3 }, contentChanges: [{ text: unrated }] });
    const completion = await connection.sendRequest(rpc.CompletionRequest.type,
      { textDocument: { uri }, position: position(unrated, 'recovery  economic', 9) });
    const labels = (Array.isArray(completion) ? completion : completion.items).map(i => i.label);
    assert.deepStrictEqual(labels.filter(l => ['low', 'medium', 'high'].includes(l)).sort(), ['high', 'low', 'medium']);

    connection.sendNotification(rpc.DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: 4 }, contentChanges: [{ text }] });
    await diagnostics(d => d.every(x => x.severity > 2));
    const hover = await connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: position(text, 'risk DosStop', 6) });
    assert.match(hover.contents.value, /Category: \*\*low\/medium\*\*/);
    assert.match(hover.contents.value, /\*\*V2\*\* Confirmation during operation — declared — Acme \(agreed\) — covered/);

    const rename = await connection.sendRequest(rpc.RenameRequest.type,
      { textDocument: { uri }, position: position(text, 'element IndoorUnit', 9), newName: 'HeatPump' });
    const edits = Object.values(rename.changes || {}).flat().concat((rename.documentChanges || []).flatMap(c => c.edits || []));
    assert.ok(edits.length >= 3 && edits.every(e => e.newText === 'HeatPump'), JSON.stringify(rename));

    const formatting = await connection.sendRequest(rpc.DocumentFormattingRequest.type,
      { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
    assert.strictEqual(applyEdits(text, formatting), text, 'the example is in the formatter\'s layout');
    const messy = text.replace('\n\tdomain Facility', '\n  domain   Facility');
    connection.sendNotification(rpc.DidChangeTextDocumentNotification.type,
      { textDocument: { uri, version: 5 }, contentChanges: [{ text: messy }] });
    assert.strictEqual(applyEdits(messy, await connection.sendRequest(rpc.DocumentFormattingRequest.type,
      { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } })), text);

    await connection.sendRequest(rpc.ShutdownRequest.type);
    connection.sendNotification(rpc.ExitNotification.type);
    const code = await new Promise(resolve => server.on('exit', resolve));
    assert.strictEqual(code, 0);
  } finally {
    connection.dispose();
    server.kill();
  }
});
