// The import graph of the repository's own source files, resolved the way the
// compiler resolves them (relative paths and workspace packages through their
// `exports`), for architecture checks: circles, forbidden package imports.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportGraph {
  /** file -> files it imports (type-only imports included: they tie modules together for a reader too) */
  edges: Map<string, Set<string>>;
  /** file -> package specifiers it imports (e.g. '@muni/api', 'koa') */
  packages: Map<string, Set<string>>;
}

const SOURCE = /\.(ts|tsx)$/;

function listSources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) listSources(p, out);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function buildImportGraph(repoRoot: string, folders: string[]): ImportGraph {
  const config = ts.readConfigFile(path.join(repoRoot, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
  const host = ts.createCompilerHost(options);
  const files = folders.flatMap((f) => listSources(path.join(repoRoot, f)));
  const edges = new Map<string, Set<string>>();
  const packages = new Map<string, Set<string>>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const to = new Set<string>();
    const pkgs = new Set<string>();
    for (const ref of info.importedFiles) {
      const spec = ref.fileName;
      if (!spec.startsWith('.')) pkgs.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      const resolved = ts.resolveModuleName(spec, file, options, host).resolvedModule?.resolvedFileName;
      // Our own files only, seen through workspace symlinks as their real path.
      if (resolved && !resolved.includes('node_modules') && SOURCE.test(resolved)) to.add(ts.sys.realpath!(resolved));
      else if (resolved?.includes(`node_modules${path.sep}@muni${path.sep}`)) to.add(ts.sys.realpath!(resolved));
    }
    edges.set(ts.sys.realpath!(file), to);
    packages.set(ts.sys.realpath!(file), pkgs);
  }
  return { edges, packages };
}

/** Strongly connected components with more than one file (Tarjan), or a file importing itself. */
export function importCircles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue; // outside the checked folders
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) circles.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!indices.has(v)) visit(v);
  return circles;
}
