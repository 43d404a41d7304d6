/**
 * Renders every template in Greek and English with sample data into
 * mail-preview/<name>.<lang>.html and .txt (repo root, git-ignored).
 * Run with `npm run mail:preview`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Lang, type RenderMailProps, renderMail, TEMPLATE_NAMES, type TemplateName } from '../src/index';
import { sampleDocuments, sampleInterpreter, sampleThirdPerson, sampleVideo } from '../src/samples';

const SAMPLES: Record<TemplateName, RenderMailProps> = {
  confirmation: sampleVideo,
  reminder: sampleVideo,
  rescheduled: { ...sampleVideo, sequence: 1 },
  cancelled: { ...sampleVideo, sequence: 2 },
  documents: sampleDocuments,
  invite_third_person: sampleThirdPerson,
  invite_interpreter: sampleInterpreter,
};

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../mail-preview');
await mkdir(outDir, { recursive: true });
for (const name of TEMPLATE_NAMES) {
  for (const lang of ['el', 'en'] as Lang[]) {
    const mail = await renderMail(name, { ...SAMPLES[name], lang });
    const base = join(outDir, `${name}.${lang}`);
    await writeFile(`${base}.html`, mail.html);
    await writeFile(`${base}.txt`, `Subject: ${mail.subject}\n\n${mail.text}`);
    if (mail.ics) await writeFile(`${base}.ics`, mail.ics.content);
  }
}
console.log(`Mail previews written to ${outDir}`);
