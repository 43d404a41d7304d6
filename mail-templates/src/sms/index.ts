export { countSegments, fitsSegments, MAX_SEGMENTS, type SegmentCount } from './segments';
export { isSmsKind, renderSms, SMS_KINDS, type SmsKind, type SmsProps, SmsTooLongError } from './texts';
