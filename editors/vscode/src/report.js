// SPDX-License-Identifier: EPL-2.0
'use strict';
// "IoT-SSF: Show report": writes the HTML report of the workspace folder's models into a temporary folder with
// `iotssf report`, and shows the report of each system of the current file in a webview.
const childProcess = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const MAX_BASE_NAME = 100;

/** The report's file name for a system, as the toolkit writes it (Reports.baseName). */
function baseName(systemName) {
  const base = systemName.replace(/[^A-Za-z0-9._-]/g, '_');
  if (base.length <= MAX_BASE_NAME) {
    return base;
  }
  const digest = crypto.createHash('sha256').update(systemName, 'utf8').digest('hex').slice(0, 8);
  return base.slice(0, MAX_BASE_NAME - 9) + '-' + digest;
}

/** The names of the systems declared in a model's text (comments and strings ignored). */
function systemNames(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ').replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...code.matchAll(/(?:^|[\s};])system\s+(\^?[A-Za-z_][\w]*(?:\.\^?[A-Za-z_]\w*)*)/g)].map(m => m[1].replace(/\^/g, ''));
}

function showReport(context, java, jar) {
  const vscode = require('vscode');
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'ssf') {
    return vscode.window.showInformationMessage('Open an .ssf file to see its report.');
  }
  const document = editor.document;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const input = folder ? folder.uri.fsPath : document.uri.fsPath;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'iotssf-report-'));
  const language = vscode.env.language.startsWith('ja') ? 'ja' : 'en';
  return document.save().then(() => new Promise(resolve => {
    childProcess.execFile(java, ['-jar', jar, 'report', input, '-o', out, '--format', 'html', '--lang', language],
      { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) {
          vscode.window.showErrorMessage('The report was not written: ' + (stdout + stderr).trim().split('\n').slice(0, 5).join(' '));
          return resolve();
        }
        for (const name of systemNames(document.getText())) {
          const file = path.join(out, baseName(name) + '.html');
          if (fs.existsSync(file)) {
            const panel = vscode.window.createWebviewPanel('iotssfReport', 'Report: ' + name, vscode.ViewColumn.Beside,
              { enableScripts: false, localResourceRoots: [] });
            panel.webview.html = fs.readFileSync(file, 'utf8');
          }
        }
        resolve();
      });
  }));
}

module.exports = { showReport, baseName, systemNames };
