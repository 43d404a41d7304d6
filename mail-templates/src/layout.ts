/**
 * The shared layout. Templates describe a mail as a list of blocks; this file
 * writes the same blocks twice: as MJML (HTML part) and as plain text, so the
 * text part is composed from the data rather than stripped from the HTML.
 */
import { renderMjml, Slots } from './skeleton';
import type { Lang } from './types';

export const BRAND_BLUE = '#003476'; // gov.gr blue: 11.9:1 against white
const TEXT_COLOUR = '#1b1b1b';
const NOTE_BACKGROUND = '#eef2f8';

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'facts'; rows: { label: string; value: string }[] }
  | { type: 'list'; items: string[] }
  /** The main action: a button with real text, and the URL again as plain text. */
  | { type: 'button'; label: string; url: string; copyHint: string }
  | { type: 'link'; label: string; url: string }
  | { type: 'note'; text: string };

export interface MailContent {
  subject: string;
  /** Shown by mail clients next to the subject. */
  preheader: string;
  heading: string;
  /** The salutation, a paragraph of its own before the intro (see format.ts greeting). */
  greeting: string;
  intro: string;
  blocks: Block[];
}

export interface Frame {
  lang: Lang;
  /** Shown in the blue band at the top, e.g. "Δήμος Αθηναίων". */
  sender: string;
  footer: string[];
}

const para = (inner: string, style = 'margin:0 0 12px') => `<mj-text><p style="${style}">${inner}</p></mj-text>`;

function blockMjml(block: Block, s: Slots): string {
  switch (block.type) {
    case 'heading':
      return `<mj-text padding-top="16px"><h2 style="margin:0;font-size:20px;line-height:1.3;color:${BRAND_BLUE}">${s.text(block.text)}</h2></mj-text>`;
    case 'paragraph':
      return para(s.text(block.text));
    case 'facts':
      return `<mj-text>${block.rows
        .map((r) => `<p style="margin:0 0 8px"><strong>${s.text(r.label)}:</strong> ${s.text(r.value)}</p>`)
        .join('')}</mj-text>`;
    case 'list':
      return `<mj-text><ul style="margin:0 0 12px;padding-left:24px">${block.items
        .map((item) => `<li style="margin:0 0 6px">${s.text(item)}</li>`)
        .join('')}</ul></mj-text>`;
    case 'button':
      return [
        `<mj-button href="${s.url(block.url)}" background-color="${BRAND_BLUE}" color="#ffffff" font-size="18px" font-weight="bold" align="left" padding="8px 24px">${s.text(block.label)}</mj-button>`,
        para(`${s.text(block.copyHint)}<br><span style="word-break:break-all">${s.text(block.url)}</span>`, 'margin:0 0 12px;font-size:14px'),
      ].join('');
    case 'link':
      return para(`<a href="${s.url(block.url)}" style="color:${BRAND_BLUE};text-decoration:underline">${s.text(block.label)}</a>`);
    case 'note':
      return `<mj-text><div style="border-left:4px solid ${BRAND_BLUE};background:${NOTE_BACKGROUND};padding:8px 12px">${s.text(block.text)}</div></mj-text>`;
  }
}

function mailMjml(frame: Frame, content: MailContent, s: Slots): string {
  return `<mjml lang="${frame.lang}" dir="ltr">
<mj-head>
<mj-title>${s.text(content.subject)}</mj-title>
<mj-preview>${s.text(content.preheader)}</mj-preview>
<mj-attributes>
<mj-all font-family="Arial, Helvetica, sans-serif" />
<mj-text color="${TEXT_COLOUR}" font-size="16px" line-height="1.5" padding="0 24px" />
<mj-section padding="0" />
</mj-attributes>
</mj-head>
<mj-body background-color="#ffffff" width="640px">
<mj-section background-color="${BRAND_BLUE}" padding="16px 0"><mj-column>
<mj-text color="#ffffff" font-size="18px" font-weight="bold">${s.text(frame.sender)}</mj-text>
</mj-column></mj-section>
<mj-section padding="24px 0 8px"><mj-column>
<mj-text><h1 style="margin:0 0 16px;font-size:26px;line-height:1.25;color:${BRAND_BLUE}">${s.text(content.heading)}</h1></mj-text>
${para(s.text(content.greeting))}
${para(s.text(content.intro))}
${content.blocks.map((b) => blockMjml(b, s)).join('\n')}
</mj-column></mj-section>
<mj-section border-top="1px solid #b1b4b6" padding="12px 0"><mj-column>
${frame.footer.map((line) => `<mj-text font-size="14px" color="#4a4a4a">${s.text(line)}</mj-text>`).join('\n')}
</mj-column></mj-section>
</mj-body>
</mjml>`;
}

export function renderHtml(frame: Frame, content: MailContent): Promise<string> {
  const slots = new Slots();
  return renderMjml(mailMjml(frame, content, slots), slots);
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${block.text}\n${'-'.repeat(block.text.length)}`;
    case 'paragraph':
    case 'note':
      return block.text;
    case 'facts':
      return block.rows.map((r) => `${r.label}: ${r.value}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'button':
      return `${block.label}:\n${block.url}`;
    case 'link':
      return `${block.label}:\n${block.url}`;
  }
}

export function renderText(frame: Frame, content: MailContent): string {
  const parts = [
    `${content.heading}\n${'='.repeat(content.heading.length)}`,
    content.greeting,
    content.intro,
    ...content.blocks.map(blockText),
    `-- \n${[frame.sender, ...frame.footer].join('\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}
