// SPDX-License-Identifier: EPL-2.0
'use strict';
// Tokenizes text with the extension's TextMate grammar, as VS Code does (vscode-textmate and Oniguruma).
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

let registry;

function load() {
  if (!registry) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    const onigLib = oniguruma.loadWASM(wasm).then(() => ({
      createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
      createOnigString: s => new oniguruma.OnigString(s),
    }));
    registry = new vsctm.Registry({
      onigLib,
      loadGrammar: async () => vsctm.parseRawGrammar(
        fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'ssf.tmLanguage.json'), 'utf8'), 'ssf.tmLanguage.json'),
    });
  }
  return registry.loadGrammar('source.ssf');
}

/** Per line, the tokens with their text and scopes. */
async function tokenize(text) {
  const grammar = await load();
  let state = vsctm.INITIAL;
  return text.split('\n').map(line => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map(t => ({ text: line.substring(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The word keywords of an Xtext grammar: quoted keywords and enum literals. */
function grammarKeywords(xtext) {
  const code = xtext.replace(/\/\/[^\n]*/g, '');
  const words = new Set([...code.matchAll(/'([A-Za-z][A-Za-z0-9]*)'/g)].map(m => m[1]));
  for (const body of code.matchAll(/enum\s+\w+\s+returns\s+\w+\s*:([\s\S]*?);/g)) {
    for (const literal of body[1].matchAll(/\^?([A-Za-z][A-Za-z0-9]*)(\s*=\s*'[^']*')?/g)) {
      if (!literal[2]) {
        words.add(literal[1]);
      }
    }
  }
  return [...words].sort();
}

module.exports = { tokenize, grammarKeywords };
