/**
 * Renders every template for every recipient role in Greek and English with
 * sample data into mail-preview/<role>.<name>.<lang>.html and .txt (repo root,
 * git-ignored). Run with `npm run mail:preview`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITIZEN_ONLY_TEMPLATES, type Lang, RECIPIENT_ROLES, type RecipientRole, type RenderMailProps, renderMail, TEMPLATE_NAMES } from '../src/index';
import { sampleDocuments, sampleInterpreter, sampleOutcome, sampleThirdPerson, sampleVideo } from '../src/samples';

const SAMPLES: Record<RecipientRole, RenderMailProps> = { citizen: sampleVideo, interpreter: sampleInterpreter, third_person: sampleThirdPerson };
const SEQUENCE = { rescheduled: 1, cancelled: 2 } as Record<string, number>;

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../mail-preview');
await mkdir(outDir, { recursive: true });
for (const role of RECIPIENT_ROLES) {
  for (const name of TEMPLATE_NAMES) {
    if (CITIZEN_ONLY_TEMPLATES.includes(name) && role !== 'citizen') continue; // the citizen's only
    for (const lang of ['el', 'en'] as Lang[]) {
      const props = name === 'documents' ? sampleDocuments : name === 'outcome' ? sampleOutcome : SAMPLES[role];
      const mail = await renderMail(name, { ...props, lang, sequence: SEQUENCE[name] ?? 0 });
      const base = join(outDir, `${role}.${name}.${lang}`);
      await writeFile(`${base}.html`, mail.html);
      await writeFile(`${base}.txt`, `Subject: ${mail.subject}\n\n${mail.text}`);
      if (mail.ics) await writeFile(`${base}.ics`, mail.ics.content);
    }
  }
}
console.log(`Mail previews written to ${outDir}`);
