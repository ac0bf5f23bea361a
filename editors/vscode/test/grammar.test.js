// SPDX-License-Identifier: EPL-2.0
'use strict';
// The TextMate grammar against the language: every keyword of Ssf.xtext is coloured, names that merely contain
// a keyword are not, and a fixture with every construct matches its reviewed snapshot.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { tokenize, grammarKeywords } = require('./tokens');

const ROOT = path.join(__dirname, '..', '..', '..');
const KEYWORD = /^(storage\.type\.declaration|keyword\.other|constant\.language)\.ssf$/;

function scopeOf(tokens, text) {
  const token = tokens.find(t => t.text === text) || tokens.find(t => t.text.includes(text));
  assert.ok(token, `no token '${text}' in ${JSON.stringify(tokens)}`);
  return token.scopes[token.scopes.length - 1];
}

test('every keyword of the grammar is coloured as a keyword', async () => {
  const keywords = grammarKeywords(fs.readFileSync(path.join(ROOT, 'plugins/org.iotssf.dsl/src/org/iotssf/dsl/Ssf.xtext'), 'utf8'));
  assert.ok(keywords.length > 150, `only ${keywords.length} keywords read`);
  for (const keyword of keywords) {
    const [line] = await tokenize(`${keyword}\n`);
    assert.match(scopeOf(line, keyword), KEYWORD, keyword);
  }
});

test('escaped names, longer names and parts of qualified names are not keywords', async () => {
  const [line] = await tokenize('element ^system systems uses method iotssf.default\n');
  assert.strictEqual(scopeOf(line, '^system'), 'source.ssf');
  assert.strictEqual(scopeOf(line, 'systems'), 'source.ssf');
  assert.strictEqual(scopeOf(line, 'iotssf.default'), 'source.ssf');
  assert.strictEqual(scopeOf(line, 'element'), 'storage.type.declaration.ssf');
});

test('comments, strings, dates and numbers', async () => {
  const lines = await tokenize('// risk in a comment\nrisk R "a \\"quoted\\" risk" /* block\nrisk */ issued 2025-04-01 layer 2\n');
  assert.strictEqual(scopeOf(lines[0], '// risk in a comment'), 'comment.line.double-slash.ssf');
  assert.strictEqual(scopeOf(lines[1], '\\"'), 'constant.character.escape.ssf');
  assert.strictEqual(scopeOf(lines[2], 'risk '), 'comment.block.ssf');
  assert.strictEqual(scopeOf(lines[2], '2025-04-01'), 'constant.numeric.date.ssf');
  assert.strictEqual(scopeOf(lines[2], '2'), 'constant.numeric.integer.ssf');
});

test('the constructs fixture matches its snapshot', async () => {
  const fixture = path.join(__dirname, 'fixtures', 'constructs.ssf');
  const snapshot = path.join(__dirname, 'snapshots', 'constructs.ssf.snap');
  const lines = await tokenize(fs.readFileSync(fixture, 'utf8'));
  const actual = lines.map(line => line.filter(t => t.text.trim()).map(t => `${t.text} :: ${t.scopes.slice(1).join(' ')}`).join('\n'))
    .filter(l => l).join('\n') + '\n';
  if (process.env.UPDATE_SNAPSHOTS) {
    fs.writeFileSync(snapshot, actual);
  }
  assert.strictEqual(actual, fs.readFileSync(snapshot, 'utf8'));
});

test('the examples tokenize without unclosed strings or comments', async () => {
  for (const name of ['hospital-hvac.ssf', 'smart-home-shutters.ssf', 'remote-boiler-monitoring.ssf']) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
    const lines = await tokenize(text);
    const last = lines[lines.length - 2] || [];
    assert.ok(last.every(t => t.scopes.length === 1 || !/string|comment/.test(t.scopes[1])), name);
  }
});
