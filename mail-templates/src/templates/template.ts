/** The contract every template file implements: props → content (+ calendar entry). */
import type { MailContent } from '../layout';
import type { RenderMailProps } from '../types';
import type { CalendarEntry } from './calendar';

export type TemplateProps = RenderMailProps;

export interface TemplateOutput {
  content: MailContent;
  /** Present when the mail carries an .ics. */
  calendar?: CalendarEntry;
}

export type MailTemplate = (p: TemplateProps) => TemplateOutput;
