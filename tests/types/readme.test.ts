/** The typed example in README.md compiles as a user's code would, its `@ts-expect-error` line included. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../codegen/run-cli.ts';
import { esmProject, STRICT_USER_OPTIONS, typecheck } from '../codegen/typecheck.ts';

it('the README example of the codes module typechecks', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const example = blocks.find((block) => block.includes("from 'eslint-plugin-delivery-codes/codes'"));
  expect(example, 'a ```ts block importing eslint-plugin-delivery-codes/codes').toBeDefined();
  expect(example).toContain('@ts-expect-error');
  const file = join(esmProject(), 'example.ts');
  writeFileSync(file, example!);
  expect(typecheck([file], STRICT_USER_OPTIONS)).toEqual([]);
});
