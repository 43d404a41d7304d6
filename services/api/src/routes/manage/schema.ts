import { z } from 'zod';

// The token in the path is the person served's manage link token (the credential).
export const manageTokenParams = z.object({ token: z.string().max(200) });
