import { contactRules, optionalText, requireWholeAddress, requireWholeEmergencyContact } from '@handoff/ui-kit';
import { z } from 'zod';

export const contactDetailsSchema = z
  .object({
    preferredName: optionalText(100),
    pronouns: optionalText(50),
    ...contactRules,
  })
  .superRefine((v, ctx) => {
    // An address and an emergency contact are all or nothing: the API stores them whole.
    requireWholeAddress(v, ctx);
    requireWholeEmergencyContact(v, ctx);
  });

export type ContactDetailsFormInput = z.input<typeof contactDetailsSchema>;
export type ContactDetailsFormValues = z.output<typeof contactDetailsSchema>;
