// SPDX-License-Identifier: EPL-2.0
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { findJava } = require('../src/java');
const { baseName, systemNames } = require('../src/report');

test('java comes from the setting, then JAVA_HOME, then the PATH, else a message says what to do', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'jdk-'));
  fs.mkdirSync(path.join(home, 'bin'));
  const exe = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
  fs.writeFileSync(exe, '');
  assert.deepStrictEqual(findJava(home, {}), { java: exe });
  assert.deepStrictEqual(findJava('', { JAVA_HOME: home, PATH: '' }), { java: exe });
  assert.deepStrictEqual(findJava('', { PATH: path.join(home, 'bin') }), { java: exe });
  assert.match(findJava('', { PATH: '' }).error, /needs Java 17 or newer.*iotssf\.java\.home.*JAVA_HOME.*PATH/);
  assert.match(findJava('/nowhere', {}).error, /No java.* in iotssf\.java\.home/);
});

test('report file names and system names are read as the toolkit writes them', () => {
  assert.strictEqual(baseName('demo.Plant'), 'demo.Plant');
  assert.strictEqual(baseName('日本'), '__');
  assert.strictEqual(baseName('x'.repeat(120)), 'x'.repeat(91) + '-' + require('crypto').createHash('sha256').update('x'.repeat(120)).digest('hex').slice(0, 8));
  assert.deepStrictEqual(systemNames('// system Commented\nsystem A "system B" {\n}\nsystem ^c.D {}'), ['A', 'c.D']);
});
