/**
 * How many SMS segments a text takes. GSM-7 when every character is in the
 * GSM 03.38 alphabet (160 in one segment; 153 per segment once split, the
 * extension characters counting twice), UCS-2 otherwise: Greek lower-case is
 * not in GSM-7, so Greek texts are UCS-2, 70 characters in one segment and 67
 * per segment once split (each part carries a 6-byte UDH), so two segments hold
 * 134. Counted by Twilio's calculator rather than by hand.
 */
import { SegmentedMessage } from 'sms-segments-calculator';

export interface SegmentCount {
  encoding: 'GSM-7' | 'UCS-2';
  /** Characters as the network counts them (UCS-2 code units; GSM-7 septets). */
  units: number;
  segments: number;
}

/** The most segments our texts may take: two is what people read as one message, and what operators bill sensibly. */
export const MAX_SEGMENTS = 2;

export function countSegments(text: string): SegmentCount {
  // 'auto' keeps the characters as they are (no smart replacement: the gateway gets exactly this text).
  const m = new SegmentedMessage(text, 'auto');
  return { encoding: m.encodingName === 'GSM-7' ? 'GSM-7' : 'UCS-2', units: m.messageSize / (m.encodingName === 'GSM-7' ? 7 : 16), segments: m.segmentsCount };
}

export const fitsSegments = (text: string, max = MAX_SEGMENTS): boolean => countSegments(text).segments <= max;
