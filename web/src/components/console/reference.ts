/** "K7P-4XQ-92M" as the employee reads it out on the phone: "K 7 P – 4 X Q – 9 2 M". */
export const spelledReference = (reference: string): string => reference.split('-').map((part) => part.split('').join(' ')).join(' – ');
