// A message the local mail catcher received, as the viewer and the tests read it.

export interface ParsedAttachment {
  filename?: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export interface ParsedMessage {
  /** Sequence number as text, unique per catcher. */
  id: string;
  receivedAt: Date;
  envelope: { from: string | null; to: string[] };
  messageId?: string;
  from?: string;
  to?: string;
  subject?: string;
  date?: Date;
  headers: { key: string; value: string }[];
  html?: string;
  text?: string;
  attachments: ParsedAttachment[];
}
