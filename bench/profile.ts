/**
 * Reads a V8 `.cpuprofile` (from `node --cpu-prof`) and says where the
 * plugin's time goes: inclusive and self time of its functions, and which
 * functions outside it (the type checker, ESLint's scope manager) it spends
 * time in.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface FunctionTime {
  readonly name: string;
  readonly selfMs: number;
  readonly inclusiveMs: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  /** Samples with a plugin frame anywhere on the stack. */
  readonly pluginMs: number;
  readonly plugin: readonly FunctionTime[];
  /** Self time of functions outside the plugin, while called from it. */
  readonly calledFromPlugin: readonly FunctionTime[];
  /** Where the plugin leaves its own code: innermost plugin frame → the outside function it called, inclusive. */
  readonly exits: readonly FunctionTime[];
}

function frameName(node: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  let where = url;
  if (url.startsWith('file://')) {
    try {
      where = relative(root, fileURLToPath(url));
    } catch {
      where = url;
    }
  }
  where = where.replace(/^.*node_modules\//, '');
  return `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : '(native)'}`;
}

/** `isPlugin(url)`: whether a script belongs to the code under test. */
export function summarizeProfile(file: string, root: string, isPlugin: (url: string) => boolean): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const outside = new Map<string, number>();
  const exits = new Map<string, number>();
  let totalMs = 0;
  let pluginMs = 0;
  profile.samples.forEach((sampleId, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    totalMs += ms;
    const leaf = byId.get(sampleId);
    if (!leaf) return;
    const seen = new Set<string>();
    let inPlugin = false;
    let below: ProfileNode | undefined;
    for (let id: number | undefined = sampleId; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      const child = below;
      below = node;
      if (!node || !isPlugin(node.callFrame.url)) continue;
      if (!inPlugin && child && child !== node) {
        const exit = `${frameName(node, root)} → ${frameName(child, root)}`;
        exits.set(exit, (exits.get(exit) ?? 0) + ms);
      }
      inPlugin = true;
      const name = frameName(node, root);
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      seen.add(name);
    }
    if (!inPlugin) return;
    pluginMs += ms;
    const leafName = frameName(leaf, root);
    if (isPlugin(leaf.callFrame.url)) self.set(leafName, (self.get(leafName) ?? 0) + ms);
    else outside.set(leafName, (outside.get(leafName) ?? 0) + ms);
  });
  const plugin = [...inclusive]
    .map(([name, inclusiveMs]) => ({ name, inclusiveMs, selfMs: self.get(name) ?? 0 }))
    .sort((a, b) => b.inclusiveMs - a.inclusiveMs);
  const calledFromPlugin = [...outside].map(([name, selfMs]) => ({ name, selfMs, inclusiveMs: selfMs })).sort((a, b) => b.selfMs - a.selfMs);
  const exitList = [...exits].map(([name, inclusiveMs]) => ({ name, selfMs: 0, inclusiveMs })).sort((a, b) => b.inclusiveMs - a.inclusiveMs);
  return { totalMs, pluginMs, plugin, calledFromPlugin, exits: exitList };
}

export function profileReport(title: string, summary: ProfileSummary, top = 15): string {
  const lines = [
    `#### ${title}`,
    '',
    `profile ${summary.totalMs.toFixed(0)} ms, plugin on stack ${summary.pluginMs.toFixed(0)} ms (${((summary.pluginMs / summary.totalMs) * 100).toFixed(2)}%)`,
    '',
    '| plugin function | inclusive | self |',
    '|:---|---:|---:|',
    ...summary.plugin.slice(0, top).map((f) => `| \`${f.name}\` | ${f.inclusiveMs.toFixed(1)} ms | ${f.selfMs.toFixed(1)} ms |`),
    '',
    '| plugin function → outside function it calls | inclusive |',
    '|:---|---:|',
    ...summary.exits.slice(0, top).map((f) => `| \`${f.name}\` | ${f.inclusiveMs.toFixed(1)} ms |`),
    '',
    '| outside the plugin, called from it | self |',
    '|:---|---:|',
    ...summary.calledFromPlugin.slice(0, top).map((f) => `| \`${f.name}\` | ${f.selfMs.toFixed(1)} ms |`),
  ];
  return lines.join('\n');
}
