// The shape the next reader relies on: one-way dependencies between the
// packages, no import circles, and no SQL in the HTTP layer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, importCircles } from './importGraph';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FOLDERS = ['services', 'scheduler/src', 'mail-templates/src', 'web/src', 'scripts'];
const graph = buildImportGraph(repoRoot, FOLDERS);
const rel = (f: string) => path.relative(repoRoot, f);
const isTest = (f: string) => /\.test\.tsx?$|[/\\]testing[/\\]|[/\\]testing\.ts$|videoTestKit|appUnderTest|appRoutes/.test(f);

describe('architecture', () => {
  it('has no import circle between files outside tests', () => {
    const production = new Map([...graph.edges].filter(([f]) => !isTest(f)).map(([f, to]) => [f, new Set([...to].filter((t) => !isTest(t)))]));
    expect(importCircles(production).map((c) => c.map(rel))).toEqual([]);
  });

  it('keeps dependencies one way: the application and the scheduler never import the HTTP package', () => {
    const offenders = [...graph.packages]
      .filter(([f]) => /^(services[/\\](appointments|domain|db|livekit|identity)|scheduler|mail-templates)[/\\]/.test(rel(f)))
      .filter(([, pkgs]) => pkgs.has('@muni/api'))
      .map(([f]) => rel(f));
    expect(offenders).toEqual([]);
  });

  it('keeps Koa out of the application', () => {
    const offenders = [...graph.packages].filter(([f, pkgs]) => rel(f).startsWith(`services${path.sep}appointments`) && [...pkgs].some((p) => p === 'koa' || p.startsWith('@koa/'))).map(([f]) => rel(f));
    expect(offenders).toEqual([]);
  });

  it('has no SQL in the API outside tests: routes call the application', () => {
    const sql = /\b(knex|trx)\s*(<[^>]*>)?\(|\.raw\(|\.transaction\(/;
    const offenders = [...graph.edges.keys()]
      .filter((f) => rel(f).startsWith(`services${path.sep}api${path.sep}`) && !isTest(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${rel(f)}:${i + 1}` }))
          .filter(({ line }) => sql.test(line) && !line.trim().startsWith('//'))
          .map(({ at, line }) => `${at}  ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});

describe('importCircles', () => {
  it('finds a circle of three files and ignores a chain', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(importCircles(edges)).toEqual([['a', 'b', 'c']]);
    expect(importCircles(new Map([['x', new Set(['y'])], ['y', new Set<string>()]]))).toEqual([]);
  });
});
