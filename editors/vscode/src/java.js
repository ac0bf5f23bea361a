// SPDX-License-Identifier: EPL-2.0
'use strict';
// Finds the java command that runs the language server: the setting, then JAVA_HOME, then the PATH.
const fs = require('fs');
const path = require('path');

const EXE = process.platform === 'win32' ? 'java.exe' : 'java';

function inHome(home) {
  const candidate = path.join(home, 'bin', EXE);
  return fs.existsSync(candidate) ? candidate : null;
}

function onPath(env) {
  for (const dir of (env.PATH || '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, EXE))) {
      return path.join(dir, EXE);
    }
  }
  return null;
}

/**
 * The java executable, or an error that says where it was looked for.
 * @param {string} setting the value of iotssf.java.home ('' when unset)
 * @param {NodeJS.ProcessEnv} env
 * @returns {{java: string} | {error: string}}
 */
function findJava(setting, env) {
  if (setting) {
    const java = inHome(setting);
    return java ? { java } : { error: `No ${EXE} in iotssf.java.home (${setting}/bin). Correct the setting or clear it.` };
  }
  if (env.JAVA_HOME) {
    const java = inHome(env.JAVA_HOME);
    if (java) {
      return { java };
    }
  }
  const java = onPath(env);
  return java ? { java } : {
    error: 'The IoT-SSF language server needs Java 17 or newer, and none was found: set iotssf.java.home, ' +
      'set JAVA_HOME, or put java on the PATH.'
  };
}

module.exports = { findJava };
