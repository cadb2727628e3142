/** Compiles TypeScript files in process, the way a user's project would see the `codes` module. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT, tempDir } from './run-cli.ts';

/** Compiles `files` with the project's compiler options plus `extra`; returns formatted diagnostics. */
export function typecheck(files: string[], extra: ts.CompilerOptions = {}): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    // Users' generated code imports the package; here that is the source of its `codes` module.
    paths: { 'eslint-plugin-delivery-codes/codes': [join(ROOT, 'src', 'codes', 'index.ts')] },
    ...extra,
  };
  const program = ts.createProgram(files, options);
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => ROOT,
    getNewLine: () => '\n',
  };
  return ts.getPreEmitDiagnostics(program).map((d) => ts.formatDiagnostic(d, host).trim());
}

/** Settings a user's strict tsconfig may well have: the generated code must not trip them. */
export const STRICT_USER_OPTIONS: ts.CompilerOptions = {
  noUnusedLocals: true,
  noUnusedParameters: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  noPropertyAccessFromIndexSignature: true,
  noFallthroughCasesInSwitch: true,
};

/** A temporary ESM project, like a user's (the generated code is ESM). */
export function esmProject(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return dir;
}
