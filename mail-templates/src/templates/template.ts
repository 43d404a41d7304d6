/** The contract every template file implements: props → content (+ calendar entry). */
import type { MailContent } from '../layout';
import type { IcsMethod, RenderMailProps } from '../types';

export type TemplateProps = RenderMailProps;

export interface TemplateOutput {
  content: MailContent;
  /** Present when the mail carries an .ics. */
  calendar?: CalendarEntry;
}

export type MailTemplate = (p: TemplateProps) => TemplateOutput;

export interface CalendarEntry {
  method: IcsMethod;
  title: string;
  description: string;
  location?: string;
  url?: string;
}
