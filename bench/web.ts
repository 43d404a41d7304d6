import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// `npm run bench -- web`: builds the web app and reports the gzipped
// JavaScript each page needs before it can render (entry + static imports),
// from Vite's manifest. Target: the booking wizard under 200 KB; the video
// client (livekit) only on the join page.

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
const TARGET_KB = 200;

function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  for (const k of keys) visit(k);
  return files;
}

const gzipKb = (files: Set<string>) =>
  Math.round(([...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSync(readFileSync(path.join(WEB, 'dist', f))).length, 0) / 1024) * 10) / 10;

export async function run(): Promise<Record<string, unknown>> {
  const build = spawnSync(process.execPath, [path.join(WEB, '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'], { cwd: WEB, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
  const manifest = JSON.parse(readFileSync(path.join(WEB, 'dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const page = (pattern: RegExp) => Object.keys(manifest).filter((k) => pattern.test(k));
  const initial = staticClosure(manifest, [entry]);
  const wizard = staticClosure(manifest, [entry, ...page(/src\/pages\/book\/(BookLayout|MunicipalityStep)\.tsx$/)]);
  const join = staticClosure(manifest, [entry, ...page(/src\/pages\/join\//)]);
  // A chunk of the video client: named after livekit by Vite, or carrying its SDK version banner.
  const keyOf = new Map(Object.entries(manifest).map(([k, c]) => [c.file, k]));
  const livekitIn = (files: Set<string>) =>
    [...files].some((f) => /livekit/i.test(keyOf.get(f) ?? '') || /livekit/i.test(f) || readFileSync(path.join(WEB, 'dist', f), 'utf8').includes('LivekitError'));
  const wizardKb = gzipKb(wizard);
  return {
    initialJsGzipKb: gzipKb(initial),
    bookingWizardJsGzipKb: wizardKb,
    joinPageJsGzipKb: page(/src\/pages\/join\//).length ? gzipKb(join) : null,
    videoClientInWizard: livekitIn(wizard),
    targetKb: TARGET_KB,
    pass: wizardKb < TARGET_KB && !livekitIn(wizard),
  };
}
