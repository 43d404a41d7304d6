import type { Mode } from '../../api/types';

/** The order modes are offered in everywhere. */
export const MODE_ORDER: Mode[] = ['in_person', 'phone', 'video'];
